import { useMemo } from 'react';
import { useBoardStore } from '../stores';
import { useLocaleStore } from '../stores/locale-store';
import { clockOf, dateLine, shortDateOf } from './time';

const FALLBACK_ZONE = 'Asia/Shanghai';

/**
 * Times as the office's wall clock shows them, whatever zone this screen's machine is set to
 * (a browser on a laptop set to another zone must not move the lunch window or arrival times).
 */
export function useOfficeTime() {
  const timeZone = useBoardStore((s) => s.board?.timeZone ?? FALLBACK_ZONE);
  const today = useBoardStore((s) => s.board?.now ?? 0);
  const lang = useLocaleStore((s) => s.lang);
  return useMemo(
    () => ({
      clock: (ms: number) => clockOf(ms, timeZone),
      date: (ms: number) => dateLine(ms, lang, timeZone),
      /** "12-05", or "2025-12-05" when not this year. */
      day: (ms: number) => shortDateOf(ms, today || Date.now(), timeZone),
    }),
    [timeZone, lang, today],
  );
}
