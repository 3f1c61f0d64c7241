import type { Database } from 'better-sqlite3';

export const name = 'the reasons of each day-log decision kept beside its event';

/**
 * An `assigned` event carries a sentence, in Chinese and English, for every consultant the rotation passed over: on a
 * busy 60-consultant day that was two thirds of the log, and the queue is a fold that never reads a word of it. Read
 * and parsed whole, a 500-arrival day took 17 ms to recompute, and every event's row spilled over its page.
 *
 * From this version an event's explanation — its `reasons` and `lead` — is written to this table under the event's
 * id, and the log row keeps what the fold reads. The two are one record: written in one statement pair inside the
 * event's transaction, read back joined (db/queries/day-events.ts), redacted together by an erasure (the same gate as
 * the log). Events logged before this version keep their explanation inline; they are left as written, because a
 * closed day is evidence and rewriting three gigabytes of history at an upgrade would stop the office for minutes.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE day_event_reasons (
      event_id  INTEGER PRIMARY KEY REFERENCES day_events (id),
      data      TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;

    CREATE TRIGGER day_event_reasons_append_only_delete BEFORE DELETE ON day_event_reasons
    BEGIN SELECT RAISE(ABORT, 'day_event_reasons is append-only'); END;
    CREATE TRIGGER day_event_reasons_append_only_update BEFORE UPDATE ON day_event_reasons
    WHEN (SELECT open FROM redaction_gate) = 0
    BEGIN SELECT RAISE(ABORT, 'day_event_reasons is append-only'); END;
    CREATE TRIGGER day_event_reasons_rewritten AFTER UPDATE ON day_event_reasons
    BEGIN
      UPDATE day_log_rewrites SET count = count + 1;
    END;
  `);
}
