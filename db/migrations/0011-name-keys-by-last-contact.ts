import type { Database } from 'better-sqlite3';

export const name = 'name keys carry their client’s last contact, so the live lookup takes the latest namesakes first';

/**
 * A common name (张伟, 王芳) reaches thousands of clients through its `name`/`fuzzy` keys; the live lookup
 * only wants the few hundred most recently seen, the likely returners. Sorting thousands of clients by last
 * contact at every keystroke reads them all, so each name-key row now carries `seen_at`, its client's last
 * contact (`max(last_visit_at, last_follow_up_at)`, 0 when never), and a partial index walks a key's clients
 * newest first. Phone keys have no `seen_at`: they reach tens of clients and are looked up whole (the 6.5
 * million `phoneMask` rows of a large office are not indexed a second time).
 *
 * The database keeps `seen_at` in step, whatever path writes: a name key gets it when inserted, and every
 * client's keys follow a change of its last visit or follow-up (a visit, a follow-up, a merge, an import).
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE client_keys ADD COLUMN seen_at INTEGER;

    UPDATE client_keys
    SET seen_at = (
      SELECT max(coalesce(c.last_visit_at, 0), coalesce(c.last_follow_up_at, 0)) FROM clients AS c
      WHERE c.id = client_keys.client_id)
    WHERE kind IN ('name', 'fuzzy');

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

    CREATE TRIGGER clients_seen_at_update AFTER UPDATE OF last_visit_at, last_follow_up_at ON clients
    WHEN max(coalesce(NEW.last_visit_at, 0), coalesce(NEW.last_follow_up_at, 0))
      IS NOT max(coalesce(OLD.last_visit_at, 0), coalesce(OLD.last_follow_up_at, 0))
    BEGIN
      UPDATE client_keys
      SET seen_at = max(coalesce(NEW.last_visit_at, 0), coalesce(NEW.last_follow_up_at, 0))
      WHERE client_id = NEW.id AND kind IN ('name', 'fuzzy');
    END;
  `);
}
