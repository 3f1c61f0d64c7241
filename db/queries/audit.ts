import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import type { AuditEntry, AuditFields } from '../../electron/domain/audit-chain';

interface Raw {
  id: number;
  at: number;
  actor_id: number | null;
  actor_name: string;
  action: string;
  subject: string;
  details: string;
  prev_hash: string;
  hash: string;
}

const COLUMNS = 'id, at, actor_id, actor_name, action, subject, details, prev_hash, hash';

const entryOf = (r: Raw): AuditEntry => ({
  id: r.id,
  at: r.at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  action: r.action,
  subject: r.subject,
  details: r.details,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** The newest entry's id and hash; null for an empty log. */
export function lastAuditEntry(db: Database): { id: number; hash: string } | null {
  return (
    (prepared(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
      { id: number; hash: string } | undefined) ?? null
  );
}

export function insertAuditEntry(db: Database, entry: AuditFields & { prevHash: string; hash: string }): void {
  prepared(db, `INSERT INTO audit_log (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    entry.id,
    entry.at,
    entry.actorId,
    entry.actorName,
    entry.action,
    entry.subject,
    entry.details,
    entry.prevHash,
    entry.hash,
  );
}

/** Newest first, `limit` at a time; `beforeId` pages further back. */
export function listAuditEntries(db: Database, limit: number, beforeId: number | null): AuditEntry[] {
  const rows = prepared(db, `SELECT ${COLUMNS} FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?`).all(
    beforeId ?? Number.MAX_SAFE_INTEGER,
    limit,
  ) as Raw[];
  return rows.map(entryOf);
}

/** Every entry oldest first, one row at a time: a verification of years of entries holds one in memory. */
export function* iterateAuditEntries(db: Database): Generator<AuditEntry> {
  for (const r of db.prepare(`SELECT ${COLUMNS} FROM audit_log ORDER BY id`).iterate() as Iterable<Raw>) {
    yield entryOf(r);
  }
}
