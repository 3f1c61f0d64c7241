-- user_version 1
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
    ) STRICT;

CREATE UNIQUE INDEX consultants_active_name ON consultants (name) WHERE active = 1;

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
    BEGIN SELECT RAISE(ABORT, 'day_events is append-only'); END;

CREATE INDEX day_events_day ON day_events (day, id);

CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

CREATE TABLE visits (
      id          INTEGER PRIMARY KEY,
      day         TEXT NOT NULL,
      arrived_at  INTEGER NOT NULL,
      name        TEXT,
      phone       TEXT,
      party_size  INTEGER NOT NULL DEFAULT 1 CHECK (party_size BETWEEN 1 AND 50)
    ) STRICT;

CREATE INDEX visits_day ON visits (day, arrived_at);
