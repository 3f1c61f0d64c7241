-- user_version 16
CREATE TABLE audit_log (
      id         INTEGER PRIMARY KEY,
      at         INTEGER NOT NULL,
      actor_id   INTEGER,
      actor_name TEXT NOT NULL,
      action     TEXT NOT NULL,
      subject    TEXT NOT NULL,
      details    TEXT NOT NULL CHECK (json_valid(details)),
      prev_hash  TEXT NOT NULL,
      hash       TEXT NOT NULL UNIQUE
    ) STRICT;

CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE client_keys (
      kind       TEXT NOT NULL,
      key        TEXT NOT NULL,
      client_id  INTEGER NOT NULL REFERENCES clients (id), seen_at INTEGER,
      PRIMARY KEY (kind, key, client_id)
    ) STRICT, WITHOUT ROWID;

CREATE INDEX client_keys_client ON client_keys (client_id);

CREATE INDEX client_keys_name_seen ON client_keys (kind, key, seen_at DESC) WHERE kind IN ('name', 'fuzzy');

CREATE TRIGGER client_keys_seen_at_insert AFTER INSERT ON client_keys
    WHEN NEW.kind IN ('name', 'fuzzy')
    BEGIN
      UPDATE client_keys
      SET seen_at = (
        SELECT max(coalesce(c.last_visit_at, 0), coalesce(c.last_follow_up_at, 0)) FROM clients AS c
        WHERE c.id = NEW.client_id)
      WHERE kind = NEW.kind AND key = NEW.key AND client_id = NEW.client_id;
    END;

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

CREATE TABLE client_phones (
      client_id  INTEGER NOT NULL REFERENCES clients (id),
      phone      TEXT NOT NULL,
      PRIMARY KEY (client_id, phone)
    ) STRICT, WITHOUT ROWID;

CREATE INDEX client_phones_phone ON client_phones (phone);

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
    , handed_over_at INTEGER, erased_by INTEGER REFERENCES erasures (id)) STRICT;

CREATE INDEX clients_owner ON clients (owner_id);

CREATE INDEX clients_ref_number ON clients (CAST(substr(ref, 2) AS INTEGER)) WHERE ref GLOB 'C[0-9]*';

CREATE TRIGGER clients_seen_at_update AFTER UPDATE OF last_visit_at, last_follow_up_at ON clients
    WHEN max(coalesce(NEW.last_visit_at, 0), coalesce(NEW.last_follow_up_at, 0))
      IS NOT max(coalesce(OLD.last_visit_at, 0), coalesce(OLD.last_follow_up_at, 0))
    BEGIN
      UPDATE client_keys
      SET seen_at = max(coalesce(NEW.last_visit_at, 0), coalesce(NEW.last_follow_up_at, 0))
      WHERE client_id = NEW.id AND kind IN ('name', 'fuzzy');
    END;

CREATE TABLE consent_texts (
      hash           TEXT PRIMARY KEY,
      text           TEXT NOT NULL,
      first_used_at  INTEGER NOT NULL
    ) STRICT;

CREATE TABLE consultants (
      id            INTEGER PRIMARY KEY,
      name          TEXT NOT NULL,
      phone         TEXT,
      role          TEXT NOT NULL CHECK (role IN ('consultant', 'supervisor')),
      photo         TEXT,
      pin_hash      TEXT NOT NULL,
      active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at    INTEGER NOT NULL,
      departed_at   INTEGER,
      pin_failures  INTEGER NOT NULL DEFAULT 0,
      locked_until  INTEGER
    , successor_id INTEGER REFERENCES consultants (id), admin INTEGER NOT NULL DEFAULT 0
      CHECK (admin = 0 OR (admin = 1 AND role = 'supervisor'))) STRICT;

CREATE UNIQUE INDEX consultants_active_name ON consultants (name) WHERE active = 1;

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

CREATE TABLE day_closes (
      day          TEXT PRIMARY KEY,
      closed_at    INTEGER NOT NULL,
      closed_by    INTEGER NOT NULL REFERENCES consultants (id),
      snapshot     TEXT NOT NULL CHECK (json_valid(snapshot)),
      fingerprint  TEXT NOT NULL
    ) STRICT;

CREATE TRIGGER day_closes_final_delete BEFORE DELETE ON day_closes
    BEGIN SELECT RAISE(ABORT, 'day_closes is final'); END;

CREATE TRIGGER day_closes_final_update BEFORE UPDATE ON day_closes
    WHEN (SELECT open FROM redaction_gate) = 0
    BEGIN SELECT RAISE(ABORT, 'day_closes is final'); END;

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

