import type { z } from 'zod';

/**
 * auth: 'public' — anyone at the desk; 'pin' — a consultant acting for themself (input carries
 * consultantId + pin, checked with lockout); 'supervisor' — a signed-in supervisor (input carries token).
 */
export type Auth = 'public' | 'pin' | 'supervisor';

export interface MethodSpec<I extends z.ZodType, R> {
  auth: Auth;
  input: I;
  /** Phantom: carries the result type only. */
  result: R;
  /** The input carries a whole file (an import's spreadsheet): the HTTP transport takes a larger body for it. */
  carriesFile?: true;
}

/** The result type of a method, declared once beside its input. */
export const returns = <R>() => undefined as unknown as R;
export const method = <I extends z.ZodType, R>(auth: Auth, input: I, result: R): MethodSpec<I, R> => ({
  auth,
  input,
  result,
});

export const fileMethod = <I extends z.ZodType, R>(auth: Auth, input: I, result: R): MethodSpec<I, R> => ({
  ...method(auth, input, result),
  carriesFile: true,
});
