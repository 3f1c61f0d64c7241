import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeClockEnv, startServe, type ServedApp } from './serve-process';

/** The office's wall clock as the server reads it: `at('09:40')` today, or `at('10:20', '2026-11-05')`. */
export interface OfficeClock {
  file: string;
  at(hhmm: string, day?: string): void;
}

/**
 * A test whose server runs on a clock the test moves (libfaketime): days pass between visits, a
 * recognition window runs out. `day` is "today" for `at` without a day.
 */
export function withOfficeClock(day: string, start: { day: string; hhmm: string } = { day, hhmm: '08:30' }) {
  return base.extend<{ clock: OfficeClock; app: ServedApp }>({
    clock: async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'front-desk-clock-'));
      const file = join(dir, 'now');
      const at = (hhmm: string, on = day) => writeFileSync(file, `@${on} ${hhmm}:00`);
      at(start.hhmm, start.day);
      await use({ file, at });
      rmSync(dir, { recursive: true, force: true });
    },
    app: async ({ clock }, use) => {
      const app = await startServe(fakeClockEnv(clock.file));
      await use(app);
      await app.stop();
    },
    baseURL: async ({ app }, use) => {
      await use(app.url);
    },
  });
}
