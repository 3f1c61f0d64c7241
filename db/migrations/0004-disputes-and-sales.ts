import type { Database } from 'better-sqlite3';

export const name = 'clash rulings, merged duplicate records, sales and their credit splits';

export function up(db: Database): void {
  db.exec(`
    -- 撞单裁定: the supervisor's ruling on a clash — who decided, when, why, what it did — with the clash as it
    -- was shown (sides, evidence, reasons, the rules' suggestion), so the printed ruling reads the same later.
    CREATE TABLE rulings (
      id          INTEGER PRIMARY KEY,
      clash_key   TEXT NOT NULL UNIQUE,
      kind        TEXT NOT NULL CHECK (kind IN ('samePerson', 'household', 'standIn')),
      client_id   INTEGER NOT NULL REFERENCES clients (id),
      owner_id    INTEGER NOT NULL REFERENCES consultants (id),
      other_id    INTEGER NOT NULL REFERENCES consultants (id),
      action      TEXT NOT NULL CHECK (action IN ('merge', 'setOwner', 'uphold')),
      note        TEXT NOT NULL CHECK (length(trim(note)) > 0),
      decided_by  INTEGER NOT NULL REFERENCES consultants (id),
      decided_at  INTEGER NOT NULL,
      clash       TEXT NOT NULL CHECK (json_valid(clash)),
      reasons     TEXT NOT NULL CHECK (json_valid(reasons))
    ) STRICT;
    CREATE INDEX rulings_client ON rulings (client_id);

    -- A duplicate record merged into the winner's by a ruling. The merged row is gone (its visits, phones and
    -- follow-ups now point at the winner); its id, reference and contents are kept here.
    CREATE TABLE client_merges (
      id          INTEGER PRIMARY KEY,
      ruling_id   INTEGER NOT NULL REFERENCES rulings (id),
      winner_id   INTEGER NOT NULL REFERENCES clients (id),
      loser_id    INTEGER NOT NULL,
      loser_ref   TEXT NOT NULL,
      loser       TEXT NOT NULL CHECK (json_valid(loser)),
      moved       TEXT NOT NULL CHECK (json_valid(moved))
    ) STRICT;
    CREATE INDEX client_merges_winner ON client_merges (winner_id);

    -- 成交: a sale of a client, and its credit split (分单) by the split policy in force, or by the supervisor.
    CREATE TABLE sales (
      id           INTEGER PRIMARY KEY,
      client_id    INTEGER NOT NULL REFERENCES clients (id),
      sold_on      TEXT NOT NULL CHECK (sold_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      unit         TEXT,
      amount_fen   INTEGER CHECK (amount_fen IS NULL OR amount_fen > 0),
      closer_id    INTEGER NOT NULL REFERENCES consultants (id),
      owner_id     INTEGER REFERENCES consultants (id),
      split_policy TEXT NOT NULL CHECK (json_valid(split_policy)),
      overridden   INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)),
      note         TEXT,
      recorded_by  INTEGER NOT NULL REFERENCES consultants (id),
      recorded_at  INTEGER NOT NULL,
      reasons      TEXT NOT NULL CHECK (json_valid(reasons)),
      CHECK (overridden = 0 OR coalesce(length(trim(note)), 0) > 0)
    ) STRICT;
    CREATE INDEX sales_client ON sales (client_id);

    -- Shares in basis points (10000 = 100%); a sale's shares sum to exactly 10000.
    CREATE TABLE sale_splits (
      sale_id        INTEGER NOT NULL REFERENCES sales (id),
      consultant_id  INTEGER NOT NULL REFERENCES consultants (id),
      role           TEXT NOT NULL CHECK (role IN ('closer', 'owner')),
      share_bp       INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),
      fraction_num   INTEGER NOT NULL,
      fraction_den   INTEGER NOT NULL CHECK (fraction_den > 0),
      amount_fen     INTEGER,
      PRIMARY KEY (sale_id, consultant_id)
    ) STRICT, WITHOUT ROWID;
  `);
}
