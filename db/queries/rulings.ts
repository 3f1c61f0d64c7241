import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import type { ClashView } from '../../electron/api/disputes-types';
import type { RulingAction } from '../../electron/domain/disputes/ruling';
import type { Reason } from '../../electron/domain/reasons';

export interface RulingRow {
  id: number;
  clashKey: string;
  kind: ClashView['kind'];
  clientId: number;
  ownerId: number;
  otherId: number;
  action: RulingAction['kind'];
  note: string;
  decidedBy: number;
  decidedAt: number;
  /** The clash as the supervisor saw it (names, masked phones, evidence): the printed ruling reads from it. */
  clash: ClashView;
  reasons: Reason[];
}

export function insertRuling(db: Database, r: Omit<RulingRow, 'id'>): number {
  const info = prepared(
    db,
    `INSERT INTO rulings (clash_key, kind, client_id, owner_id, other_id, action, note, decided_by, decided_at,
         clash, reasons)
       VALUES (@clashKey, @kind, @clientId, @ownerId, @otherId, @action, @note, @decidedBy, @decidedAt, @clash, @reasons)`,
  ).run({ ...r, clash: JSON.stringify(r.clash), reasons: JSON.stringify(r.reasons) });
  return Number(info.lastInsertRowid);
}

const COLUMNS = `id, clash_key AS clashKey, kind, client_id AS clientId, owner_id AS ownerId, other_id AS otherId,
  action, note, decided_by AS decidedBy, decided_at AS decidedAt, clash, reasons`;

type Raw = Omit<RulingRow, 'clash' | 'reasons'> & { clash: string; reasons: string };
const parse = (r: Raw): RulingRow => ({
  ...r,
  clash: JSON.parse(r.clash) as ClashView,
  reasons: JSON.parse(r.reasons) as Reason[],
});

export function getRuling(db: Database, id: number): RulingRow | null {
  const r = prepared(db, `SELECT ${COLUMNS} FROM rulings WHERE id = ?`).get(id) as Raw | undefined;
  return r ? parse(r) : null;
}

/** The latest rulings first. */
export function listRulings(db: Database, limit = 200): RulingRow[] {
  return (
    prepared(db, `SELECT ${COLUMNS} FROM rulings ORDER BY decided_at DESC, id DESC LIMIT ?`).all(limit) as Raw[]
  ).map(parse);
}

export function decidedClashKeys(db: Database): Set<string> {
  return new Set((prepared(db, 'SELECT clash_key AS k FROM rulings').all() as { k: string }[]).map((r) => r.k));
}

export interface MergeCounts {
  visits: number;
  phones: number;
  followUps: number;
  ownershipChanges: number;
  referrals: number;
  sales: number;
}

/**
 * Folds a duplicate record into the winner's: its visits, phones, follow-ups, ownership history, referrals and
 * sales now point at the winner, the winner's dates span both, and the duplicate row is deleted — its contents
 * are kept in client_merges with the ruling. The match keys are rebuilt by the caller (the domain computes them).
 */
export function mergeClientInto(db: Database, loserId: number, winnerId: number, rulingId: number): MergeCounts {
  const loser = prepared(db, 'SELECT * FROM clients WHERE id = ?').get(loserId) as Record<string, unknown> & {
    ref: string;
  };
  const loserPhones = (
    prepared(db, 'SELECT phone FROM client_phones WHERE client_id = ?').all(loserId) as { phone: string }[]
  ).map((p) => p.phone);
  const move = (sql: string) => prepared(db, sql).run(winnerId, loserId).changes;
  const moved: MergeCounts = {
    visits: move('UPDATE visits SET client_id = ? WHERE client_id = ?'),
    phones: prepared(
      db,
      'INSERT OR IGNORE INTO client_phones (client_id, phone) SELECT ?, phone FROM client_phones WHERE client_id = ?',
    ).run(winnerId, loserId).changes,
    followUps: move('UPDATE follow_ups SET client_id = ? WHERE client_id = ?'),
    ownershipChanges: move('UPDATE ownership_changes SET client_id = ? WHERE client_id = ?'),
    referrals: move('UPDATE clients SET referred_by = ? WHERE referred_by = ?'),
    sales: move('UPDATE sales SET client_id = ? WHERE client_id = ?'),
  };
  move('UPDATE rulings SET client_id = ? WHERE client_id = ?');
  move('UPDATE client_merges SET winner_id = ? WHERE winner_id = ?');
  prepared(
    db,
    `UPDATE clients SET
       first_visit_at = (SELECT min(x) FROM (SELECT first_visit_at AS x FROM clients WHERE id IN (@w, @l))),
       last_visit_at = (SELECT max(x) FROM (SELECT last_visit_at AS x FROM clients WHERE id IN (@w, @l))),
       last_follow_up_at = (SELECT max(x) FROM (SELECT last_follow_up_at AS x FROM clients WHERE id IN (@w, @l))),
       referred_by = coalesce(referred_by, (SELECT referred_by FROM clients WHERE id = @l))
     WHERE id = @w`,
  ).run({ w: winnerId, l: loserId });
  prepared(db, 'DELETE FROM client_phones WHERE client_id = ?').run(loserId);
  prepared(db, 'DELETE FROM client_keys WHERE client_id = ?').run(loserId);
  prepared(db, 'DELETE FROM clients WHERE id = ?').run(loserId);
  prepared(
    db,
    `INSERT INTO client_merges (ruling_id, winner_id, loser_id, loser_ref, loser, moved)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    rulingId,
    winnerId,
    loserId,
    loser.ref,
    JSON.stringify({ ...loser, phones: loserPhones }),
    JSON.stringify(moved),
  );
  return moved;
}
