import type { Configuration } from 'electron-builder';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** Every fuse electron-builder can flip: a new one in an upgrade makes this file fail to compile until decided. */
type Fuse = Exclude<keyof NonNullable<Configuration['electronFuses']>, 'resetAdHocDarwinSignature'>;

const config = parse(readFileSync(join(__dirname, '..', '..', 'electron-builder.yml'), 'utf8')) as {
  asar?: unknown;
  electronFuses?: Record<string, unknown>;
};

describe('the packaged binary’s fuses (electron-builder.yml)', () => {
  const fuses = config.electronFuses ?? {};

  it('cannot be turned into a Node shell or debugged from outside', () => {
    expect(fuses.runAsNode).toBe(false);
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('loads only our own app.asar, checked against its hash', () => {
    expect(config.asar).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
  });

  it('gives file:// no extra privileges, encrypts cookies, and uses the ordinary V8 snapshot', () => {
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
    expect(fuses.enableCookieEncryption).toBe(true);
    expect(fuses.loadBrowserProcessSpecificV8Snapshot).toBe(false);
  });

  it('sets every fuse there is, and nothing else', () => {
    const decided = {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    } satisfies Record<Fuse, boolean>;
    expect(fuses).toEqual(decided);
  });
});
