import { useState } from 'react';
import type { ArrivalDecision } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { Stepper } from '../../components/Stepper';
import { errorText } from '../../lib/errors';
import { useConsultants, useTodayStatuses } from '../../lib/use-consultants';
import { DirectedPicker, type DirectedKind } from './DirectedPicker';

/** The receptionist's quick registration: everything optional, one tap to decide. */
export function ArrivalForm({ onDecided }: { onDecided: (d: ArrivalDecision) => void }) {
  const t = useT();
  const { people, error: loadError, reload } = useConsultants();
  const statuses = useTodayStatuses();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [partySize, setPartySize] = useState(1);
  const [directedTo, setDirectedTo] = useState<number | null>(null);
  const [kind, setKind] = useState<DirectedKind>('named');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onDecided(
        await api.registerArrival({
          name,
          phone,
          partySize,
          directedTo,
          directedKind: directedTo === null ? null : kind,
        }),
      );
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <form
      className="form arrival-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
    >
      <div className="form__row">
        <label className="field">
          <span className="field__label">{t('arrival.name')}</span>
          <input
            className="input"
            value={name}
            maxLength={40}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('arrival.phone')}</span>
          <input
            className="input"
            value={phone}
            maxLength={30}
            inputMode="tel"
            autoComplete="off"
            onChange={(e) => setPhone(e.target.value)}
          />
        </label>
        <div className="field">
          <span className="field__label">{t('arrival.partySize')}</span>
          <Stepper label={t('arrival.partySize')} value={partySize} min={1} max={50} onChange={setPartySize} />
        </div>
      </div>
      {people ? (
        <DirectedPicker
          people={people}
          statuses={statuses}
          chosen={directedTo}
          kind={kind}
          onChoose={setDirectedTo}
          onKind={setKind}
        />
      ) : loadError ? (
        <p className="error" role="alert">
          {loadError}{' '}
          <button type="button" className="btn btn--chip" onClick={reload}>
            {t('app.retry')}
          </button>
        </p>
      ) : (
        <p>{t('app.loading')}</p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions form__actions--sticky">
        <button type="submit" className="btn btn--primary btn--xl" disabled={busy}>
          {t('arrival.submit')}
        </button>
      </div>
    </form>
  );
}
