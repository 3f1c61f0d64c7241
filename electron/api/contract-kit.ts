import type { z } from 'zod';
import { ROLES, type Role, type StaffRole } from '../domain/roles';

/**
 * How a call proves who makes it, and which roles may make it:
 * 'none' — nothing to prove: the desk's own calls, open to everyone at the desk;
 * 'pin' — the input carries consultantId + pin (checked with lockout), for acting as oneself;
 * 'session' — the input carries the token of a PIN sign-in.
 */
export type Access =
  { credential: 'none'; roles: typeof ROLES } | { credential: 'pin' | 'session'; roles: readonly StaffRole[] };

export const anyone: Access = { credential: 'none', roles: ROLES };
export const byPin = (...roles: StaffRole[]): Access => ({ credential: 'pin', roles });
export const signedIn = (...roles: StaffRole[]): Access => ({ credential: 'session', roles });

export interface MethodSpec<I extends z.ZodType, R> {
  access: Access;
  input: I;
  /** Phantom: carries the result type only. */
  result: R;
  /** The input carries a whole file (an import's spreadsheet): the HTTP transport takes a larger body for it. */
  carriesFile?: true;
  /**
   * Only at the kiosk PC (or serve's loopback), never from a paired LAN device: PINs and cookies
   * cross the LAN unencrypted (docs/lan.md), so pairing more devices, a person's data and restoring
   * a backup stay at the desk. The LAN listener refuses these (transport/kiosk-only.ts).
   */
  kioskOnly?: true;
}

/** The result type of a method, declared once beside its input. */
export const returns = <R>() => undefined as unknown as R;
export const method = <I extends z.ZodType, R>(access: Access, input: I, result: R): MethodSpec<I, R> => ({
  access,
  input,
  result,
});

export const fileMethod = <I extends z.ZodType, R>(access: Access, input: I, result: R): MethodSpec<I, R> => ({
  ...method(access, input, result),
  carriesFile: true,
});

export const kioskMethod = <I extends z.ZodType, R>(access: Access, input: I, result: R): MethodSpec<I, R> => ({
  ...method(access, input, result),
  kioskOnly: true,
});

/** Whether a role may make a call: the backend's check, and the renderer's for which tabs to show. */
export const mayCall = (access: Access, role: Role): boolean => (access.roles as readonly Role[]).includes(role);

/** The access most methods share, by name: a method's line says who may call it at a glance. */
export const staffAsThemselves = byPin('consultant', 'supervisor', 'admin');
export const supervisors = signedIn('supervisor', 'admin');
export const adminsOnly = signedIn('admin');
