import type { Api, MethodName, PushName, PushPayload } from '../../electron/api/contract';
import type { Bridge } from '../../electron/api/bridge';
import type { ApiErrorBody, ApiResponse, ErrorCode } from '../../electron/api/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number> | undefined;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.params = body.params;
  }
}

/** The transport-specific part: send one call, listen to one push. */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<ApiResponse<unknown>>;
  listen<P extends PushName>(name: P, listener: (payload: PushPayload<P>) => void): () => void;
}

function unwrap<T>(response: ApiResponse<T>): T {
  if (response.ok) return response.value;
  throw new ApiError(response.error);
}

/**
 * The renderer's Api over any transport. Every method name the contract declares is typed here;
 * the backend validates every input, so the client only forwards.
 */
export function createClient(transport: Transport): Api {
  const onPush: Api['onPush'] = (name, listener) => transport.listen(name, listener);
  return new Proxy({ onPush } as Api, {
    get(_target, prop) {
      if (prop === 'onPush') return onPush;
      if (typeof prop !== 'string') return undefined;
      return async (input: unknown) => unwrap(await transport.call(prop as MethodName, input));
    },
  });
}

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

export function httpTransport(base = ''): Transport {
  let source: EventSource | null = null;
  const stream = () => (source ??= new EventSource(`${base}/api/events`));
  return {
    async call(method, input) {
      try {
        const res = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
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
