/** Latencies of one kind of call, in milliseconds, as measured one call at a time. */
export class Timings {
  private readonly samples: number[] = [];

  /** Runs `call` once and records how long it took. */
  time<T>(call: () => T): T {
    const started = performance.now();
    const result = call();
    this.samples.push(performance.now() - started);
    return result;
  }

  /** Records a latency measured by the caller (an awaited call, which `time` cannot wait for). */
  record(ms: number): void {
    this.samples.push(ms);
  }

  get count(): number {
    return this.samples.length;
  }

  /** Nearest-rank percentile (q in 0..1): a value that was actually measured, never an interpolation. */
  percentile(q: number): number {
    if (this.samples.length === 0) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  }

  /** The samples of several measurements as one. */
  static merge(all: readonly Timings[]): Timings {
    const merged = new Timings();
    for (const t of all) merged.samples.push(...t.samples);
    return merged;
  }
}
