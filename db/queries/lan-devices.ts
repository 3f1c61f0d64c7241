import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

export interface DeviceRow {
  id: number;
  name: string;
  pairedAt: number;
  pairedById: number | null;
  pairedByName: string | null;
  lastSeenAt: number | null;
  revokedAt: number | null;
}

interface Raw {
  id: number;
  name: string;
  paired_at: number;
  paired_by: number | null;
  paired_by_name: string | null;
  last_seen_at: number | null;
  revoked_at: number | null;
}

const rowOf = (r: Raw): DeviceRow => ({
  id: r.id,
  name: r.name,
  pairedAt: r.paired_at,
  pairedById: r.paired_by,
  pairedByName: r.paired_by_name,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
});

export function insertDevice(
  db: Database,
  device: { name: string; tokenHash: string; pairedAt: number; pairedBy: number | null },
): number {
  return Number(
    prepared(db, 'INSERT INTO device_tokens (name, token_hash, paired_at, paired_by) VALUES (?, ?, ?, ?)').run(
      device.name,
      device.tokenHash,
      device.pairedAt,
      device.pairedBy,
    ).lastInsertRowid,
  );
}

/** The live device holding a token, by the token's hash (the UNIQUE index): a revoked one is not found. */
export function findLiveDevice(db: Database, tokenHash: string): { id: number; lastSeenAt: number | null } | null {
  const row = prepared(
    db,
    'SELECT id, last_seen_at FROM device_tokens WHERE token_hash = ? AND revoked_at IS NULL',
  ).get(tokenHash) as { id: number; last_seen_at: number | null } | undefined;
  return row ? { id: row.id, lastSeenAt: row.last_seen_at } : null;
}

export function markDeviceSeen(db: Database, id: number, at: number): void {
  prepared(db, 'UPDATE device_tokens SET last_seen_at = ? WHERE id = ?').run(at, id);
}

/** Revokes a live device; false when there is none with that id (unknown, or revoked already). */
export function revokeDevice(db: Database, id: number, at: number): boolean {
  return (
    prepared(db, 'UPDATE device_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes ===
    1
  );
}

/** Live devices first (newest pairing first), then the revoked ones. */
export function listDevices(db: Database): DeviceRow[] {
  const rows = prepared(
    db,
    `SELECT d.id, d.name, d.paired_at, d.paired_by, c.name AS paired_by_name, d.last_seen_at, d.revoked_at
         FROM device_tokens d LEFT JOIN consultants c ON c.id = d.paired_by
        ORDER BY d.revoked_at IS NOT NULL, d.paired_at DESC, d.id DESC`,
  ).all() as Raw[];
  return rows.map(rowOf);
}

/** Revokes every live device at once (after a restore); how many there were. */
export function revokeAllDevices(db: Database, at: number): number {
  return prepared(db, 'UPDATE device_tokens SET revoked_at = ? WHERE revoked_at IS NULL').run(at).changes;
}
