import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { METHOD_NAMES, PUSH_NAMES } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import type { PushBus } from '../services/deps';
import { isAppUrl } from './app-protocol';
import { IPC_PREFIX, PUSH_PREFIX } from './ipc-channels';

/** Only our own page may call the backend: a frame from anywhere else is refused. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  return isAppUrl(event.senderFrame?.url ?? '');
}

export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的调用' } };
      }
      return dispatch(name, input);
    });
  }
}

/** Forwards every push to a window; returns the unsubscribe. */
export function forwardPushes(bus: PushBus, target: WebContents): () => void {
  const offs = PUSH_NAMES.map((name) =>
    bus.on(name, (payload) => {
      if (!target.isDestroyed()) target.send(PUSH_PREFIX + name, payload);
    }),
  );
  return () => offs.forEach((off) => off());
}
