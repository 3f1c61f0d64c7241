import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { CandidateCard } from '../../components/CandidateCard';
import { checkInStore, useCheckInStore } from '../../stores';
import { chosenClientId } from '../../stores/check-in-store';

/**
 * 可能是老客户: live as the receptionist types. A strong candidate is taken unless someone says
 * otherwise; "不是此人" rules one out and is recorded with the visit.
 */
export function CandidatesPanel() {
  const t = useT();
  const lookup = useCheckInStore((s) => s.lookup);
  const rejected = useCheckInStore(useShallow((s) => s.rejected));
  const chosen = useCheckInStore(chosenClientId);
  const typedName = useCheckInStore((s) => s.registration.name.trim());
  const { pick, reject, unreject, edit } = checkInStore.getState();

  return (
    <section className="panel candidates" aria-labelledby="candidates-title" aria-busy={lookup.state === 'searching'}>
      <h2 id="candidates-title" className="panel__title">
        {t('checkIn.candidates.title')}
        {lookup.state === 'searching' && (
          <span className="candidates__searching">{t('checkIn.candidates.searching')}</span>
        )}
      </h2>
      {lookup.state === 'idle' && <p className="panel__empty">{t('checkIn.candidates.hint')}</p>}
      {lookup.state === 'failed' && (
        <p className="error" role="alert">
          {t('checkIn.candidates.failed', { error: lookup.error ?? '' })}
        </p>
      )}
      {lookup.state === 'done' && lookup.candidates.length === 0 && (
        <p className="panel__empty candidates__none">{t('checkIn.candidates.none')}</p>
      )}
      <ul className="candidates__list" aria-label={t('checkIn.candidates.list')}>
        {lookup.candidates.map((c) => {
          const out = rejected.includes(c.clientId);
          const selected = chosen === c.clientId;
          return (
            <li key={c.clientId}>
              <CandidateCard candidate={c} selected={selected} ruledOut={out}>
                {out ? (
                  <button type="button" className="btn btn--secondary" onClick={() => unreject(c.clientId)}>
                    {t('checkIn.candidates.undo')}
                  </button>
                ) : (
                  <>
                    <button
                      type="button"
                      className="btn btn--toggle"
                      aria-pressed={selected}
                      onClick={() => pick(c.clientId)}
                    >
                      {selected && <span aria-hidden="true">✓</span>}
                      {t('checkIn.candidates.isThis')}
                    </button>
                    <button type="button" className="btn btn--secondary" onClick={() => reject(c.clientId)}>
                      {t('checkIn.candidates.notThis')}
                    </button>
                    {/* Names are typed as heard (章三), or not yet: once the record is confirmed, its spelling is one tap away. */}
                    {selected && typedName !== c.name && (
                      <button type="button" className="btn btn--secondary" onClick={() => edit({ name: c.name })}>
                        {t('checkIn.candidates.useName', { name: c.name })}
                      </button>
                    )}
                  </>
                )}
              </CandidateCard>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
