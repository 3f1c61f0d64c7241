import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BoardVisitor } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { Modal } from '../../../components/Modal';
import { errorText } from '../../../lib/errors';
import { minutesSince } from '../../../lib/time';
import { useVisitorLabel } from '../../../lib/use-visitor-label';
import { useServerNow } from '../../../lib/use-server-now';
import { toastStore, useBoardStore } from '../../../stores';
import { AssignDialog } from './AssignDialog';

type Act = { kind: 'assign' | 'left'; visitor: BoardVisitor };

/** Waiting visitors: assign one by hand, or note that they gave up and left. */
export function WaitingOps() {
  const t = useT();
  const visitorLabel = useVisitorLabel();
  const waiting = useBoardStore(useShallow((s) => s.board?.waiting ?? []));
  const now = useServerNow();
  const [act, setAct] = useState<Act | null>(null);
  const [error, setError] = useState<string | null>(null);

  const markLeft = async (visitor: BoardVisitor) => {
    try {
      await api.markVisitorLeft({ visitId: visitor.visitId });
      toastStore.getState().show(t('queueOps.leftDone', { label: visitorLabel(visitor.visitor) }));
      setAct(null);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section className="panel" aria-labelledby="ops-waiting-title">
      <h3 id="ops-waiting-title" className="panel__title">
        {t('board.waiting')}
      </h3>
      {waiting.length === 0 && <p className="panel__empty">{t('board.noWaiting')}</p>}
      <ol className="ops__list">
        {waiting.map((w) => (
          <li key={w.visitId} className="ops__row">
            <span className="ops__name">{visitorLabel(w.visitor)}</span>
            <span>{t('board.waited', { n: minutesSince(w.arrivedAt, now) })}</span>
            {w.directedTo && <span>{t('board.askedFor', { name: w.directedTo })}</span>}
            <button type="button" className="btn btn--primary" onClick={() => setAct({ kind: 'assign', visitor: w })}>
              {t('queueOps.assign')}
            </button>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => (setError(null), setAct({ kind: 'left', visitor: w }))}
            >
              {t('queueOps.left')}
            </button>
          </li>
        ))}
      </ol>
      {act?.kind === 'assign' && <AssignDialog visitor={act.visitor} onClose={() => setAct(null)} />}
      {act?.kind === 'left' && (
        <Modal
          title={t('queueOps.leftTitle', { label: visitorLabel(act.visitor.visitor) })}
          onClose={() => setAct(null)}
        >
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="btn btn--secondary" onClick={() => setAct(null)}>
              {t('app.cancel')}
            </button>
            <button type="button" className="btn btn--primary" autoFocus onClick={() => void markLeft(act.visitor)}>
              {t('queueOps.left')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
