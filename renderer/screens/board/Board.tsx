import { useT } from '../../i18n';
import { boardStore, useBoardStore } from '../../stores';
import { AlertsPanel } from './AlertsPanel';
import { Banners } from './Banners';
import { BoardActions } from './BoardActions';
import { BoardHeader } from './BoardHeader';
import { NextUp } from './NextUp';
import { NoticePanel } from './NoticePanel';
import { QueueList } from './QueueList';
import { RecentPanel } from './RecentPanel';
import { WaitingPanel } from './WaitingPanel';

/** Home: today's rotation on a large screen, live on every push from the backend. */
export function Board() {
  const t = useT();
  const loaded = useBoardStore((s) => s.board !== null);
  const error = useBoardStore((s) => s.error);

  return (
    <div className="board">
      <BoardHeader />
      {error && (
        <p className="banner banner--error" role="alert">
          {t('app.offline')}: {error}
          <button type="button" className="btn btn--chip" onClick={() => void boardStore.getState().refresh()}>
            {t('app.retry')}
          </button>
        </p>
      )}
      <Banners />
      {loaded ? (
        <main className="board__main">
          <div className="board__left">
            <NextUp />
            <QueueList />
          </div>
          <div className="board__right">
            <AlertsPanel />
            <WaitingPanel />
            <NoticePanel />
            <RecentPanel />
          </div>
        </main>
      ) : (
        <main className="board__main board__main--loading">{t('app.loading')}</main>
      )}
      <BoardActions />
    </div>
  );
}
