import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

import type { StaffRole } from '../../electron/domain/roles';

export type Role = StaffRole;

export interface ConsultantRow {
  id: number;
  name: string;
  phone: string | null;
  role: Role;
  photo: string | null;
  active: boolean;
  createdAt: number;
  departedAt: number | null;
  /** Who took over this consultant's clients on departure ('ownership.departed' = 'successor'). */
  successorId: number | null;
}

export interface PinState {
  pinHash: string;
  pinFailures: number;
  lockedUntil: number | null;
}

interface Raw {
  id: number;
  name: string;
  phone: string | null;
  role: 'consultant' | 'supervisor';
  admin: number;
  photo: string | null;
  active: number;
  created_at: number;
  departed_at: number | null;
  successor_id: number | null;
}

const COLUMNS = 'id, name, phone, role, admin, photo, active, created_at, departed_at, successor_id';

const toRow = (r: Raw): ConsultantRow => ({
  id: r.id,
  name: r.name,
  phone: r.phone,
  role: r.admin === 1 ? 'admin' : r.role,
  photo: r.photo,
  active: r.active === 1,
  createdAt: r.created_at,
  departedAt: r.departed_at,
  successorId: r.successor_id,
});

export function listConsultants(db: Database): ConsultantRow[] {
  return (prepared(db, `SELECT ${COLUMNS} FROM consultants ORDER BY active DESC, id`).all() as Raw[]).map(toRow);
}

/** Goes up with every change to what `listConsultants` returns, by any connection (migration 15). */
export function staffChanges(db: Database): number {
  return (prepared(db, 'SELECT count FROM staff_changes').get() as { count: number }).count;
}

export function getConsultant(db: Database, id: number): ConsultantRow | null {
  const r = prepared(db, `SELECT ${COLUMNS} FROM consultants WHERE id = ?`).get(id) as Raw | undefined;
  return r ? toRow(r) : null;
}

export function findActiveByName(db: Database, name: string): ConsultantRow | null {
  const r = prepared(db, `SELECT ${COLUMNS} FROM consultants WHERE name = ? AND active = 1`).get(name) as
    Raw | undefined;
  return r ? toRow(r) : null;
}

export function countConsultants(db: Database): number {
  return (prepared(db, 'SELECT count(*) AS n FROM consultants').get() as { n: number }).n;
}

/** An administrator is stored as a supervisor with the admin flag (migration 7). */
const storedRole = (role: Role) => ({ role: role === 'admin' ? 'supervisor' : role, admin: role === 'admin' ? 1 : 0 });

export interface NewConsultant {
  name: string;
  phone: string | null;
  role: Role;
  photo: string | null;
  pinHash: string;
  createdAt: number;
}

export function insertConsultant(db: Database, c: NewConsultant): number {
  const info = prepared(
    db,
    `INSERT INTO consultants (name, phone, role, admin, photo, pin_hash, created_at)
       VALUES (@name, @phone, @role, @admin, @photo, @pinHash, @createdAt)`,
  ).run({ ...c, ...storedRole(c.role) });
  return Number(info.lastInsertRowid);
}

export interface ConsultantChanges {
  name: string;
  phone: string | null;
  role: Role;
  photo: string | null;
}

export function updateConsultant(db: Database, id: number, c: ConsultantChanges): void {
  prepared(
    db,
    'UPDATE consultants SET name = @name, phone = @phone, role = @role, admin = @admin, photo = @photo WHERE id = @id',
  ).run({ ...c, ...storedRole(c.role), id });
}

export function setPinHash(db: Database, id: number, pinHash: string): void {
  prepared(db, 'UPDATE consultants SET pin_hash = ?, pin_failures = 0, locked_until = NULL WHERE id = ?').run(
    pinHash,
    id,
  );
}

/** Off the books from `at`; `successorId` is who took over the clients, null when they went back to the office. */
export function markDeparted(db: Database, id: number, at: number, successorId: number | null): void {
  prepared(db, 'UPDATE consultants SET active = 0, departed_at = ?, successor_id = ? WHERE id = ?').run(
    at,
    successorId,
    id,
  );
}

export function getPinState(db: Database, id: number): PinState | null {
  const r = prepared(db, 'SELECT pin_hash, pin_failures, locked_until FROM consultants WHERE id = ?').get(id) as
    { pin_hash: string; pin_failures: number; locked_until: number | null } | undefined;
  return r ? { pinHash: r.pin_hash, pinFailures: r.pin_failures, lockedUntil: r.locked_until } : null;
}

export function recordPinResult(db: Database, id: number, failures: number, lockedUntil: number | null): void {
  prepared(db, 'UPDATE consultants SET pin_failures = ?, locked_until = ? WHERE id = ?').run(failures, lockedUntil, id);
}
