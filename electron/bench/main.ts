import { benchCommand } from './bench-command';

// Bundled and started by scripts/bench.mjs (`npm run bench`).
process.exitCode = benchCommand(process.argv.slice(2));
