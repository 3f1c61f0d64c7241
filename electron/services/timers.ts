/** A repeating timer, injected so a test can run the schedule's ticks itself. */
export interface Timers {
  /** Calls `tick` every `ms`; the returned function stops it. */
  every(ms: number, tick: () => void): () => void;
}

export const systemTimers: Timers = {
  every(ms, tick) {
    const handle = setInterval(tick, ms);
    // Upkeep must never be what keeps the process alive after the window or server closed.
    handle.unref();
    return () => clearInterval(handle);
  },
};
