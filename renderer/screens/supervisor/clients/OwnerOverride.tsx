import { useState } from 'react';
import type { CandidateView } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { ClientSearch } from '../../../components/ClientSearch';
import { ConsultantGrid } from '../../../components/ConsultantGrid';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { useCandidateSearch } from '../../../lib/candidate-search';
import { useConsultants } from '../../../lib/use-consultants';
import { sessionStore, toastStore, useSessionStore } from '../../../stores';

/** 客户归属: the final say (营销总监最终裁决) — any client to any active consultant, with the reason on file. */
export function OwnerOverride() {
  const t = useT();
  const [text, setText] = useState('');
  const { search, refresh } = useCandidateSearch(text);
  const { people } = useConsultants();
  const [client, setClient] = useState<CandidateView | null>(null);
  const [to, setTo] = useState<number | null>(null);
  // Not offered on a paired LAN device: a whole number is shown at the kiosk only (docs/lan.md).
  const mayReveal = useSessionStore((s) => s.session?.methods.includes('revealClientPhone') ?? false);

  const change = async (note: string) => {
    if (!client || to === null) return;
    await sessionStore
      .getState()
      .authorized((token) => api.overrideOwner({ token, clientId: client.clientId, consultantId: to, note }));
    const owner = people?.find((p) => p.id === to)?.name ?? '';
    toastStore.getState().show(t('ownership.done', { name: client.name, owner }));
    refresh();
  };

  return (
    <section className="panel ownership" aria-label={t('supervisor.ownership')}>
      <p className="ownership__hint">{t('ownership.hint')}</p>
      <ClientSearch
        label={t('ownership.search')}
        text={text}
        onText={setText}
        search={search}
        resultsClassName="ownership__results"
        revealPhones={
          mayReveal
            ? (c) =>
                sessionStore
                  .getState()
                  .authorized((token) => api.revealClientPhone({ token, clientId: c.clientId }))
                  .then((r) => r.phones)
            : undefined
        }
        action={(c) => (
          <button
            type="button"
            className="btn btn--primary"
            aria-label={t('ownership.changeFor', { name: c.name })}
            onClick={() => (setTo(null), setClient(c))}
          >
            {t('ownership.change')}
          </button>
        )}
      />
      {client && (
        <ReasonDialog
          title={t('ownership.title', { name: client.name })}
          confirmLabel={t('ownership.change')}
          onConfirm={change}
          onClose={() => setClient(null)}
          ready={to !== null}
        >
          <ConsultantGrid
            label={t('ownership.to')}
            people={(people ?? []).filter((p) => p.id !== client.owner?.id)}
            selectedId={to}
            onPick={(p) => setTo(p.id)}
          />
        </ReasonDialog>
      )}
    </section>
  );
}
