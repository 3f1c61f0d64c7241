import type { RenderProcessGoneDetails, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { reloadDelayMs, reloadOnRendererCrash } from '../../electron/renderer-recovery';

/** A window's web contents that records reloads, with a clock and timers the test moves by hand. */
function desk() {
  let now = 0;
  let reloads = 0;
  let destroyed = false;
  let onGone: ((event: unknown, details: RenderProcessGoneDetails) => void) | null = null;
  const pending: { at: number; run: () => void }[] = [];
  const contents = {
    on(_name: 'render-process-gone', listener: typeof onGone) {
      onGone = listener;
      return contents;
    },
    reload: () => void (reloads += 1),
    isDestroyed: () => destroyed,
  };
  const log: string[] = [];
  reloadOnRendererCrash(contents as unknown as WebContents, {
    now: () => now,
    later: (run, ms) => void pending.push({ at: now + ms, run }),
    log: (message) => log.push(message),
  });
  const advance = (ms: number) => {
    now += ms;
    for (const task of pending.filter((t) => t.at <= now)) {
      pending.splice(pending.indexOf(task), 1);
      task.run();
    }
  };
  return {
    gone: (reason: RenderProcessGoneDetails['reason']) => {
      onGone?.({}, { reason, exitCode: 1 });
      advance(0);
    },
    advance,
    close: () => (destroyed = true),
    reloads: () => reloads,
    log,
  };
}

describe('when the renderer dies', () => {
  it('loads the page again at once after a crash', () => {
    const d = desk();
    d.gone('crashed');
    expect(d.reloads()).toBe(1);
    expect(d.log[0]).toContain('crashed');
  });

  it('comes back after it is killed, runs out of memory or fails to start', () => {
    for (const reason of ['killed', 'oom', 'abnormal-exit', 'launch-failed'] as const) {
      const d = desk();
      d.gone(reason);
      expect(d.reloads(), reason).toBe(1);
    }
  });

  it('leaves a window that closed normally alone', () => {
    const d = desk();
    d.gone('clean-exit');
    expect(d.reloads()).toBe(0);
  });

  it('waits longer each time a page keeps dying, so it does not spin the PC', () => {
    const d = desk();
    d.gone('crashed');
    d.gone('crashed');
    expect(d.reloads()).toBe(1);
    d.advance(999);
    expect(d.reloads()).toBe(1);
    d.advance(1);
    expect(d.reloads()).toBe(2);
    d.gone('crashed');
    d.advance(1_999);
    expect(d.reloads()).toBe(2);
    d.advance(1);
    expect(d.reloads()).toBe(3);
  });

  it('reloads at once again after a quiet while', () => {
    const d = desk();
    d.gone('crashed');
    d.advance(60_000);
    d.gone('crashed');
    d.advance(1_000);
    expect(d.reloads()).toBe(2);
    d.advance(5 * 60_000 + 1);
    d.gone('crashed');
    expect(d.reloads()).toBe(3);
  });

  it('does not reload a window closed while it waited', () => {
    const d = desk();
    d.gone('crashed');
    d.gone('crashed');
    d.close();
    d.advance(1_000);
    expect(d.reloads()).toBe(1);
  });
});

describe('the wait before reloading', () => {
  it('is nothing the first time, then doubles from a second up to a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(reloadDelayMs)).toEqual([
      0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
  });
});
