import { useState } from 'react';
import { useT } from '../../i18n';
import { ReasonList } from '../../components/ReasonList';
import { ReceptionVerdict } from '../../components/ReceptionVerdict';
import { CompleteRegistrationDialog } from '../../components/registration/CompleteRegistrationDialog';
import { toastStore, useCheckInStore } from '../../stores';

/** The reception as registered: who receives, who owns, the client's number, and what the registration lacks. */
export function ResultStep({ onDone }: { onDone: () => void }) {
  const t = useT();
  const result = useCheckInStore((s) => s.result);
  const registration = useCheckInStore((s) => s.registration);
  const [completing, setCompleting] = useState(false);
  const [completed, setCompleted] = useState(false);
  if (!result) return null;
  // 不同意: an anonymous reception is never completed with a name and phone.
  const anonymous = registration.consent === 'declined';
  const incomplete = !result.complete && !completed && !anonymous;

  return (
    <section className="decision decision--wide" aria-labelledby="result-title">
      <h2 id="result-title" className="decision__label">
        {t('checkIn.result.title')}
      </h2>
      {result.receivedBy ? (
        <p className="decision__headline">{t('checkIn.result.receivedBy', { name: result.receivedBy.name })}</p>
      ) : (
        <p className="decision__headline decision__headline--wait">{t('checkIn.result.waits')}</p>
      )}
      <div className="decision__grid">
        <ReceptionVerdict
          receivedBy={result.receivedBy}
          owner={result.owner}
          returning={result.returning}
          standIn={result.standIn}
          turnConsumed={result.turnConsumed}
        />
        <div className="decision__detail">
          {result.clientRef && (
            <p className="decision__ref">{t('checkIn.result.clientRef', { ref: result.clientRef })}</p>
          )}
          {result.notes.length > 0 && (
            <div className="notice decision__notes" role="note">
              <ReasonList reasons={result.notes} />
            </div>
          )}
          <ReasonList reasons={result.reasons} className="reasons--medium" />
          {anonymous ? (
            <p className="notice consent__anonymous" role="note">
              {t('pipl.consent.anonymousResult')}
            </p>
          ) : incomplete ? (
            <div className="notice decision__incomplete" role="status">
              <p>{t('checkIn.result.incomplete', { missing: result.missing.join('、') })}</p>
              <p className="decision__hint">{t('checkIn.result.incompleteHint')}</p>
            </div>
          ) : (
            <p className="decision__complete">
              {completed ? t('checkIn.result.completed') : t('checkIn.result.complete')}
            </p>
          )}
        </div>
      </div>
      <div className="decision__actions">
        {incomplete && (
          <button type="button" className="btn btn--secondary btn--xl" onClick={() => setCompleting(true)}>
            {t('checkIn.result.completeNow')}
          </button>
        )}
        <button type="button" className="btn btn--primary btn--xl" onClick={onDone} autoFocus>
          {incomplete ? t('checkIn.result.later') : t('app.done')}
        </button>
      </div>
      {completing && (
        <CompleteRegistrationDialog
          title={t('checkIn.result.completeTitle')}
          visitId={result.visitId}
          initial={registration}
          onSaved={() => {
            setCompleting(false);
            setCompleted(true);
            toastStore.getState().show(t('checkIn.result.completed'));
          }}
          onClose={() => setCompleting(false)}
        />
      )}
    </section>
  );
}
