import { useId } from 'react';
import { useT } from '../../i18n';
import { GENDERS, type RegistrationDraft } from '../../lib/registration';
import { ChoiceGroup } from '../ChoiceGroup';

interface Props {
  value: RegistrationDraft;
  onChange: (patch: Partial<RegistrationDraft>) => void;
  onEnter: () => void;
  autoFocus?: boolean;
  /** Shown under the phone field, e.g. the masked number on file when completing a registration. */
  phoneHint?: string;
  /** 不同意: the visitor is received anonymously — what they look for, nothing about who they are. */
  anonymous?: boolean;
}

const NEEDS = ['project', 'unitType', 'area', 'budget'] as const;

/** 三项基本信息: phone first (it finds the client fastest), name, gender, and what they look for. */
export function RegistrationFields(props: Props) {
  const { value, onChange, onEnter, autoFocus = false, phoneHint, anonymous = false } = props;
  const t = useT();
  const hintId = useId();
  return (
    <fieldset className="reg-basics">
      <legend className="reg-basics__legend">
        {anonymous ? t('pipl.consent.anonymousForm') : t('checkIn.form.basics')}
      </legend>
      {!anonymous && (
        <div className="reg-basics__row">
          <div className="field reg-basics__phone">
            <label className="field">
              <span className="field__label">{t('checkIn.form.phone')}</span>
              <input
                className="input input--big"
                value={value.phone}
                maxLength={30}
                inputMode="tel"
                autoComplete="off"
                autoFocus={autoFocus}
                aria-describedby={phoneHint ? hintId : undefined}
                onChange={(e) => onChange({ phone: e.target.value })}
              />
            </label>
            {phoneHint && (
              <span id={hintId} className="field__hint">
                {phoneHint}
              </span>
            )}
          </div>
          <label className="field reg-basics__name">
            <span className="field__label">{t('checkIn.form.name')}</span>
            <input
              className="input input--big"
              value={value.name}
              maxLength={40}
              autoComplete="off"
              onChange={(e) => onChange({ name: e.target.value })}
            />
          </label>
          <ChoiceGroup
            label={t('checkIn.form.gender')}
            showLabel
            size="lg"
            choices={GENDERS.map((g) => ({ value: g, label: t(`checkIn.form.${g}`) }))}
            value={value.gender}
            onChange={(gender) => onChange({ gender })}
            onEnter={onEnter}
          />
        </div>
      )}
      <fieldset className="reg-needs">
        <legend className="field__label">{t('checkIn.form.needs')}</legend>
        <div className="reg-needs__row">
          {NEEDS.map((k) => (
            <label key={k} className="field">
              <span className="field__sublabel">{t(`checkIn.form.${k}`)}</span>
              <input
                className="input"
                value={value.needs[k]}
                maxLength={k === 'project' ? 60 : 40}
                autoComplete="off"
                autoFocus={anonymous && autoFocus && k === 'project'}
                onChange={(e) => onChange({ needs: { ...value.needs, [k]: e.target.value } })}
              />
            </label>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
