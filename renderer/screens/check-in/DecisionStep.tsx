import { useT } from '../../i18n';
import { CandidateCard } from '../../components/CandidateCard';
import { ReasonList } from '../../components/ReasonList';
import { ReceptionVerdict } from '../../components/ReceptionVerdict';
import { checkInStore, useCheckInStore } from '../../stores';

/**
 * What would happen if the desk confirmed now — who receives, who owns, why, and what the visitor said
 * that the record overrules. Nothing is written until 确认接待.
 */
export function DecisionStep() {
  const t = useT();
  const preview = useCheckInStore((s) => s.preview);
  const busy = useCheckInStore((s) => s.busy);
  const error = useCheckInStore((s) => s.error);
  const { confirm, goTo, reject, toDecision } = checkInStore.getState();
  if (!preview) return null;

  const notThis = (clientId: number) => {
    reject(clientId);
    void toDecision();
  };

  return (
    <section className="decision decision--wide" aria-labelledby="decision-title">
      <h2 id="decision-title" className="decision__label">
        {t('checkIn.decision.title')}
      </h2>
      <div className="decision__grid">
        <ReceptionVerdict
          receivedBy={preview.receivedBy}
          owner={preview.owner}
          returning={preview.returning}
          standIn={preview.standIn}
          turnConsumed={preview.turnConsumed}
        />
        <div className="decision__detail">
          {preview.waiting && <p className="decision__wait">{t('checkIn.decision.waits')}</p>}
          {preview.client && (
            <div className="decision__client">
              <h3 className="decision__why">{t('checkIn.decision.client')}</h3>
              <CandidateCard candidate={preview.client}>
                <button
                  type="button"
                  className="btn btn--secondary"
                  disabled={busy}
                  onClick={() => preview.client && notThis(preview.client.clientId)}
                >
                  {t('checkIn.decision.notThis')}
                </button>
              </CandidateCard>
            </div>
          )}
          {preview.notes.length > 0 && (
            <div className="notice decision__notes" role="note" aria-label={t('checkIn.decision.notes')}>
              <ReasonList reasons={preview.notes} />
            </div>
          )}
          <h3 className="decision__why">{t('checkIn.decision.why')}</h3>
          <ReasonList reasons={preview.reasons} className="reasons--medium" />
        </div>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="decision__actions">
        <button type="button" className="btn btn--secondary btn--xl" onClick={() => goTo('register')}>
          {t('checkIn.decision.edit')}
        </button>
        <button
          type="button"
          className="btn btn--primary btn--xl"
          disabled={busy}
          autoFocus
          onClick={() => void confirm()}
        >
          {t('checkIn.decision.confirm')}
        </button>
      </div>
    </section>
  );
}
