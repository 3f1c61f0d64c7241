// `npm run bench`: bundles electron/bench/ the way scripts/build-node.mjs bundles the CLI, then runs it with
// --expose-gc so the baseline's memory is measured after a garbage collection. Options go to the bench.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

// serve is bundled beside it: the bench starts the real serve for its start and memory figures.
const outfile = 'dist/bench/bench.cjs';
await build({
  entryPoints: { bench: 'electron/bench/main.ts', serve: 'electron/serve.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  outdir: 'dist/bench',
  outExtension: { '.js': '.cjs' },
  external: ['electron', 'better-sqlite3', 'playwright-core'],
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
