import type { ReactNode } from 'react';
import type { CandidateView } from '../../electron/api/types';
import { useT } from '../i18n';
import type { SearchState } from '../lib/candidate-search';
import { CandidateCard } from './CandidateCard';

interface Props {
  label: string;
  /** What is typed, and the answer to it (useCandidateSearch): the owner can ask again after a change. */
  text: string;
  onText: (text: string) => void;
  search: SearchState;
  /** The one button on a found client's card. */
  action: (client: CandidateView) => ReactNode;
  /** Only the first few, where the rest would push the form below the fold. */
  limit?: number;
  resultsClassName?: string;
  /** 显示号码 on each card, for a viewer whose role may see whole numbers. */
  revealPhones?: (client: CandidateView) => Promise<string[]>;
}

/** A client found by name or phone as the desk types them ("张三 0001"), each card with what can be done. */
export function ClientSearch(props: Props) {
  const { label, text, onText, search, action, limit, resultsClassName, revealPhones } = props;
  const t = useT();
  return (
    <>
      <label className="field">
        <span className="field__label">{label}</span>
        <input
          className="input input--big"
          value={text}
          maxLength={70}
          autoComplete="off"
          onChange={(e) => onText(e.target.value)}
        />
      </label>
      <div className={resultsClassName} aria-live="polite">
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
          search.candidates.slice(0, limit).map((c) => (
            <CandidateCard
              key={c.clientId}
              candidate={c}
              compact
              showLevel={false}
              revealPhones={revealPhones && (() => revealPhones(c))}
            >
              {action(c)}
            </CandidateCard>
          ))}
      </div>
    </>
  );
}
