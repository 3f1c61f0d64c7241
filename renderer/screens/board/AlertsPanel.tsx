import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { OwnerAlert } from '../../../electron/api/types';
import { useT } from '../../i18n';
import { useConsultants } from '../../lib/use-consultants';
import { useBoardStore } from '../../stores';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { AlertBanner } from './AlertBanner';

/**
 * Owners whose client is here, each alert on the owner's card (photo and name), first on the right
 * of the board: an owner on leave or off the roster has no place in the queue but must still be told.
 */
export function AlertsPanel() {
  const t = useT();
  const alerts = useBoardStore(useShallow((s) => s.board?.alerts ?? []));
  const members = useBoardStore(useShallow((s) => (s.board ? [...s.board.queue, ...s.board.onLeave] : [])));
  const { people } = useConsultants();
  const [open, setOpen] = useState<OwnerAlert | null>(null);
  if (alerts.length === 0) return null;

  const ownerOf = (id: number) =>
    members.find((m) => m.id === id) ??
    people?.find((p) => p.id === id) ?? { name: `#${id}`, initials: '?', photo: null };

  return (
    <section className="panel alerts" aria-labelledby="alerts-title">
      <h2 id="alerts-title" className="panel__title">
        {t('alerts.title')}
        <span className="panel__count">{alerts.length}</span>
      </h2>
      <ul className="alerts__list">
        {alerts.map((a) => (
          <li key={a.alertId}>
            <AlertBanner alert={a} owner={ownerOf(a.consultantId)} onAcknowledge={() => setOpen(a)} />
          </li>
        ))}
      </ul>
      {open && (
        <AcknowledgeDialog alert={open} ownerName={ownerOf(open.consultantId).name} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
