import { join } from 'node:path';
import { build } from 'esbuild';

/** `serve` as the app builds it (scripts/build-node.mjs), bundled into `dir` for plain Node to run. */
export async function bundleServe(dir: string): Promise<string> {
  const outfile = join(dir, 'serve.cjs');
  await build({
    entryPoints: ['electron/serve.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: ['electron', 'better-sqlite3', 'playwright-core'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return outfile;
}
