import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BoardAssignment, ConsultantCard } from '../../../electron/api/types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { Modal } from '../../components/Modal';
import { ReasonList } from '../../components/ReasonList';
import { errorText } from '../../lib/errors';
import { useOfficeTime } from '../../lib/use-office-time';
import { useVisitorLabel } from '../../lib/use-visitor-label';
import { toastStore, useBoardStore } from '../../stores';
import { isPinRefusal } from './pin-refusal';

interface Props {
  person: ConsultantCard;
  pin: string;
  onPinRefused: (message: string) => void;
}

/** Only a visitor the rotation took as new can be recognised and claimed (认领) by their owner. */
const takenAsNew = (a: BoardAssignment) => a.mode === 'rotation' || a.mode === 'lunchDuty';

/**
 * 认领: today's receptions by others of visitors taken as new; the owner who recognises one claims it.
 * The rules decide whether it is still within the recognition window, and say why not.
 */
export function ClaimList({ person, pin, onPinRefused }: Props) {
  const t = useT();
  const time = useOfficeTime();
  const visitorLabel = useVisitorLabel();
  // The board names receivers, not their ids: a consultant's own receptions are those under their name.
  const recent = useBoardStore(
    useShallow((s) => (s.board?.recent ?? []).filter((a) => takenAsNew(a) && a.receivedBy !== person.name)),
  );
  const [claiming, setClaiming] = useState<BoardAssignment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const claim = async (a: BoardAssignment) => {
    setBusy(true);
    setError(null);
    try {
      await api.claimVisit({ consultantId: person.id, pin, visitId: a.visitId });
      toastStore.getState().show(t('claim.claimed', { label: visitorLabel(a.visitor) }));
      setClaiming(null);
    } catch (err) {
      if (isPinRefusal(err)) return onPinRefused(errorText(err));
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="claims" aria-label={t('desk.claim')}>
      <p className="claims__hint">{t('claim.hint')}</p>
      {recent.length === 0 && <p className="panel__empty">{t('claim.empty')}</p>}
      <ul className="claims__list">
        {recent.map((a) => (
          <li key={a.visitId} className="claims__row">
            <time className="recent__time">{time.clock(a.at)}</time>
            <span className="claims__label">{visitorLabel(a.visitor)}</span>
            <span className="recent__arrow" aria-hidden="true">
              →
            </span>
            <span className="claims__by">{a.receivedBy}</span>
            <button
              type="button"
              className="btn btn--primary claims__act"
              aria-label={t('claim.claimFor', { label: visitorLabel(a.visitor) })}
              onClick={() => (setError(null), setClaiming(a))}
            >
              {t('claim.claim')}
            </button>
          </li>
        ))}
      </ul>
      {claiming && (
        <Modal
          title={t('claim.confirmTitle', { label: visitorLabel(claiming.visitor) })}
          onClose={() => setClaiming(null)}
        >
          <div className="form">
            <p className="claims__what">
              {t('claim.confirmText', {
                label: visitorLabel(claiming.visitor),
                by: claiming.receivedBy,
                time: time.clock(claiming.at),
              })}
            </p>
            <ReasonList reasons={claiming.reasons} className="reasons--small" />
            {error && (
              <div className="error" role="alert">
                <p>{t('claim.refused')}</p>
                <p>{error}</p>
              </div>
            )}
            <div className="form__actions">
              <button type="button" className="btn btn--secondary" onClick={() => setClaiming(null)}>
                {t('app.cancel')}
              </button>
              <button
                type="button"
                className="btn btn--primary"
                autoFocus
                disabled={busy || error !== null}
                onClick={() => void claim(claiming)}
              >
                {t('claim.claim')}
              </button>
            </div>
          </div>
        </Modal>
      )}
    </section>
  );
}
