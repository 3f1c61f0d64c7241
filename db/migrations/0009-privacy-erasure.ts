import type { Database } from 'better-sqlite3';

export const name = 'erasure of a person (PIPL): erasure numbers, redacted days, the redaction gate on frozen tables';

/**
 * A person's data is erased in one transaction (electron/services/erase-person.ts): live rows are
 * deleted or emptied, and the frozen records — the day log, closed sheets, corrections — have their
 * personal words replaced in place, ids and decisions untouched. Those tables refuse UPDATE unless
 * the one-row redaction gate is open; the erasure opens it inside its transaction and closes it
 * before commit, so no committed state ever has it open. DELETE stays refused: nothing frozen is
 * removed, only redacted. The audit log's triggers are not touched: it never holds personal data.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE redaction_gate (
      id    INTEGER PRIMARY KEY CHECK (id = 1),
      open  INTEGER NOT NULL CHECK (open IN (0, 1))
    ) STRICT;
    INSERT INTO redaction_gate (id, open) VALUES (1, 0);

    -- 删除记录 #N: one erasure, at a person's request or by the retention purge. Its counts are in the audit log.
    CREATE TABLE erasures (
      id    INTEGER PRIMARY KEY,
      at    INTEGER NOT NULL,
      kind  TEXT NOT NULL CHECK (kind IN ('request', 'retention'))
    ) STRICT;

    -- A closed day whose frozen sheet an erasure redacted, with the 校验码 the sheet had just before: the
    -- filed paper carries that code, the reprint says why its own differs.
    CREATE TABLE erasure_redactions (
      day                 TEXT NOT NULL REFERENCES day_closes (day),
      erasure_id          INTEGER NOT NULL REFERENCES erasures (id),
      fingerprint_before  TEXT NOT NULL,
      PRIMARY KEY (day, erasure_id)
    ) STRICT, WITHOUT ROWID;

    -- Rows kept for the office's counts and commission records once their personal fields are gone.
    ALTER TABLE visits ADD COLUMN erased_by INTEGER REFERENCES erasures (id);
    ALTER TABLE clients ADD COLUMN erased_by INTEGER REFERENCES erasures (id);

    DROP TRIGGER day_events_append_only_update;
    CREATE TRIGGER day_events_append_only_update BEFORE UPDATE ON day_events
    WHEN (SELECT open FROM redaction_gate) = 0
    BEGIN SELECT RAISE(ABORT, 'day_events is append-only'); END;

    DROP TRIGGER day_closes_final_update;
    CREATE TRIGGER day_closes_final_update BEFORE UPDATE ON day_closes
    WHEN (SELECT open FROM redaction_gate) = 0
    BEGIN SELECT RAISE(ABORT, 'day_closes is final'); END;

    DROP TRIGGER sheet_amendments_append_only_update;
    CREATE TRIGGER sheet_amendments_append_only_update BEFORE UPDATE ON sheet_amendments
    WHEN (SELECT open FROM redaction_gate) = 0
    BEGIN SELECT RAISE(ABORT, 'sheet_amendments is append-only'); END;
  `);
}
