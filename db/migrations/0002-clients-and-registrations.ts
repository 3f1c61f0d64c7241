import type { Database } from 'better-sqlite3';

export const name = 'clients, match keys, follow-ups, owner alerts; registration fields on visits';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE clients (
      id                 INTEGER PRIMARY KEY,
      ref                TEXT NOT NULL UNIQUE,
      name               TEXT NOT NULL,
      gender             TEXT CHECK (gender IN ('male', 'female')),
      owner_id           INTEGER REFERENCES consultants (id),
      referred_by        INTEGER REFERENCES clients (id),
      first_visit_at     INTEGER,
      last_visit_at      INTEGER,
      last_follow_up_at  INTEGER,
      created_at         INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX clients_owner ON clients (owner_id);

    CREATE TABLE client_phones (
      client_id  INTEGER NOT NULL REFERENCES clients (id),
      phone      TEXT NOT NULL,
      PRIMARY KEY (client_id, phone)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX client_phones_phone ON client_phones (phone);

    -- The matching index: phonetic name keys, phone, last four digits, one-digit-off masks.
    -- Kinds and keys are computed by electron/domain/match; SQLite only looks them up.
    CREATE TABLE client_keys (
      kind       TEXT NOT NULL,
      key        TEXT NOT NULL,
      client_id  INTEGER NOT NULL REFERENCES clients (id),
      PRIMARY KEY (kind, key, client_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX client_keys_client ON client_keys (client_id);

    CREATE TABLE follow_ups (
      id             INTEGER PRIMARY KEY,
      client_id      INTEGER NOT NULL REFERENCES clients (id),
      consultant_id  INTEGER NOT NULL REFERENCES consultants (id),
      at             INTEGER NOT NULL,
      channel        TEXT NOT NULL CHECK (channel IN ('phone', 'wechat', 'sms', 'visit')),
      content        TEXT NOT NULL,
      reaction       TEXT,
      created_at     INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX follow_ups_client ON follow_ups (client_id, at);

    -- Who owned whom, when, and why: first contact, lapse, claim, successor, supervisor override.
    CREATE TABLE ownership_changes (
      id         INTEGER PRIMARY KEY,
      client_id  INTEGER NOT NULL REFERENCES clients (id),
      from_id    INTEGER REFERENCES consultants (id),
      to_id      INTEGER REFERENCES consultants (id),
      at         INTEGER NOT NULL,
      actor_id   INTEGER REFERENCES consultants (id),
      kind       TEXT NOT NULL CHECK (kind IN ('firstContact', 'lapsed', 'claim', 'successor', 'override', 'import')),
      reasons    TEXT NOT NULL CHECK (json_valid(reasons))
    ) STRICT;
    CREATE INDEX ownership_changes_client ON ownership_changes (client_id, at);

    CREATE TABLE owner_alerts (
      id               INTEGER PRIMARY KEY,
      visit_id         INTEGER NOT NULL REFERENCES visits (id),
      consultant_id    INTEGER NOT NULL REFERENCES consultants (id),
      -- returning: your client is here; lapsed: your client is here but is no longer yours.
      kind             TEXT NOT NULL CHECK (kind IN ('returning', 'lapsed')),
      created_at       INTEGER NOT NULL,
      acknowledged_at  INTEGER
    ) STRICT;
    CREATE INDEX owner_alerts_open ON owner_alerts (consultant_id, acknowledged_at);

    -- The registration (来访登记): valid only with the three basics; an incomplete one gives no claim.
    ALTER TABLE visits ADD COLUMN client_id INTEGER REFERENCES clients (id);
    ALTER TABLE visits ADD COLUMN gender TEXT CHECK (gender IN ('male', 'female'));
    ALTER TABLE visits ADD COLUMN needs TEXT CHECK (needs IS NULL OR json_valid(needs));
    ALTER TABLE visits ADD COLUMN channel TEXT;
    ALTER TABLE visits ADD COLUMN intent TEXT CHECK (intent IN ('A', 'B', 'C'));
    ALTER TABLE visits ADD COLUMN party TEXT CHECK (party IS NULL OR json_valid(party));
    ALTER TABLE visits ADD COLUMN answers TEXT CHECK (answers IS NULL OR json_valid(answers));
    ALTER TABLE visits ADD COLUMN notes TEXT;
    ALTER TABLE visits ADD COLUMN complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1));
    CREATE INDEX visits_client ON visits (client_id, arrived_at);
    CREATE INDEX visits_incomplete ON visits (complete, day) WHERE complete = 0;

    ALTER TABLE consultants ADD COLUMN successor_id INTEGER REFERENCES consultants (id);
  `);
}
