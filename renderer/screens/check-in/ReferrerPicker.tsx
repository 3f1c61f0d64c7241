import { useState } from 'react';
import { useT } from '../../i18n';
import { CandidateCard } from '../../components/CandidateCard';
import { Modal } from '../../components/Modal';
import { parseSearch, useCandidateSearch } from '../../lib/candidate-search';
import type { Referrer } from '../../stores/check-in-store';

/** 谁介绍来的: the referrer's record if there is one (their consultant may own this visitor), else their words. */
export function ReferrerPicker({ onPick, onClose }: { onPick: (r: Referrer) => void; onClose: () => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const { search } = useCandidateSearch(text);
  const typed = parseSearch(text);
  const candidates = search.state === 'done' ? search.candidates : [];

  return (
    <Modal title={t('checkIn.referrer.title')} onClose={onClose} wide>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const first = candidates[0];
          if (first && candidates.length === 1) onPick({ kind: 'client', client: first });
        }}
      >
        <label className="field">
          <span className="field__label">{t('checkIn.referrer.search')}</span>
          <input
            className="input input--big"
            value={text}
            maxLength={70}
            autoComplete="off"
            autoFocus
            onChange={(e) => setText(e.target.value)}
          />
          <span className="field__hint">{t('checkIn.referrer.hint')}</span>
        </label>
        <div className="referrer__results" aria-live="polite">
          {search.state === 'searching' && <p className="panel__empty">{t('checkIn.referrer.searching')}</p>}
          {search.state === 'failed' && (
            <p className="error" role="alert">
              {search.error}
            </p>
          )}
          {search.state === 'done' && candidates.length === 0 && (
            <p className="panel__empty">{t('checkIn.referrer.none')}</p>
          )}
          {candidates.map((c) => (
            <CandidateCard key={c.clientId} candidate={c} compact showLevel={false}>
              <button type="button" className="btn btn--primary" onClick={() => onPick({ kind: 'client', client: c })}>
                {t('checkIn.candidates.isThis')}
              </button>
            </CandidateCard>
          ))}
        </div>
        <div className="form__actions">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            {t('app.cancel')}
          </button>
          {(typed.name || typed.phone) && (
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => onPick({ kind: 'typed', name: typed.name, phone: typed.phone })}
            >
              {t('checkIn.referrer.useTyped', { text: text.trim() })}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
