import { useT } from '../../../i18n';
import { Stepper } from '../../../components/Stepper';
import type { ChoiceSetting } from './settings';

interface ChoiceProps {
  setting: ChoiceSetting;
  value: string | number | boolean;
  overridden: boolean;
  onChange: (value: string | boolean) => void;
}

function Overridden({ on }: { on: boolean }) {
  const t = useT();
  return on ? <span className="tag tag--override">{t('policy.overridden')}</span> : null;
}

/** One rule, two answers; a mark shows where it differs from the chosen preset. */
export function PolicyChoiceField({ setting, value, overridden, onChange }: ChoiceProps) {
  const t = useT();
  return (
    <div className="policy-field" role="radiogroup" aria-label={t(setting.question)}>
      <p className="policy-field__q">
        {t(setting.question)} <Overridden on={overridden} />
      </p>
      <div className="segmented">
        {setting.options.map((o) => (
          <button
            key={String(o.value)}
            type="button"
            role="radio"
            aria-checked={value === o.value}
            className="btn btn--toggle"
            onClick={() => onChange(o.value)}
          >
            {t(o.label)}
          </button>
        ))}
      </div>
    </div>
  );
}

interface MinutesProps {
  value: number;
  overridden: boolean;
  onChange: (value: number) => void;
}

export function ReturnWindowField({ value, overridden, onChange }: MinutesProps) {
  const t = useT();
  return (
    <div className="policy-field">
      <p className="policy-field__q">
        {t('policy.returnWindow.q')} <Overridden on={overridden} />
      </p>
      <Stepper label={t('policy.returnWindow.label')} value={value} min={0} max={120} onChange={onChange} />
      <p className="policy-field__note">
        {value === 0 ? t('policy.returnWindow.off') : t('policy.returnWindow.on', { n: value })}
      </p>
    </div>
  );
}
