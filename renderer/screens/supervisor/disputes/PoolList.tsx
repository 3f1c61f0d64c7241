import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PoolClientView } from '../../../../electron/api/disputes-types';
import { useT } from '../../../i18n';
import { ConsultantGrid } from '../../../components/ConsultantGrid';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { ReasonList } from '../../../components/ReasonList';
import { useConsultants } from '../../../lib/use-consultants';
import { useOfficeTime } from '../../../lib/use-office-time';
import { disputesStore, toastStore, useDisputesStore } from '../../../stores';

/** 公海: clients no one holds; hand one to a consultant with a reason, or leave them to the rotation. */
export function PoolList() {
  const t = useT();
  const time = useOfficeTime();
  const pool = useDisputesStore(useShallow((s) => s.pool ?? []));
  const { people } = useConsultants();
  const [handing, setHanding] = useState<PoolClientView | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const date = (ms: number | null) => (ms === null ? '—' : time.day(ms));

  const handOver = async (note: string) => {
    if (!handing || to === null) return;
    await disputesStore.getState().reassign(handing.client.id, to, note);
    const owner = people?.find((p) => p.id === to)?.name ?? '';
    toastStore.getState().show(t('disputes.pool.done', { name: handing.client.name, owner }));
  };

  return (
    <section className="panel" aria-label={t('disputes.sections.pool')}>
      <p className="ownership__hint">{t('disputes.pool.hint')}</p>
      {pool.length === 0 && <p className="panel__empty">{t('disputes.pool.empty')}</p>}
      <ul className="pool">
        {pool.map((p) => (
          <li key={p.client.id} className="pool__client">
            <div className="pool__who">
              <span className="pool__name">
                {p.client.ref} {p.client.name}
              </span>
              <span>{p.maskedPhones.join(' / ')}</span>
              <span>{p.owner ? t('disputes.pool.was', { name: p.owner.name }) : t('disputes.pool.noOwner')}</span>
              {p.endedAt !== null && <span className="tag">{t('disputes.pool.ended', { date: date(p.endedAt) })}</span>}
            </div>
            <p className="pool__when">
              {t('disputes.pool.lastContact', { visit: date(p.lastVisitAt), followUp: date(p.lastFollowUpAt) })}
            </p>
            <ReasonList reasons={p.reasons} />
            <button
              type="button"
              className="btn btn--primary"
              aria-label={t('disputes.pool.reassignFor', { name: p.client.name })}
              onClick={() => (setTo(null), setHanding(p))}
            >
              {t('disputes.pool.reassign')}
            </button>
          </li>
        ))}
      </ul>
      {handing && (
        <ReasonDialog
          title={t('disputes.pool.reassignTitle', { name: handing.client.name })}
          confirmLabel={t('disputes.pool.reassign')}
          onConfirm={handOver}
          onClose={() => setHanding(null)}
          ready={to !== null}
        >
          <ConsultantGrid
            label={t('disputes.pool.to')}
            people={(people ?? []).filter((p) => p.role === 'consultant' && p.id !== handing.owner?.id)}
            selectedId={to}
            onPick={(p) => setTo(p.id)}
          />
        </ReasonDialog>
      )}
    </section>
  );
}
