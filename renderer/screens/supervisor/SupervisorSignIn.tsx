import { useState } from 'react';
import type { ConsultantCard } from '../../../electron/api/types';
import { useT } from '../../i18n';
import { ConsultantGrid } from '../../components/ConsultantGrid';
import { PinPad } from '../../components/PinPad';
import { errorText } from '../../lib/errors';
import { useConsultants } from '../../lib/use-consultants';
import { sessionStore, useSessionStore } from '../../stores';

/** The supervisor picks themself and enters their PIN; the session lives in memory only. */
export function SupervisorSignIn() {
  const t = useT();
  const { people, error: loadError, reload } = useConsultants();
  const endedBecause = useSessionStore((s) => s.endedBecause);
  const [person, setPerson] = useState<ConsultantCard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const supervisors = (people ?? []).filter((p) => p.role === 'supervisor' || p.role === 'admin');

  const signIn = async (who: ConsultantCard, pin: string) => {
    setBusy(true);
    try {
      await sessionStore.getState().signIn(who.id, pin);
    } catch (err) {
      setError(errorText(err));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };

  if (person) {
    return (
      <div className="signin">
        <PinPad
          key={attempt}
          title={t('statusPad.enterPin', { name: person.name })}
          error={error}
          busy={busy}
          onSubmit={(pin) => void signIn(person, pin)}
        />
        <button type="button" className="btn btn--secondary" onClick={() => (setPerson(null), setError(null))}>
          {t('supervisor.otherSupervisor')}
        </button>
      </div>
    );
  }

  return (
    <div className="signin">
      <h2 className="screen__prompt">{t('supervisor.pickSupervisor')}</h2>
      {endedBecause && (
        <p className="error" role="alert">
          {endedBecause}
        </p>
      )}
      {loadError && (
        <p className="error" role="alert">
          {loadError}{' '}
          <button type="button" className="btn btn--chip" onClick={reload}>
            {t('app.retry')}
          </button>
        </p>
      )}
      {people && <ConsultantGrid label={t('supervisor.pickSupervisor')} people={supervisors} onPick={setPerson} />}
    </div>
  );
}
