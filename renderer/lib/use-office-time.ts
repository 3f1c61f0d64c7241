import { useMemo } from 'react';
import { useBoardStore } from '../stores';
import { useLocaleStore } from '../stores/locale-store';
import { clockOf, dateLine } from './time';

const FALLBACK_ZONE = 'Asia/Shanghai';

/**
 * Times as the office's wall clock shows them, whatever zone this screen's machine is set to
 * (a browser on a laptop set to another zone must not move the lunch window or arrival times).
 */
export function useOfficeTime() {
  const timeZone = useBoardStore((s) => s.board?.timeZone ?? FALLBACK_ZONE);
  const lang = useLocaleStore((s) => s.lang);
  return useMemo(
    () => ({ clock: (ms: number) => clockOf(ms, timeZone), date: (ms: number) => dateLine(ms, lang, timeZone) }),
    [timeZone, lang],
  );
}
