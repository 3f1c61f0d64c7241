import { ApiError } from '../api/client';
import type { ErrorCode } from '../../electron/api/errors';
import { translate } from '../i18n';
import { useLocaleStore } from '../stores/locale-store';

/**
 * The text to show for a failed call. The backend's message is plain Chinese and names the
 * problem exactly (which field, how many tries left), so Chinese readers get it as it is;
 * English readers get the kind of problem in English, followed by that exact message.
 */
export function errorText(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  const lang = useLocaleStore.getState().lang;
  return lang === 'zh-CN' ? err.message : `${translate(lang, `errors.${err.code}`)} — ${err.message}`;
}

export function hasCode(err: unknown, code: ErrorCode): boolean {
  return err instanceof ApiError && err.code === code;
}
