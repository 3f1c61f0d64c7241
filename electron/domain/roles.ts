/**
 * Who may be at the other end of a call. The receptionist is whoever stands at the desk: nobody
 * signs in as one, so the kiosk falls back to that role when a signed-in screen goes idle.
 * Consultants act for themselves with their PIN; supervisors and admins sign in with theirs. An
 * admin can do all a supervisor can, and also restore backups, read the audit log and answer a
 * person's requests about their data.
 */
export const ROLES = ['receptionist', 'consultant', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** The roles a staff record can hold (the receptionist is not a person on file). */
export type StaffRole = Exclude<Role, 'receptionist'>;
export const STAFF_ROLES: readonly StaffRole[] = ['consultant', 'supervisor', 'admin'];

export interface StaffChange {
  /** Who makes the change. */
  actor: StaffRole;
  /** The record's role before (null: a new record) and after (null: the person leaves). */
  before: StaffRole | null;
  after: StaffRole | null;
  /** Active admins other than the record being changed. */
  otherAdmins: number;
}

/**
 * Why this change to a staff record is refused, or null. Only an admin makes, edits or removes an
 * admin, so a supervisor cannot raise themself to restore backups or read the audit log; and the
 * office always keeps one admin, or nobody could restore a backup again.
 */
export function staffChangeRefusal(c: StaffChange): string | null {
  const touchesAdmin = c.before === 'admin' || c.after === 'admin';
  if (touchesAdmin && c.actor !== 'admin') return '只有管理员可以设置或修改管理员';
  if (c.before === 'admin' && c.after !== 'admin' && c.otherAdmins === 0)
    return '案场至少要保留一位管理员:请先将另一位主管设为管理员';
  return null;
}
