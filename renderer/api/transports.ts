import type { Bridge } from '../../electron/api/bridge';
import type { PushPayload } from '../../electron/api/contract';
import type { ApiErrorBody, ApiResponse } from '../../electron/api/errors';
import type { Transport } from './client';

export function ipcTransport(bridge: Bridge): Transport {
  return {
    call: (method, input) => (bridge[method] as (i: unknown) => Promise<ApiResponse<unknown>>)(input),
    listen: (name, listener) => {
      const key = `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as keyof Bridge;
      return (bridge[key] as (l: typeof listener) => () => void)(listener);
    },
  };
}

const OFFLINE: ApiErrorBody = { code: 'internal', message: '无法连接前台服务,请检查程序是否在运行。' };

/**
 * HTTP 401 comes only from the LAN listener (docs/lan.md): this device was revoked, or never
 * paired. The page itself, loaded again, is then the pairing page.
 */
const UNPAIRED = 401;

export function httpTransport(base = ''): Transport {
  let source: EventSource | null = null;
  const stream = () => {
    if (source) return source;
    const opened = new EventSource(`${base}/api/events`);
    // A stream the server ended and refused to reopen: if that is because this device was revoked, show how to pair.
    opened.addEventListener('error', () => {
      if (opened.readyState !== EventSource.CLOSED) return;
      void fetch(`${base}/api/getSetup`, { method: 'POST', body: '{}' })
        .then((res) => res.status === UNPAIRED && window.location.reload())
        .catch(() => undefined);
    });
    return (source = opened);
  };
  return {
    async call(method, input) {
      try {
        const res = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        if (res.status === UNPAIRED) window.location.reload();
        return (await res.json()) as ApiResponse<unknown>;
      } catch {
        return { ok: false, error: OFFLINE };
      }
    },
    listen(name, listener) {
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as PushPayload<typeof name>);
      stream().addEventListener(name, handler);
      return () => stream().removeEventListener(name, handler);
    },
  };
}
