// Builds better-sqlite3 for the installed Electron into build/native/<platform>-<arch>/ — beside,
// not over, the Node build in node_modules that the tests use (Electron's ABI differs from Node's).
// The main process loads it through better-sqlite3's `nativeBinding` option.
//
//   node scripts/rebuild-native.mjs [--arch x64|arm64|ia32] [--force]
import { rebuild } from '@electron/rebuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname.replace(/^\/([A-Za-z]:)/, '$1');
const args = process.argv.slice(2);
const archIndex = args.indexOf('--arch');
const arch = archIndex >= 0 ? args[archIndex + 1] : process.arch;
const force = args.includes('--force');

const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const electronVersion = version('electron');
const sqliteVersion = version('better-sqlite3');
const outDir = join(root, 'build', 'native', `${process.platform}-${arch}`);
const stampFile = join(outDir, 'stamp.json');
const stamp = JSON.stringify({ electronVersion, sqliteVersion, arch });

if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${arch}) is up to date`);
  process.exit(0);
}

// A private copy of the module, so rebuilding never touches node_modules.
const work = join(root, 'build', 'native-work');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'node_modules'), { recursive: true });
cpSync(join(root, 'node_modules', 'better-sqlite3'), join(work, 'node_modules', 'better-sqlite3'), {
  recursive: true,
  filter: (src) => !src.includes(`better-sqlite3${process.platform === 'win32' ? '\\' : '/'}build`),
});
writeFileSync(
  join(work, 'package.json'),
  JSON.stringify({ name: 'native-work', version: '0.0.0', dependencies: { 'better-sqlite3': sqliteVersion } }),
);

console.log(`building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch})…`);
try {
  await rebuild({ buildPath: work, electronVersion, arch, onlyModules: ['better-sqlite3'], force: true });
} catch (err) {
  console.error(
    `无法为 Electron 编译 better-sqlite3 / could not build better-sqlite3 for Electron:\n${err instanceof Error ? err.message : err}\n` +
      'This step needs internet access: it downloads better-sqlite3\'s prebuilt binary for Electron, or else\n' +
      "Electron's headers to compile it (which also needs a C++ toolchain).",
  );
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
cpSync(
  join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
  join(outDir, 'better_sqlite3.node'),
);
writeFileSync(stampFile, stamp);
rmSync(work, { recursive: true, force: true });
console.log(`→ ${join(outDir, 'better_sqlite3.node')}`);
