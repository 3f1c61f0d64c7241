import type { ArrivalDecision } from '../../../electron/api/types';
import { useT } from '../../i18n';
import { Avatar } from '../../components/Avatar';
import { ReasonList } from '../../components/ReasonList';

/** Who receives the visitor, or that they wait — large — and why, in plain words. */
export function DecisionView({ decision, onDone }: { decision: ArrivalDecision; onDone: () => void }) {
  const t = useT();
  const { receivedBy, owner } = decision;
  const ownerIsOther = owner !== null && owner.id !== receivedBy?.id;

  return (
    <section className="decision" aria-labelledby="decision-title">
      <h2 id="decision-title" className="decision__label">
        {t('arrival.decided')}
      </h2>
      {receivedBy ? (
        <div className="decision__who">
          <Avatar person={receivedBy} size="xl" />
          <p className="decision__name">{t('arrival.receivedBy', { name: receivedBy.name })}</p>
        </div>
      ) : (
        <p className="decision__name decision__name--wait">{t('arrival.waits')}</p>
      )}
      <div className="decision__tags">
        {decision.standIn && <span className="tag tag--standin">{t('arrival.standIn')}</span>}
        {ownerIsOther && (
          <span className="tag tag--owner">
            {receivedBy ? t('arrival.owner', { name: owner.name }) : t('board.askedFor', { name: owner.name })}
          </span>
        )}
        {receivedBy && (
          <span className={`tag ${decision.turnConsumed ? 'tag--turn' : 'tag--kept'}`}>
            {decision.turnConsumed ? t('board.turnUsed') : t('board.turnKept')}
          </span>
        )}
      </div>
      <h3 className="decision__why">{t('arrival.why')}</h3>
      <ReasonList reasons={decision.reasons} className="reasons--large" />
      <button type="button" className="btn btn--primary btn--xl" onClick={onDone} autoFocus>
        {t('arrival.done')}
      </button>
    </section>
  );
}
