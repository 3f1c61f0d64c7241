/** Errors the user can act on. The message is plain Chinese; the renderer may translate by code. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'wrong_pin'
  | 'locked'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'stale'
  /** The disk, not the input: full, read-only, locked by another program (params.problem says which). */
  | 'storage'
  | 'internal';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  params?: Record<string, string | number>;
}

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return this.params
      ? { code: this.code, message: this.message, params: this.params }
      : { code: this.code, message: this.message };
  }
}

export const fail = (code: ErrorCode, message: string, params?: Record<string, string | number>): never => {
  throw new AppError(code, message, params);
};
