import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BoardMember } from '../../../../electron/api/types';
import { api } from '../../../api';
import { useT } from '../../../i18n';
import { Avatar } from '../../../components/Avatar';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { StatusTag } from '../../../components/StatusTag';
import { sessionStore, toastStore, useBoardStore } from '../../../stores';
import { WaitingOps } from './WaitingOps';

type Act = { kind: 'skipTurn' | 'grantMakeup'; member: BoardMember } | { kind: 'suspend' };

/** 队列操作: the supervisor's hand on today's queue — skip, make-up, suspend — each with a reason. */
export function QueueOps() {
  const t = useT();
  const queue = useBoardStore(useShallow((s) => s.board?.queue ?? []));
  const suspended = useBoardStore((s) => s.board?.suspended ?? false);
  const [act, setAct] = useState<Act | null>(null);
  const authorized = sessionStore.getState().authorized;

  const run = async (a: Act, note: string) => {
    if (a.kind === 'suspend') {
      await authorized((token) => api.setRotationSuspended({ token, suspended: !suspended, note }));
      toastStore.getState().show(suspended ? t('queueOps.resumed') : t('queueOps.suspended'));
      return;
    }
    await authorized((token) => api[a.kind]({ token, consultantId: a.member.id, note }));
    toastStore.getState().show(t(`queueOps.${a.kind}Done`, { name: a.member.name }));
  };

  return (
    <div className="ops">
      <section className="panel" aria-labelledby="ops-queue-title">
        <h3 id="ops-queue-title" className="panel__title">
          {t('board.queue')}
        </h3>
        <ol className="ops__list">
          {queue.map((m) => (
            <li key={m.id} className="ops__row">
              <span className="queue__pos">{m.position}</span>
              <Avatar person={m} size="sm" />
              <span className="ops__name">{m.name}</span>
              <StatusTag status={m.status} />
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => setAct({ kind: 'skipTurn', member: m })}
              >
                {t('queueOps.skipTurn')}
              </button>
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => setAct({ kind: 'grantMakeup', member: m })}
              >
                {t('queueOps.grantMakeup')}
              </button>
            </li>
          ))}
        </ol>
        {queue.length === 0 && <p className="panel__empty">{t('roster.nobody')}</p>}
        <p className="roster-group__hint">{t('queueOps.reorderHint')}</p>
      </section>
      <div className="ops__side">
        <WaitingOps />
        <section className={`panel ${suspended ? 'panel--alert' : ''}`} aria-labelledby="ops-suspend-title">
          <h3 id="ops-suspend-title" className="panel__title">
            {t('queueOps.rotation')}
          </h3>
          <p>{suspended ? t('board.suspended') : t('queueOps.running')}</p>
          <button type="button" className="btn btn--primary" onClick={() => setAct({ kind: 'suspend' })}>
            {suspended ? t('queueOps.resume') : t('queueOps.suspend')}
          </button>
        </section>
      </div>
      {act && (
        <ReasonDialog
          title={
            act.kind === 'suspend'
              ? suspended
                ? t('queueOps.resume')
                : t('queueOps.suspend')
              : t(`queueOps.${act.kind}Title`, { name: act.member.name })
          }
          confirmLabel={t('app.confirm')}
          onConfirm={(note) => run(act, note)}
          onClose={() => setAct(null)}
        />
      )}
    </div>
  );
}
