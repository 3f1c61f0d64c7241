import { useState } from 'react';
import type { ClashView } from '../../../../electron/api/disputes-types';
import { useT } from '../../../i18n';
import { SegmentedChoice } from '../../../components/SegmentedChoice';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { disputesStore, toastStore } from '../../../stores';

/** 裁定: one of the two sides, the rules' suggestion chosen to begin with, and the written reason. */
export function DecideDialog({ clash, onClose }: { clash: ClashView; onClose: () => void }) {
  const t = useT();
  const [ownerId, setOwnerId] = useState<number | null>(clash.suggestion.owner?.id ?? null);
  const decide = async (note: string) => {
    if (ownerId === null) return;
    const ruling = await disputesStore.getState().decide(clash.key, ownerId, note);
    toastStore.getState().show(t('disputes.decided', { client: ruling.client?.name ?? '', owner: ruling.owner.name }));
  };
  return (
    <ReasonDialog
      title={t('disputes.decideFor', { name: clash.sides[0].client.name })}
      confirmLabel={t('disputes.decide')}
      onConfirm={decide}
      onClose={onClose}
      ready={ownerId !== null}
    >
      <SegmentedChoice
        label={t('disputes.decideOwner')}
        optionClassName="btn--xl"
        choices={clash.sides.map((s) => ({
          value: s.consultant.id,
          label:
            clash.suggestion.owner?.id === s.consultant.id
              ? `${s.consultant.name} · ${t('disputes.suggested')}`
              : s.consultant.name,
        }))}
        value={ownerId}
        onChange={setOwnerId}
      />
    </ReasonDialog>
  );
}
