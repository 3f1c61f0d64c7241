import { useEffect, useState } from 'react';
import { useBoardStore } from '../stores';

/**
 * The backend's clock, ticking. Waiting times and the header clock follow the server, not this
 * screen: a browser on another machine may be minutes off, and the rules run on the server's time.
 */
export function useServerNow(tickMs = 15_000): number {
  const skew = useBoardStore((s) => s.skew);
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocal(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return local + skew;
}
