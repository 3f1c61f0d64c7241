import { useState } from 'react';
import type { ConsultantCard, StatusResult } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { ConsultantGrid } from '../../components/ConsultantGrid';
import { PinPad } from '../../components/PinPad';
import { ScreenHeader } from '../../components/ScreenHeader';
import { errorText, hasCode } from '../../lib/errors';
import { useConsultants, useTodayStatuses } from '../../lib/use-consultants';
import { navStore } from '../../stores';
import { StatusChoices } from './StatusChoices';
import { StatusResultView } from './StatusResultView';

type Step =
  | { step: 'pick' }
  | { step: 'pin'; person: ConsultantCard; error: string | null; attempt: number }
  | { step: 'choose'; person: ConsultantCard; pin: string; error: string | null }
  | { step: 'result'; person: ConsultantCard; result: StatusResult };

/** A consultant changes their own status: find yourself, PIN, pick the status, see what it did. */
export function StatusScreen() {
  const t = useT();
  const { people, error: loadError, reload } = useConsultants();
  const statuses = useTodayStatuses();
  const [state, setState] = useState<Step>({ step: 'pick' });
  const [busy, setBusy] = useState(false);
  const home = () => navStore.getState().go('board');

  // The desk's consultants, plus anyone else on today's roster (a supervisor who also receives).
  const pickable = (people ?? [])
    .filter((p) => p.role === 'consultant' || statuses.has(p.id))
    .map((p) => ({
      ...p,
      status: statuses.get(p.id) ?? null,
      note: statuses.has(p.id) ? undefined : t('statusPad.notOnRoster'),
    }));

  const choose = async (person: ConsultantCard, pin: string, status: Parameters<typeof api.setStatus>[0]['status']) => {
    setBusy(true);
    try {
      const result = await api.setStatus({ consultantId: person.id, pin, status });
      setState({ step: 'result', person, result });
    } catch (err) {
      // A refused PIN goes back to the keypad, with the message where the consultant is looking.
      const message = errorText(err);
      setState(
        hasCode(err, 'wrong_pin') || hasCode(err, 'locked')
          ? { step: 'pin', person, error: message, attempt: Date.now() }
          : { step: 'choose', person, pin, error: message },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="screen">
      <ScreenHeader title={t('statusPad.title')} onBack={home} />
      <main className="screen__body screen__body--center">
        {state.step === 'pick' &&
          (people ? (
            <>
              <h2 className="screen__prompt">{t('statusPad.pickYourself')}</h2>
              <ConsultantGrid
                label={t('statusPad.pickYourself')}
                people={pickable}
                onPick={(person) => setState({ step: 'pin', person, error: null, attempt: 0 })}
              />
            </>
          ) : (
            <p className={loadError ? 'error' : ''} role={loadError ? 'alert' : undefined}>
              {loadError ?? t('app.loading')}
              {loadError && (
                <button type="button" className="btn btn--chip" onClick={reload}>
                  {t('app.retry')}
                </button>
              )}
            </p>
          ))}
        {state.step === 'pin' && (
          <PinPad
            key={state.attempt}
            title={t('statusPad.enterPin', { name: state.person.name })}
            error={state.error}
            onSubmit={(pin) => setState({ step: 'choose', person: state.person, pin, error: null })}
          />
        )}
        {state.step === 'choose' && (
          <>
            <StatusChoices
              name={state.person.name}
              current={statuses.get(state.person.id) ?? null}
              busy={busy}
              onChoose={(status) => void choose(state.person, state.pin, status)}
            />
            {state.error && (
              <p className="error" role="alert">
                {state.error}
              </p>
            )}
          </>
        )}
        {state.step === 'result' && <StatusResultView name={state.person.name} result={state.result} onDone={home} />}
      </main>
    </div>
  );
}
