import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ClashView } from '../../../../electron/api/disputes-types';
import { useT } from '../../../i18n';
import { useDisputesStore } from '../../../stores';
import { ClashCard } from './ClashCard';
import { DecideDialog } from './DecideDialog';

/** The open clashes, the latest first; a ruled one leaves the list. */
export function ClashList() {
  const t = useT();
  const clashes = useDisputesStore(useShallow((s) => s.clashes ?? []));
  const [deciding, setDeciding] = useState<ClashView | null>(null);
  if (clashes.length === 0) return <p className="panel__empty">{t('disputes.noClashes')}</p>;
  return (
    <>
      {clashes.map((c) => (
        <ClashCard key={c.key} clash={c} onDecide={() => setDeciding(c)} />
      ))}
      {deciding && <DecideDialog clash={deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}
