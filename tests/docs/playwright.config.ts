import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * Regenerates the committed screenshots under docs/screenshots:
 * `npm run build && npx playwright test -c tests/docs/playwright.config.ts`.
 * Kept apart from the test run so that testing never rewrites committed files.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: ['**/*.spec.ts'],
  outputDir: '../../test-results/docs',
  use: {
    ...base.use,
    viewport: { width: 1600, height: 900 },
    // The office clock jumps between steps (libfaketime): a kept-alive socket would look idle for
    // half an hour to the server and be dropped mid-request, so each seed call opens its own.
    extraHTTPHeaders: { connection: 'close' },
  },
});
