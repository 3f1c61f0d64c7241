import type { RenderProcessGoneDetails, WebContents } from 'electron';

/** A crash within this long of the one before continues a run of trouble, and each reload in it waits longer. */
const CRASH_RUN_MS = 5 * 60_000;
const MAX_DELAY_MS = 60_000;

/**
 * How long to wait before reloading after the `crashesInRun`-th crash in a run: at once the first
 * time (the desk is back in a second), then 1 s, 2 s, 4 s … up to a minute, so a page that dies on
 * every load does not spin the PC while it keeps trying.
 */
export function reloadDelayMs(crashesInRun: number): number {
  return crashesInRun <= 1 ? 0 : Math.min(MAX_DELAY_MS, 1_000 * 2 ** (crashesInRun - 2));
}

export interface RecoveryOptions {
  now(): number;
  later(run: () => void, ms: number): void;
  log(message: string): void;
}

type Recoverable = Pick<WebContents, 'on' | 'reload' | 'isDestroyed'>;

/**
 * A crashed, killed or out-of-memory renderer must not leave the desk with a dead screen: the window
 * loads the page again (the board comes back from the database). A clean exit is the window closing.
 */
export function reloadOnRendererCrash(contents: Recoverable, options: RecoveryOptions): void {
  let lastCrash = -Infinity;
  let crashesInRun = 0;
  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    const now = options.now();
    crashesInRun = now - lastCrash > CRASH_RUN_MS ? 1 : crashesInRun + 1;
    lastCrash = now;
    const delay = reloadDelayMs(crashesInRun);
    options.log(`renderer gone (${details.reason}, exit ${details.exitCode}); reloading in ${delay} ms`);
    options.later(() => {
      if (!contents.isDestroyed()) contents.reload();
    }, delay);
  });
}
