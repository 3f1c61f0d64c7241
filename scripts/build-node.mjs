// Bundles the Node side (main, preload, serve, cli) to CommonJS in dist/electron. The preload must
// be one file: a sandboxed preload can require nothing but a few Electron modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  outExtension: { '.js': '.cjs' },
  outdir: 'dist/electron',
  // playwright-core finds its own files (browsers.json, injected scripts) beside itself: load it from node_modules.
  external: ['electron', 'better-sqlite3', 'playwright-core'],
  logLevel: 'warning',
  // Prefer ESM entries: some packages' UMD builds hide their requires from the bundler.
  mainFields: ['module', 'main'],
};

await build({ ...common, entryPoints: ['electron/main.ts', 'electron/serve.ts', 'electron/cli.ts'] });
await build({ ...common, entryPoints: ['electron/preload.ts'], platform: 'browser', format: 'cjs' });
