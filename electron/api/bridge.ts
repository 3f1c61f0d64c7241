import type { MethodInput, MethodName, MethodResult, PushName, PushPayload } from './contract';
import type { ApiResponse } from './errors';

/** What the preload exposes on `window.frontDesk`: exactly the contract's methods and one `onX` per push. */
export type Bridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResponse<Awaited<MethodResult<M>>>>;
} & {
  [P in PushName as `on${Capitalize<P>}`]: (listener: (payload: PushPayload<P>) => void) => () => void;
};

export const pushListenerName = <P extends PushName>(p: P) =>
  `on${p.charAt(0).toUpperCase()}${p.slice(1)}` as `on${Capitalize<P>}`;
