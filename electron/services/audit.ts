import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { insertAuditEntry, iterateAuditEntries, lastAuditEntry, listAuditEntries } from '../../db/queries/audit';
import { auditHash, GENESIS_HASH, verifyChain, type AuditEntry, type ChainVerdict } from '../domain/audit-chain';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Who did it: a supervisor, or the system itself (automatic backups, the command line). */
export interface AuditActor {
  id: number | null;
  name: string;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, name: '系统' };

/** One audited act: what was done (a stable code), to what, and ids/settings that say how — never a visitor's name or phone. */
export interface AuditRecord {
  action: string;
  subject: string;
  details?: Record<string, unknown>;
}

/**
 * Appends one entry chained to the newest. Call it inside the transaction of the act it records, so
 * the act and its entry are written together or not at all; on its own it is its own transaction
 * (a savepoint when one is open), so the read of the last hash and the insert are never split.
 */
export function appendAudit(db: Database, at: number, actor: AuditActor, record: AuditRecord): AuditEntry {
  return db.transaction(() => {
    const last = lastAuditEntry(db);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const fields = {
      id: (last?.id ?? 0) + 1,
      at,
      actorId: actor.id,
      actorName: actor.name,
      action: record.action,
      subject: record.subject,
      details: JSON.stringify(record.details ?? {}),
    };
    const entry = { ...fields, prevHash, hash: auditHash(sha256, fields, prevHash) };
    insertAuditEntry(db, entry);
    return entry;
  })();
}

export function readAudit(db: Database, limit: number, beforeId: number | null = null): AuditEntry[] {
  return listAuditEntries(db, limit, beforeId);
}

export function verifyAudit(db: Database): ChainVerdict {
  return verifyChain(sha256, iterateAuditEntries(db));
}
