import type { ClashView } from '../../../../electron/api/disputes-types';
import { useT, type MessageKey } from '../../../i18n';
import { ReasonList } from '../../../components/ReasonList';
import { SideEvidence } from './SideEvidence';

const ROLES: Record<ClashView['kind'], [MessageKey, MessageKey]> = {
  samePerson: ['disputes.side.first', 'disputes.side.second'],
  household: ['disputes.side.first', 'disputes.side.second'],
  standIn: ['disputes.side.owner', 'disputes.side.standIn'],
};

/** A probable clash: why, both sides' evidence side by side, what the rules suggest, and the ruling button. */
export function ClashCard({ clash, onDecide }: { clash: ClashView; onDecide: () => void }) {
  const t = useT();
  const suggested = clash.suggestion.owner?.id ?? null;
  const [a, b] = clash.sides;
  const [roleA, roleB] = ROLES[clash.kind];
  return (
    <article className="panel clash" aria-label={t(`disputes.kind.${clash.kind}`)}>
      <header className="clash__head">
        <h3 className="panel__title">{t(`disputes.kind.${clash.kind}`)}</h3>
        <button
          type="button"
          className="btn btn--primary btn--xl"
          aria-label={t('disputes.decideFor', { name: a.client.name })}
          onClick={onDecide}
        >
          {t('disputes.decide')}
        </button>
      </header>
      <ReasonList reasons={clash.reasons} />
      <div className="clash__sides">
        <SideEvidence side={a} role={roleA} suggested={suggested === a.consultant.id} />
        <SideEvidence side={b} role={roleB} suggested={suggested === b.consultant.id} />
      </div>
      <div className="clash__suggestion">
        <p className="clash__suggested">
          {clash.suggestion.owner
            ? t('disputes.suggestion', { name: clash.suggestion.owner.name })
            : t('disputes.noSuggestion')}
        </p>
        <ReasonList reasons={clash.suggestion.reasons} />
      </div>
    </article>
  );
}
