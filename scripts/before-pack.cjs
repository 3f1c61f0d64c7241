// electron-builder hook: build better-sqlite3 for the Electron and architecture being packed.
// electron-builder's own rebuild is off (npmRebuild: false): it compiles against Node's headers.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

const ARCH = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

exports.default = async function beforePack(context) {
  const arch = ARCH[context.arch] ?? process.arch;
  execFileSync(process.execPath, [join(__dirname, 'rebuild-native.mjs'), '--arch', arch], { stdio: 'inherit' });
};
