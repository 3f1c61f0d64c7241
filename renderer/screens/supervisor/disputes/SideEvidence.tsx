import type { ClashSideView } from '../../../../electron/api/disputes-types';
import { useT, type MessageKey } from '../../../i18n';
import { useOfficeTime } from '../../../lib/use-office-time';

interface Props {
  side: ClashSideView;
  role: MessageKey;
  suggested: boolean;
}

/** One consultant's side of a clash: their record, registrations and follow-ups, dated, for the ruling. */
export function SideEvidence({ side, role, suggested }: Props) {
  const t = useT();
  const time = useOfficeTime();
  const stamp = (ms: number) => `${time.day(ms)} ${time.clock(ms)}`;
  return (
    <section className={`clash-side ${suggested ? 'clash-side--suggested' : ''}`} aria-label={side.consultant.name}>
      <header className="clash-side__head">
        <span className="clash-side__role">{t(role)}</span>
        <span className="clash-side__name">{side.consultant.name}</span>
        {suggested && <span className="tag tag--soon">{t('disputes.suggested')}</span>}
      </header>
      <p>
        {t('disputes.record', { ref: side.client.ref, name: side.client.name })} · {side.maskedPhones.join(' / ')}
      </p>
      <p className="clash-side__first">
        {side.firstRegisteredAt === null
          ? t('disputes.noRegistration')
          : t('disputes.firstRegistration', { date: stamp(side.firstRegisteredAt) })}
      </p>
      <h4>{t('disputes.registrations', { n: side.visits.length })}</h4>
      <ul className="evidence">
        {side.visits.map((v) => (
          <li key={v.visitId}>
            {stamp(v.at)} ·{' '}
            {v.receivedBy === null ? t('disputes.imported') : t('disputes.receivedBy', { name: v.receivedBy })}
            {!v.complete && <span className="tag">{t('disputes.incomplete')}</span>}
          </li>
        ))}
        {side.visits.length === 0 && <li>{t('disputes.none')}</li>}
      </ul>
      <h4>{t('disputes.followUps', { n: side.followUps.length })}</h4>
      <ul className="evidence">
        {side.followUps.map((f) => (
          <li key={f.id}>
            {stamp(f.at)} · {f.consultant} · {f.content}
            {f.withinProtection && <span className="tag tag--ok">{t('disputes.inProtection')}</span>}
          </li>
        ))}
        {side.followUps.length === 0 && <li>{t('disputes.none')}</li>}
      </ul>
    </section>
  );
}
