import { useId } from 'react';
import { useT } from '../../i18n';
import { CHANNELS, INTENTS, RELATIONS, type RegistrationDraft } from '../../lib/registration';
import { ChoiceGroup } from '../ChoiceGroup';

interface Props {
  value: RegistrationDraft;
  onChange: (patch: Partial<RegistrationDraft>) => void;
  onEnter: () => void;
  /** 不同意: no companions' names either. */
  anonymous?: boolean;
}

/** Beyond the basics: how they heard of us, intent, who came with them, notes. */
export function RegistrationExtras({ value, onChange, onEnter, anonymous = false }: Props) {
  const t = useT();
  const relationsId = useId();
  const party = value.party;
  const setParty = (next: RegistrationDraft['party']) => onChange({ party: next });

  return (
    <div className="reg-extras">
      <ChoiceGroup
        label={t('checkIn.form.channel')}
        showLabel
        choices={CHANNELS.map((c) => ({ value: c, label: t(`checkIn.form.channels.${c}`) }))}
        value={value.channel}
        onChange={(channel) => onChange({ channel })}
        onEnter={onEnter}
      />
      <ChoiceGroup
        label={t('checkIn.form.intent')}
        showLabel
        choices={INTENTS.map((i) => ({ value: i, label: t(`checkIn.form.intents.${i}`) }))}
        value={value.intent}
        onChange={(intent) => onChange({ intent })}
        onEnter={onEnter}
      />
      {!anonymous && (
        <fieldset className="field reg-party">
          <legend className="field__label">{t('checkIn.form.party')}</legend>
          <datalist id={relationsId}>
            {RELATIONS.map((r) => (
              <option key={r} value={t(`checkIn.form.relations.${r}`)} />
            ))}
          </datalist>
          {party.map((p, i) => (
            <div key={i} className="reg-party__row">
              <input
                className="input"
                value={p.name}
                maxLength={40}
                autoComplete="off"
                aria-label={t('checkIn.form.partyName', { n: i + 1 })}
                placeholder={t('checkIn.form.name')}
                onChange={(e) => setParty(party.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
              />
              <input
                className="input"
                value={p.relation}
                maxLength={20}
                list={relationsId}
                autoComplete="off"
                aria-label={t('checkIn.form.relation', { n: i + 1 })}
                placeholder={t('checkIn.form.relationShort')}
                onChange={(e) => setParty(party.map((x, j) => (j === i ? { ...x, relation: e.target.value } : x)))}
              />
              <button
                type="button"
                className="btn btn--icon"
                aria-label={t('checkIn.form.removeParty', { n: i + 1 })}
                onClick={() => setParty(party.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn btn--secondary reg-party__add"
            onClick={() => setParty([...party, { name: '', relation: '' }])}
          >
            {t('checkIn.form.addParty')}
          </button>
        </fieldset>
      )}
      <label className="field">
        <span className="field__label">{t('checkIn.form.notes')}</span>
        <textarea
          className="input input--area reg-notes"
          value={value.notes}
          maxLength={500}
          onChange={(e) => onChange({ notes: e.target.value })}
        />
      </label>
    </div>
  );
}
