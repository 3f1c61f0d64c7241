import { useT } from '../i18n';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}

/** A number changed with two big buttons: easier than typing on a touch screen. */
export function Stepper({ label, value, min, max, onChange }: Props) {
  const t = useT();
  const set = (v: number) => onChange(Math.max(min, Math.min(max, v)));
  return (
    <div className="stepper" role="group" aria-label={label}>
      <button
        type="button"
        className="btn stepper__btn"
        aria-label={t('common.less', { what: label })}
        disabled={value <= min}
        onClick={() => set(value - 1)}
      >
        −
      </button>
      <output className="stepper__value" aria-live="polite">
        {value}
      </output>
      <button
        type="button"
        className="btn stepper__btn"
        aria-label={t('common.more', { what: label })}
        disabled={value >= max}
        onClick={() => set(value + 1)}
      >
        +
      </button>
    </div>
  );
}
