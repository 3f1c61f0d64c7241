import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

export type OwnerAlertKind = 'returning' | 'lapsed';

export interface OwnerAlertRow {
  id: number;
  visitId: number;
  consultantId: number;
  kind: OwnerAlertKind;
  createdAt: number;
  acknowledgedAt: number | null;
}

const COLUMNS =
  'id, visit_id AS visitId, consultant_id AS consultantId, kind, created_at AS createdAt, acknowledged_at AS acknowledgedAt';

export function insertOwnerAlert(
  db: Database,
  visitId: number,
  consultantId: number,
  kind: OwnerAlertKind,
  at: number,
): number {
  const info = prepared(
    db,
    'INSERT INTO owner_alerts (visit_id, consultant_id, kind, created_at) VALUES (?, ?, ?, ?)',
  ).run(visitId, consultantId, kind, at);
  return Number(info.lastInsertRowid);
}

/** Alerts not yet acknowledged, oldest first. */
export function listOpenAlerts(db: Database): OwnerAlertRow[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM owner_alerts WHERE acknowledged_at IS NULL ORDER BY created_at, id`,
  ).all() as OwnerAlertRow[];
}

export function getOwnerAlert(db: Database, id: number): OwnerAlertRow | null {
  return (
    (prepared(db, `SELECT ${COLUMNS} FROM owner_alerts WHERE id = ?`).get(id) as OwnerAlertRow | undefined) ?? null
  );
}

export function acknowledgeAlert(db: Database, id: number, at: number): void {
  prepared(db, 'UPDATE owner_alerts SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL').run(at, id);
}
