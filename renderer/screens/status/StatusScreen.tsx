import { useCallback, useState } from 'react';
import type { ConsultantCard, StatusResult } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { ConsultantGrid } from '../../components/ConsultantGrid';
import { PinPad } from '../../components/PinPad';
import { ScreenHeader } from '../../components/ScreenHeader';
import { errorText } from '../../lib/errors';
import { useConsultants, useTodayStatuses } from '../../lib/use-consultants';
import { navStore } from '../../stores';
import { ConsultantDesk } from './ConsultantDesk';
import type { Choosable } from './StatusChoices';
import { isPinRefusal } from './pin-refusal';
import { StatusResultView } from './StatusResultView';

type Step =
  | { step: 'pick' }
  | { step: 'pin'; person: ConsultantCard; error: string | null; attempt: number }
  | { step: 'desk'; person: ConsultantCard; pin: string; error: string | null }
  | { step: 'result'; person: ConsultantCard; result: StatusResult };

/**
 * A consultant's own screen: find yourself, PIN, then set the status (and see what it did), see your
 * clients and log a follow-up, or claim a visitor you recognise.
 */
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

  // The PIN is checked by the first call that needs it: a refusal goes back to the keypad.
  const pinRefused = useCallback(
    (message: string) =>
      setState((s) => (s.step === 'desk' ? { step: 'pin', person: s.person, error: message, attempt: Date.now() } : s)),
    [],
  );

  const choose = async (person: ConsultantCard, pin: string, status: Choosable) => {
    setBusy(true);
    try {
      const result = await api.setStatus({ consultantId: person.id, pin, status });
      setState({ step: 'result', person, result });
    } catch (err) {
      const message = errorText(err);
      setState(
        isPinRefusal(err)
          ? { step: 'pin', person, error: message, attempt: Date.now() }
          : { step: 'desk', person, pin, error: message },
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
            onSubmit={(pin) => setState({ step: 'desk', person: state.person, pin, error: null })}
          />
        )}
        {state.step === 'desk' && (
          <ConsultantDesk
            person={state.person}
            pin={state.pin}
            current={statuses.get(state.person.id) ?? null}
            busy={busy}
            error={state.error}
            onStatus={(status) => void choose(state.person, state.pin, status)}
            onPinRefused={pinRefused}
          />
        )}
        {state.step === 'result' && <StatusResultView name={state.person.name} result={state.result} onDone={home} />}
      </main>
    </div>
  );
}
