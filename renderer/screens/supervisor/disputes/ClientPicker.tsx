import { useState } from 'react';
import type { CandidateView } from '../../../../electron/api/types';
import { useT } from '../../../i18n';
import { CandidateCard } from '../../../components/CandidateCard';
import { useCandidateSearch } from '../../../lib/candidate-search';

/** Find the client a sale is for by name or phone, as at the desk; the record's number is what is sent. */
export function ClientPicker({ onPick }: { onPick: (client: CandidateView) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const { search } = useCandidateSearch(text);
  return (
    <div className="client-picker">
      <label className="field">
        <span className="field__label">{t('disputes.sale.client')}</span>
        <input
          className="input input--big"
          value={text}
          maxLength={70}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div aria-live="polite">
        {search.state === 'searching' && <p className="panel__empty">{t('checkIn.referrer.searching')}</p>}
        {search.state === 'failed' && (
          <p className="error" role="alert">
            {search.error}
          </p>
        )}
        {search.state === 'done' && search.candidates.length === 0 && (
          <p className="panel__empty">{t('checkIn.referrer.none')}</p>
        )}
        {search.state === 'done' &&
          search.candidates.slice(0, 4).map((c) => (
            <CandidateCard key={c.clientId} candidate={c} compact showLevel={false}>
              <button
                type="button"
                className="btn btn--primary"
                aria-label={`${t('disputes.sale.pick')} ${c.name}`}
                onClick={() => onPick(c)}
              >
                {t('disputes.sale.pick')}
              </button>
            </CandidateCard>
          ))}
      </div>
    </div>
  );
}
