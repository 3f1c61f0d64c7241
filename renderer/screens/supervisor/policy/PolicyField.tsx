import { useT } from '../../../i18n';
import { SegmentedChoice } from '../../../components/SegmentedChoice';
import { Stepper } from '../../../components/Stepper';
import type { ChoiceSetting, NumberSetting } from './settings';

interface ChoiceProps {
  setting: ChoiceSetting;
  value: string | boolean;
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
    <SegmentedChoice
      className="policy-field"
      label={t(setting.question)}
      question={
        <p className="policy-field__q">
          {t(setting.question)} <Overridden on={overridden} />
        </p>
      }
      choices={setting.options.map((o) => ({ value: o.value, label: t(o.label) }))}
      value={value}
      onChange={onChange}
    />
  );
}

interface NumberProps {
  setting: NumberSetting;
  value: number;
  overridden: boolean;
  onChange: (value: number) => void;
}

/** A rule that is a number (minutes, days), with what the chosen number means in words. */
export function PolicyNumberField({ setting, value, overridden, onChange }: NumberProps) {
  const t = useT();
  const { zero, some } = setting.meaning;
  return (
    <div className="policy-field">
      <p className="policy-field__q">
        {t(setting.question)} <Overridden on={overridden} />
      </p>
      <div className="policy-field__number">
        <Stepper label={t(setting.unit)} value={value} min={setting.min} max={setting.max} onChange={onChange} />
        <div className="segmented" role="group" aria-label={t('people.commonValues', { what: t(setting.question) })}>
          {setting.common.map((n) => (
            <button
              key={n}
              type="button"
              aria-pressed={value === n}
              className="btn btn--toggle"
              onClick={() => onChange(n)}
            >
              {n} {t(setting.unit)}
            </button>
          ))}
        </div>
      </div>
      <p className="policy-field__note">{value === 0 && zero ? t(zero) : t(some, { n: value })}</p>
    </div>
  );
}
