import type { Database } from 'better-sqlite3';

export const name = 'day close (日结) with its frozen sheet, and the sheet amendments after it';

export function up(db: Database): void {
  db.exec(`
    -- 日结: the day's sheet as it was closed. A close is final: no update, no delete.
    CREATE TABLE day_closes (
      day          TEXT PRIMARY KEY,
      closed_at    INTEGER NOT NULL,
      closed_by    INTEGER NOT NULL REFERENCES consultants (id),
      snapshot     TEXT NOT NULL CHECK (json_valid(snapshot)),
      fingerprint  TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER day_closes_final_update BEFORE UPDATE ON day_closes
    BEGIN SELECT RAISE(ABORT, 'day_closes is final'); END;
    CREATE TRIGGER day_closes_final_delete BEFORE DELETE ON day_closes
    BEGIN SELECT RAISE(ABORT, 'day_closes is final'); END;

    -- 更正: a correction to a closed day's row, with who, when and why; append-only like day_events.
    CREATE TABLE sheet_amendments (
      id         INTEGER PRIMARY KEY,
      day        TEXT NOT NULL REFERENCES day_closes (day),
      visit_id   INTEGER NOT NULL REFERENCES visits (id),
      at         INTEGER NOT NULL,
      actor_id   INTEGER NOT NULL REFERENCES consultants (id),
      reason     TEXT NOT NULL,
      changes    TEXT NOT NULL CHECK (json_valid(changes))
    ) STRICT;
    CREATE INDEX sheet_amendments_day ON sheet_amendments (day, id);
    CREATE TRIGGER sheet_amendments_append_only_update BEFORE UPDATE ON sheet_amendments
    BEGIN SELECT RAISE(ABORT, 'sheet_amendments is append-only'); END;
    CREATE TRIGGER sheet_amendments_append_only_delete BEFORE DELETE ON sheet_amendments
    BEGIN SELECT RAISE(ABORT, 'sheet_amendments is append-only'); END;
  `);
}
