import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  auditHash,
  GENESIS_HASH,
  verifyChain,
  type AuditEntry,
  type AuditFields,
} from '../../electron/domain/audit-chain';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function chain(count: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let id = 1; id <= count; id++) {
    const fields: AuditFields = {
      id,
      at: 1_700_000_000_000 + id * 60_000,
      actorId: 1,
      actorName: '陈总',
      action: 'queue.skip',
      subject: `consultant:${id + 1}`,
      details: '{}',
    };
    const hash = auditHash(sha256, fields, prevHash);
    entries.push({ ...fields, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

describe('audit chain', () => {
  it('accepts an empty log and a chain as it was appended', () => {
    expect(verifyChain(sha256, [])).toEqual({ ok: true, entries: 0 });
    expect(verifyChain(sha256, chain(5))).toEqual({ ok: true, entries: 5 });
  });

  it('chains each entry to the one before, the first to the genesis value', () => {
    const [first, second] = chain(2);
    expect(first?.prevHash).toBe(GENESIS_HASH);
    expect(second?.prevHash).toBe(first?.hash);
  });

  it('finds a changed field at the entry that was changed', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, subject: 'consultant:99' };
    expect(verifyChain(sha256, entries)).toMatchObject({ ok: false, brokenAt: 3, problem: 'hash' });
  });

  it('finds a changed details text even when it means the same JSON', () => {
    const entries = chain(3);
    entries[1] = { ...entries[1]!, details: '{ }' };
    expect(verifyChain(sha256, entries)).toMatchObject({ ok: false, brokenAt: 2, problem: 'hash' });
  });

  it('finds a removed entry at the one after the gap', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(sha256, entries)).toMatchObject({ ok: false, brokenAt: 3, problem: 'prev_hash' });
  });

  it('finds a removed first entry at the new first one', () => {
    expect(verifyChain(sha256, chain(3).slice(1))).toMatchObject({ ok: false, brokenAt: 2, problem: 'prev_hash' });
  });

  it('finds two entries swapped (ids and all) at the first of them', () => {
    const entries = chain(5);
    const a = entries[1]!;
    const b = entries[2]!;
    entries[1] = { ...b, id: a.id };
    entries[2] = { ...a, id: b.id };
    expect(verifyChain(sha256, entries)).toMatchObject({ ok: false, brokenAt: 2, problem: 'prev_hash' });
  });

  it('finds entries moved out of order at the first one out of place', () => {
    const entries = chain(4);
    [entries[1], entries[2]] = [entries[2]!, entries[1]!];
    expect(verifyChain(sha256, entries)).toMatchObject({ ok: false, brokenAt: 3, problem: 'prev_hash' });
  });

  it('finds a rewritten entry whose hash was recomputed at the entry after it', () => {
    const entries = chain(4);
    const changed = { ...entries[1]!, actorName: '别人' };
    entries[1] = { ...changed, hash: auditHash(sha256, changed, changed.prevHash) };
    expect(verifyChain(sha256, entries)).toMatchObject({ ok: false, brokenAt: 3, problem: 'prev_hash' });
  });
});
