import type { Timings } from './stats';

/** Milliseconds with as many digits as mean something. */
export const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
export const pair = (t: Timings) => `p50 ${ms(t.percentile(0.5))} · p99 ${ms(t.percentile(0.99))} ms`;
export const verdict = (met: boolean): 'met' | 'missed' => (met ? 'met' : 'missed');
