import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BoardVisitor } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { ConsultantGrid } from '../../../components/ConsultantGrid';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { useVisitorLabel } from '../../../lib/use-visitor-label';
import { sessionStore, toastStore, useBoardStore } from '../../../stores';

/** The supervisor gives a waiting visitor to a consultant of their choice (关系户, opening day). */
export function AssignDialog({ visitor, onClose }: { visitor: BoardVisitor; onClose: () => void }) {
  const t = useT();
  const label = useVisitorLabel()(visitor.visitor);
  const queue = useBoardStore(useShallow((s) => s.board?.queue ?? []));
  const [chosen, setChosen] = useState<number | null>(null);

  const assign = async (note: string) => {
    if (chosen === null) return;
    const decision = await sessionStore
      .getState()
      .authorized((token) => api.assignVisitor({ token, visitId: visitor.visitId, consultantId: chosen, note }));
    toastStore.getState().show(t('queueOps.assigned', { label, name: decision.receivedBy?.name ?? '' }));
  };

  return (
    <ReasonDialog
      title={t('queueOps.assignTitle', { label })}
      confirmLabel={t('queueOps.assign')}
      onConfirm={assign}
      onClose={onClose}
      ready={chosen !== null}
    >
      <ConsultantGrid
        label={t('queueOps.assignTo')}
        people={queue}
        selectedId={chosen}
        onPick={(p) => setChosen(p.id)}
      />
    </ReasonDialog>
  );
}
