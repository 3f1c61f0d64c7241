/**
 * The audit log's hash chain. Each entry's hash covers its own fields and the previous entry's
 * hash, so changing, removing or reordering any entry breaks every hash after it and the first
 * broken one says where. Pure: the SHA-256 function is passed in (node:crypto lives in services).
 */

/** What chains the first entry: a fixed value, so an emptied log and a fresh one are told apart by the count. */
export const GENESIS_HASH = '0'.repeat(64);

/** Hex SHA-256 of UTF-8 text. */
export type Sha256 = (text: string) => string;

export interface AuditFields {
  id: number;
  at: number;
  actorId: number | null;
  actorName: string;
  action: string;
  subject: string;
  /** JSON text as stored; hashed as stored, so a re-serialisation can never change a hash. */
  details: string;
}

export interface AuditEntry extends AuditFields {
  prevHash: string;
  hash: string;
}

/** The fields in a fixed order as one JSON array: unambiguous, whatever the text inside holds. */
export function canonicalAuditText(fields: AuditFields, prevHash: string): string {
  const { id, at, actorId, actorName, action, subject, details } = fields;
  return JSON.stringify(['audit/1', id, at, actorId, actorName, action, subject, details, prevHash]);
}

export function auditHash(sha256: Sha256, fields: AuditFields, prevHash: string): string {
  return sha256(canonicalAuditText(fields, prevHash));
}

export type ChainVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; problem: 'prev_hash' | 'hash' | 'order'; message: string };

/**
 * Walks the entries in id order. An entry is broken when its prev_hash is not the hash of the entry
 * before it (one removed, reordered or inserted) or its own hash does not match its fields (one changed).
 */
export function verifyChain(sha256: Sha256, entries: Iterable<AuditEntry>): ChainVerdict {
  let prevHash = GENESIS_HASH;
  let prevId = 0;
  let count = 0;
  for (const entry of entries) {
    count++;
    const broken = (problem: 'prev_hash' | 'hash' | 'order', message: string): ChainVerdict => ({
      ok: false,
      entries: count,
      brokenAt: entry.id,
      problem,
      message,
    });
    if (entry.id <= prevId) return broken('order', `条目编号 ${entry.id} 不在 ${prevId} 之后 / id out of order`);
    if (entry.prevHash !== prevHash) {
      return broken(
        'prev_hash',
        count === 1
          ? '第一条不是从起始值接续的:前面的条目被删除了 / the first entry does not chain from the genesis value'
          : `与上一条(${prevId})的校验值接不上:中间有条目被删除、插入或调换 / prev_hash does not match entry ${prevId}`,
      );
    }
    if (auditHash(sha256, entry, entry.prevHash) !== entry.hash) {
      return broken('hash', '内容与校验值不符:这一条被改动过 / the fields do not match the hash (entry changed)');
    }
    prevHash = entry.hash;
    prevId = entry.id;
  }
  return { ok: true, entries: count };
}
