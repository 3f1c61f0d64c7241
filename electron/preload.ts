import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, PUSH_NAMES } from './api/contract';
import { pushListenerName, type Bridge } from './api/bridge';
import { IPC_PREFIX, PUSH_PREFIX } from './transport/ipc-channels';

/**
 * Exactly the contract's methods and one `onX(listener) → unsubscribe` per push: no generic invoke,
 * no ipcRenderer handed to the page.
 */
const bridge = Object.fromEntries([
  ...METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_PREFIX + name, input)]),
  ...PUSH_NAMES.map((name) => [
    pushListenerName(name),
    (listener: (payload: unknown) => void) => {
      const channel = PUSH_PREFIX + name;
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  ]),
]) as Bridge;

contextBridge.exposeInMainWorld('frontDesk', bridge);
