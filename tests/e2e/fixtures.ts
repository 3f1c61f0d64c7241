import { test as base } from '@playwright/test';
import { startServe, type ServedApp } from './serve-process';

/** Each test gets its own backend and database: no test sees another's data. */
export const test = base.extend<{ app: ServedApp }>({
  app: async ({}, use) => {
    const app = await startServe();
    await use(app);
    await app.stop();
  },
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
});

export { expect } from '@playwright/test';
