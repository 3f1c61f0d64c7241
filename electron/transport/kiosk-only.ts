import { contract, type MethodName } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import type { ApiResponse } from '../api/errors';
import type { Session } from '../api/types';

export const KIOSK_ONLY_MESSAGE = '此操作只能在前台电脑上进行';

const isKioskOnly = (method: string): boolean =>
  Object.hasOwn(contract, method) && (contract[method as MethodName] as { kioskOnly?: true }).kioskOnly === true;

/** The calls whose answer is a sign-in, with the methods the screens offer. */
const OPENS_SESSION = new Set<string>(['signIn', 'setupOffice'] satisfies MethodName[]);

/** A sign-in on the LAN lists only what the LAN lets it do, so the screens there hide the rest. */
function withoutKioskOnly(response: ApiResponse<unknown>): ApiResponse<unknown> {
  if (!response.ok) return response;
  const session = response.value as Session;
  return { ok: true, value: { ...session, methods: session.methods.filter((m) => !isKioskOnly(m)) } };
}

/**
 * The dispatch a paired LAN device gets: the methods the contract keeps at the kiosk (kioskOnly)
 * are refused before they are validated or run, whoever is signed in, and are left out of a
 * sign-in's methods; every other call is the backend's.
 */
export function lanDispatch(dispatch: Dispatch): Dispatch {
  return (method, input) => {
    if (isKioskOnly(method)) return { ok: false, error: { code: 'forbidden', message: KIOSK_ONLY_MESSAGE } };
    const response = dispatch(method, input);
    if (!OPENS_SESSION.has(method)) return response;
    return response instanceof Promise ? response.then(withoutKioskOnly) : withoutKioskOnly(response);
  };
}
