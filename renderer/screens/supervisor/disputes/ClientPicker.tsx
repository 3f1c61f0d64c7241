import { useState } from 'react';
import type { CandidateView } from '../../../../electron/api/types';
import { useT } from '../../../i18n';
import { ClientSearch } from '../../../components/ClientSearch';
import { useCandidateSearch } from '../../../lib/candidate-search';

/** Find the client a sale is for by name or phone, as at the desk; the record's number is what is sent. */
export function ClientPicker({ onPick }: { onPick: (client: CandidateView) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const { search } = useCandidateSearch(text);
  return (
    <div className="client-picker">
      <ClientSearch
        label={t('disputes.sale.client')}
        text={text}
        onText={setText}
        search={search}
        limit={4}
        action={(c) => (
          <button
            type="button"
            className="btn btn--primary"
            aria-label={`${t('disputes.sale.pick')} ${c.name}`}
            onClick={() => onPick(c)}
          >
            {t('disputes.sale.pick')}
          </button>
        )}
      />
    </div>
  );
}
