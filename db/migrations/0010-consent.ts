import type { Database } from 'better-sqlite3';

export const name = 'consent: the visitor’s answer to the PIPL notice, and the words they were told, with each visit';

/**
 * 个人信息告知同意 (PIPL art. 14, 17): at registration the desk reads the visitor a notice and records the
 * answer with the visit — 'given' (已告知并同意) or 'declined' (不同意) — with when, and the exact words
 * (consent_texts, by their SHA-256: the notice names the office and the retention years, so it changes
 * when they do). NULL is "not recorded": visits registered before this version, and imported ledgers.
 *
 * A declined visit is an anonymous reception (party size, needs): the triggers keep a name and a phone
 * off it, whatever path writes to it, so it can never be completed with personal data.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE consent_texts (
      hash           TEXT PRIMARY KEY,
      text           TEXT NOT NULL,
      first_used_at  INTEGER NOT NULL
    ) STRICT;

    ALTER TABLE visits ADD COLUMN consent TEXT CHECK (consent IN ('given', 'declined'));
    ALTER TABLE visits ADD COLUMN consent_text TEXT REFERENCES consent_texts (hash);
    ALTER TABLE visits ADD COLUMN consent_at INTEGER;

    CREATE TRIGGER visits_declined_insert BEFORE INSERT ON visits
    WHEN NEW.consent = 'declined' AND (NEW.name IS NOT NULL OR NEW.phone IS NOT NULL OR NEW.client_id IS NOT NULL)
    BEGIN SELECT RAISE(ABORT, 'a visit whose visitor declined consent holds no name, phone or client'); END;
    CREATE TRIGGER visits_declined_update BEFORE UPDATE ON visits
    WHEN NEW.consent = 'declined' AND (NEW.name IS NOT NULL OR NEW.phone IS NOT NULL OR NEW.client_id IS NOT NULL)
    BEGIN SELECT RAISE(ABORT, 'a visit whose visitor declined consent holds no name, phone or client'); END;
  `);
}
