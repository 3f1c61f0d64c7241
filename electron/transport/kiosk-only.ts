import { contract, type MethodName } from '../api/contract';
import type { Dispatch } from '../api/dispatch';

export const KIOSK_ONLY_MESSAGE = '此操作只能在前台电脑上进行';

const isKioskOnly = (method: string): boolean =>
  Object.hasOwn(contract, method) && (contract[method as MethodName] as { kioskOnly?: true }).kioskOnly === true;

/**
 * The dispatch a paired LAN device gets: the methods the contract keeps at the kiosk (kioskOnly)
 * are refused before they are validated or run, whoever is signed in; every other call is the backend's.
 */
export function lanDispatch(dispatch: Dispatch): Dispatch {
  return (method, input) =>
    isKioskOnly(method)
      ? { ok: false, error: { code: 'forbidden', message: KIOSK_ONLY_MESSAGE } }
      : dispatch(method, input);
}