CREATE TABLE day_events (
      id        INTEGER PRIMARY KEY,
      day       TEXT NOT NULL,
      at        INTEGER NOT NULL,
      type      TEXT NOT NULL,
      actor_id  INTEGER REFERENCES consultants (id),
      data      TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;

CREATE TRIGGER day_events_append_only_delete BEFORE DELETE ON day_events
    BEGIN SELECT RAISE(ABORT, 'day_events is append-only'); END;

CREATE TRIGGER day_events_append_only_update BEFORE UPDATE ON day_events
    WHEN (SELECT open FROM redaction_gate) = 0
    BEGIN SELECT RAISE(ABORT, 'day_events is append-only'); END;

CREATE INDEX day_events_day ON day_events (day, id);

CREATE TRIGGER day_events_rewritten AFTER UPDATE ON day_events
    BEGIN
      UPDATE day_log_rewrites SET count = count + 1;
    END;

CREATE TABLE day_log_rewrites (
      only   INTEGER PRIMARY KEY CHECK (only = 1),
      count  INTEGER NOT NULL
    ) STRICT;

CREATE TABLE device_tokens (
      id           INTEGER PRIMARY KEY,
      name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
      token_hash   TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
      paired_at    INTEGER NOT NULL,
      paired_by    INTEGER REFERENCES consultants (id),
      last_seen_at INTEGER,
      revoked_at   INTEGER
    ) STRICT;

CREATE TABLE erasure_redactions (
      day                 TEXT NOT NULL REFERENCES day_closes (day),
      erasure_id          INTEGER NOT NULL REFERENCES erasures (id),
      fingerprint_before  TEXT NOT NULL,
      PRIMARY KEY (day, erasure_id)
    ) STRICT, WITHOUT ROWID;

CREATE TABLE erasures (
      id    INTEGER PRIMARY KEY,
      at    INTEGER NOT NULL,
      kind  TEXT NOT NULL CHECK (kind IN ('request', 'retention'))
    ) STRICT;

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

CREATE INDEX owner_alerts_unacknowledged ON owner_alerts (created_at, id) WHERE acknowledged_at IS NULL;

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

CREATE TABLE redaction_gate (
      id    INTEGER PRIMARY KEY CHECK (id = 1),
      open  INTEGER NOT NULL CHECK (open IN (0, 1))
    ) STRICT;

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

CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

CREATE TABLE sheet_amendments (
      id         INTEGER PRIMARY KEY,
      day        TEXT NOT NULL REFERENCES day_closes (day),
      visit_id   INTEGER NOT NULL REFERENCES visits (id),
      at         INTEGER NOT NULL,
      actor_id   INTEGER NOT NULL REFERENCES consultants (id),
      reason     TEXT NOT NULL,
      changes    TEXT NOT NULL CHECK (json_valid(changes))
    ) STRICT;

CREATE TRIGGER sheet_amendments_append_only_delete BEFORE DELETE ON sheet_amendments
    BEGIN SELECT RAISE(ABORT, 'sheet_amendments is append-only'); END;

CREATE TRIGGER sheet_amendments_append_only_update BEFORE UPDATE ON sheet_amendments
    WHEN (SELECT open FROM redaction_gate) = 0
    BEGIN SELECT RAISE(ABORT, 'sheet_amendments is append-only'); END;

CREATE INDEX sheet_amendments_day ON sheet_amendments (day, id);

CREATE TABLE staff_changes (
      only   INTEGER PRIMARY KEY CHECK (only = 1),
      count  INTEGER NOT NULL
    ) STRICT;

CREATE TABLE visits (
      id          INTEGER PRIMARY KEY,
      day         TEXT NOT NULL,
      arrived_at  INTEGER NOT NULL,
      name        TEXT,
      phone       TEXT,
      party_size  INTEGER NOT NULL DEFAULT 1 CHECK (party_size BETWEEN 1 AND 50)
    , client_id INTEGER REFERENCES clients (id), gender TEXT CHECK (gender IN ('male', 'female')), needs TEXT CHECK (needs IS NULL OR json_valid(needs)), channel TEXT, intent TEXT CHECK (intent IN ('A', 'B', 'C')), party TEXT CHECK (party IS NULL OR json_valid(party)), answers TEXT CHECK (answers IS NULL OR json_valid(answers)), notes TEXT, complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)), erased_by INTEGER REFERENCES erasures (id), consent TEXT CHECK (consent IN ('given', 'declined')), consent_text TEXT REFERENCES consent_texts (hash), consent_at INTEGER) STRICT;

CREATE INDEX visits_client ON visits (client_id, arrived_at);

CREATE INDEX visits_day ON visits (day, arrived_at);

CREATE TRIGGER visits_declined_insert BEFORE INSERT ON visits
    WHEN NEW.consent = 'declined' AND (NEW.name IS NOT NULL OR NEW.phone IS NOT NULL OR NEW.client_id IS NOT NULL)
    BEGIN SELECT RAISE(ABORT, 'a visit whose visitor declined consent holds no name, phone or client'); END;

CREATE TRIGGER visits_declined_update BEFORE UPDATE ON visits
    WHEN NEW.consent = 'declined' AND (NEW.name IS NOT NULL OR NEW.phone IS NOT NULL OR NEW.client_id IS NOT NULL)
    BEGIN SELECT RAISE(ABORT, 'a visit whose visitor declined consent holds no name, phone or client'); END;

CREATE INDEX visits_incomplete ON visits (complete, day) WHERE complete = 0;
