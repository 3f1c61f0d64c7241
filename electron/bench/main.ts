import { benchCommand } from './bench-command';

// Bundled and started by scripts/bench.mjs (`npm run bench`).
void benchCommand(process.argv.slice(2)).then((code) => (process.exitCode = code));
