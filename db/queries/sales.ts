import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import type { Share } from '../../electron/domain/disputes/split';
import type { SplitPolicy } from '../../electron/domain/policy';
import type { Reason } from '../../electron/domain/reasons';

export interface SaleRow {
  id: number;
  clientId: number;
  soldOn: string;
  unit: string | null;
  amountFen: number | null;
  closerId: number;
  ownerId: number | null;
  splitPolicy: SplitPolicy;
  overridden: boolean;
  note: string | null;
  recordedBy: number;
  recordedAt: number;
  reasons: Reason[];
  shares: (Share & { amountFen: number | null })[];
}

/** A sale and its shares, written together by the caller's transaction. */
export function insertSale(db: Database, sale: Omit<SaleRow, 'id'>): number {
  const { shares, ...s } = sale;
  const info = prepared(
    db,
    `INSERT INTO sales (client_id, sold_on, unit, amount_fen, closer_id, owner_id, split_policy, overridden, note,
         recorded_by, recorded_at, reasons)
       VALUES (@clientId, @soldOn, @unit, @amountFen, @closerId, @ownerId, @splitPolicy, @overridden, @note,
         @recordedBy, @recordedAt, @reasons)`,
  ).run({
    ...s,
    splitPolicy: JSON.stringify(s.splitPolicy),
    overridden: s.overridden ? 1 : 0,
    reasons: JSON.stringify(s.reasons),
  });
  const saleId = Number(info.lastInsertRowid);
  const insert = prepared(
    db,
    `INSERT INTO sale_splits (sale_id, consultant_id, role, share_bp, fraction_num, fraction_den, amount_fen)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const sh of shares) {
    insert.run(saleId, sh.consultantId, sh.role, sh.bp, sh.fraction[0], sh.fraction[1], sh.amountFen);
  }
  return saleId;
}

type Raw = Omit<SaleRow, 'splitPolicy' | 'overridden' | 'reasons' | 'shares'> & {
  splitPolicy: string;
  overridden: number;
  reasons: string;
};

const COLUMNS = `id, client_id AS clientId, sold_on AS soldOn, unit, amount_fen AS amountFen, closer_id AS closerId,
  owner_id AS ownerId, split_policy AS splitPolicy, overridden, note, recorded_by AS recordedBy,
  recorded_at AS recordedAt, reasons`;

function withShares(db: Database, rows: Raw[]): SaleRow[] {
  const shares = prepared(
    db,
    `SELECT consultant_id AS consultantId, role, share_bp AS bp, fraction_num AS n, fraction_den AS d,
       amount_fen AS amountFen
     FROM sale_splits WHERE sale_id = ? ORDER BY CASE role WHEN 'closer' THEN 0 ELSE 1 END`,
  );
  return rows.map((r) => ({
    ...r,
    splitPolicy: JSON.parse(r.splitPolicy) as SplitPolicy,
    overridden: r.overridden === 1,
    reasons: JSON.parse(r.reasons) as Reason[],
    shares: (
      shares.all(r.id) as {
        consultantId: number;
        role: Share['role'];
        bp: number;
        n: number;
        d: number;
        amountFen: number | null;
      }[]
    ).map(({ n, d, ...s }) => ({ ...s, fraction: [n, d] as [number, number] })),
  }));
}

export function getSale(db: Database, id: number): SaleRow | null {
  return withShares(db, prepared(db, `SELECT ${COLUMNS} FROM sales WHERE id = ?`).all(id) as Raw[])[0] ?? null;
}

/** The latest sales first; of one client when `clientId` is given. */
export function listSales(db: Database, clientId: number | null = null, limit = 200): SaleRow[] {
  const rows =
    clientId === null
      ? prepared(db, `SELECT ${COLUMNS} FROM sales ORDER BY recorded_at DESC, id DESC LIMIT ?`).all(limit)
      : prepared(db, `SELECT ${COLUMNS} FROM sales WHERE client_id = ? ORDER BY recorded_at DESC, id DESC LIMIT ?`).all(
          clientId,
          limit,
        );
  return withShares(db, rows as Raw[]);
}
