import type { Api, MethodName, PushName, PushPayload } from '../../electron/api/contract';
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

/** The transport-specific part (transports.ts: IPC in the kiosk, HTTP in a browser): send one call, listen to one push. */
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
