import { useCallback, useEffect, useState } from 'react';
import { api } from './api';
import { useT } from './i18n';
import { Toasts } from './components/Toasts';
import { errorText } from './lib/errors';
import { listenForOwnerAlerts } from './lib/owner-alerts';
import { useIdle } from './lib/use-idle';
import { Board } from './screens/board/Board';
import { CheckInScreen } from './screens/check-in/CheckInScreen';
import { SetupScreen } from './screens/setup/SetupScreen';
import { StatusScreen } from './screens/status/StatusScreen';
import { SupervisorScreen } from './screens/supervisor/SupervisorScreen';
import {
  boardStore,
  checkInStore,
  kioskStore,
  navStore,
  sessionStore,
  toastStore,
  useKioskStore,
  useNavStore,
  useSessionStore,
} from './stores';
import { useLocaleStore } from './stores/locale-store';

/** A check-in is a conversation: the desk may listen for a while without touching the screen. */
const CHECK_IN_IDLE_MS = 3 * 60_000;

type Setup = { state: 'loading' } | { state: 'needed' } | { state: 'ready' } | { state: 'failed'; error: string };

export function App() {
  const t = useT();
  const lang = useLocaleStore((s) => s.lang);
  const screen = useNavStore((s) => s.screen);
  const signedIn = useSessionStore((s) => s.session !== null);
  // The kiosk is shared: a supervisor who walks away is signed out, a consultant's own screen (their
  // PIN is in memory) does not stay up for the next person; both return to the receptionist's view.
  const idleMs = useKioskStore((s) => s.idleMinutes) * 60_000;
  const [setup, setSetup] = useState<Setup>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => boardStore.getState().connect(), []);
  // The kiosk's main process shows its own system notification; a browser may show one too.
  useEffect(() => listenForOwnerAlerts(api, window.frontDesk !== undefined), []);

  useEffect(() => {
    api
      .getSetup({})
      .then((s) => {
        kioskStore.getState().setIdleMinutes(s.idleMinutes);
        setSetup({ state: s.needsSetup ? 'needed' : 'ready' });
      })
      .catch((err: unknown) => setSetup({ state: 'failed', error: errorText(err) }));
  }, [attempt]);

  const signOutIdle = useCallback(() => {
    void sessionStore.getState().signOut();
    navStore.getState().go('board');
    toastStore.getState().show(t('supervisor.idleSignedOut', { minutes: idleMs / 60_000 }));
  }, [t, idleMs]);
  useIdle(idleMs, signedIn, signOutIdle);
  useIdle(idleMs, screen === 'status', () => navStore.getState().go('board'));
  useIdle(CHECK_IN_IDLE_MS, screen === 'checkIn', () => {
    checkInStore.getState().reset();
    navStore.getState().go('board');
  });

  if (setup.state === 'loading') return <main className="splash">{t('app.loading')}</main>;
  if (setup.state === 'failed') {
    return (
      <main className="splash" role="alert">
        <p>{t('app.offline')}</p>
        <p className="error">{setup.error}</p>
        <button type="button" className="btn btn--primary" onClick={() => setAttempt((n) => n + 1)}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  if (setup.state === 'needed') return <SetupScreen onDone={() => setSetup({ state: 'ready' })} />;

  return (
    <>
      {screen === 'board' && <Board />}
      {screen === 'checkIn' && <CheckInScreen />}
      {screen === 'status' && <StatusScreen />}
      {screen === 'supervisor' && <SupervisorScreen />}
      <Toasts />
    </>
  );
}
