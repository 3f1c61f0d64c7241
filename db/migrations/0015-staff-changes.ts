import type { Database } from 'better-sqlite3';

export const name = 'a count of the changes to the staff list';

/**
 * Every registration reads the staff list several times (the rules need who is on the books and who took over
 * whose clients), and it changes a few times a month. `staff_changes.count` goes up with every change to what the
 * list shows, so a process that keeps the list in memory (services/staff-cache.ts) knows from this one number when
 * it is out of date — changed by this process or by any other writing the same file (the kiosk, serve, the CLI).
 * Triggers keep it: no writer can forget.
 *
 * Only the columns the list holds count: a PIN attempt (pin_failures, locked_until) or a new PIN (pin_hash) changes
 * nobody's place on the books, and PINs are entered all day. A column added to the list later must be added to the
 * update trigger's list too.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE staff_changes (
      only   INTEGER PRIMARY KEY CHECK (only = 1),
      count  INTEGER NOT NULL
    ) STRICT;
    INSERT INTO staff_changes (only, count) VALUES (1, 0);

    CREATE TRIGGER consultants_added AFTER INSERT ON consultants
    BEGIN
      UPDATE staff_changes SET count = count + 1;
    END;

    CREATE TRIGGER consultants_changed
    AFTER UPDATE OF id, name, phone, role, admin, photo, active, created_at, departed_at, successor_id ON consultants
    BEGIN
      UPDATE staff_changes SET count = count + 1;
    END;

    CREATE TRIGGER consultants_removed AFTER DELETE ON consultants
    BEGIN
      UPDATE staff_changes SET count = count + 1;
    END;
  `);
}
