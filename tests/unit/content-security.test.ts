import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/transport/content-security';

/** A CSP as directive → sources; a directive named twice is a mistake (browsers ignore the second). */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (directives.has(name)) throw new Error(`${name} named twice`);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const csp = parse(CONTENT_SECURITY_POLICY);
/** What a fetch directive allows: its own sources, or default-src's when it is not named. */
const effective = (name: string) => csp.get(name) ?? csp.get('default-src') ?? [];

describe('the content security policy', () => {
  it('allows nothing by default', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  it('runs only our own script files: no inline script, no eval', () => {
    expect(effective('script-src')).toEqual(["'self'"]);
    for (const name of ['script-src-elem', 'script-src-attr', 'worker-src'])
      expect(effective(name), name).not.toContain("'unsafe-inline'");
  });

  it('names no unsafe source, wildcard or whole scheme for scripts anywhere', () => {
    for (const [name, sources] of csp) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain("'wasm-unsafe-eval'");
      expect(sources, name).not.toContain("'unsafe-hashes'");
      expect(sources, name).not.toContain('*');
      for (const scheme of ['http:', 'https:', 'blob:', 'filesystem:', 'file:'])
        expect(sources, name).not.toContain(scheme);
    }
  });

  it('allows inline styles only (the printed documents carry their own), and data: only for images', () => {
    for (const [name, sources] of csp) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
      if (name !== 'img-src') expect(sources, name).not.toContain('data:');
    }
  });

  it('loads everything else from our own origin only', () => {
    for (const name of ['style-src', 'img-src', 'font-src', 'connect-src', 'frame-src'])
      expect(
        effective(name).filter((s) => s !== "'unsafe-inline'" && s !== 'data:'),
        name,
      ).toEqual(["'self'"]);
    for (const name of ['media-src', 'manifest-src', 'worker-src', 'child-src'])
      expect(effective(name), name).toEqual(["'none'"]);
  });

  it('allows no plugins, no <base>, no form posts and no framing by another page', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is repeated in the page’s own meta tag, except frame-ancestors (which a meta tag cannot carry)', () => {
    const html = readFileSync(join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = new Map(csp);
    expected.delete('frame-ancestors');
    expect(parse(meta ?? '')).toEqual(expected);
  });
});
