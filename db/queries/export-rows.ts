import type { Database } from 'better-sqlite3';

/**
 * The rows of an export, a page at a time. A page is read with `.iterate()` and handed over row by
 * row, and the statement is finished before the function returns: while an iterator is open the
 * connection refuses every write ("busy executing a query"), and the desk keeps checking visitors
 * in while an export runs between pages. Pages follow a keyset cursor, so each one is an index seek.
 */

/** Office days, inclusive, and the same range as instants: [fromAt, untilAt). */
export interface ExportRange {
  from: string;
  to: string;
  fromAt: number;
  untilAt: number;
}

/** A visit with its registration (来访登记), who received it and who owned the client then. */
export interface RegistrationExportRow {
  id: number;
  day: string;
  arrivedAt: number;
  clientRef: string | null;
  name: string | null;
  gender: 'male' | 'female' | null;
  phone: string | null;
  partySize: number;
  party: { name: string | null; relation: string | null }[];
  channel: string | null;
  intent: 'A' | 'B' | 'C' | null;
  needs: { project: string | null; unitType: string | null; area: string | null; budget: string | null };
  /** Null when the visit is on no client record (an incomplete registration). */
  firstVisit: boolean | null;
  receiver: string | null;
  owner: string | null;
  complete: boolean;
  notes: string | null;
}

export interface RegistrationCursor {
  day: string;
  arrivedAt: number;
  id: number;
}

interface RawRegistration extends Omit<RegistrationExportRow, 'party' | 'needs' | 'firstVisit' | 'complete'> {
  party: string | null;
  needs: string | null;
  firstVisit: number | null;
  complete: number;
}

const EMPTY_NEEDS = { project: null, unitType: null, area: null, budget: null };

/*
 * Who received a visit is in the day's log: the last 'assigned' (or 'claimed': the owner recognised
 * their client and took over) decision about it. The owner is the one that decision gave the visit;
 * a ledger import has no decision, and the client's owner on record stands in.
 */
const REGISTRATION_PAGE = `
  WITH page AS MATERIALIZED (
    SELECT * FROM visits
    WHERE day BETWEEN max(@from, @day) AND @to AND (day, arrived_at, id) > (@day, @arrivedAt, @id)
    ORDER BY day, arrived_at, id
    LIMIT @limit
  ),
  decided AS MATERIALIZED (
    SELECT json_extract(data, '$.visitId') AS visitId,
      CASE type WHEN 'claimed' THEN json_extract(data, '$.claimantId') ELSE json_extract(data, '$.consultantId') END
        AS receiverId,
      CASE type WHEN 'claimed' THEN json_extract(data, '$.claimantId') ELSE json_extract(data, '$.ownerId') END
        AS ownerId,
      max(id) AS lastId
    FROM day_events
    WHERE type IN ('assigned', 'claimed')
      AND day BETWEEN (SELECT min(day) FROM page) AND (SELECT max(day) FROM page)
    GROUP BY 1
  )
  SELECT p.id, p.day, p.arrived_at AS arrivedAt, c.ref AS clientRef, p.name, p.gender, p.phone,
    p.party_size AS partySize, p.party, p.channel, p.intent, p.needs,
    CASE WHEN c.id IS NULL THEN NULL WHEN c.first_visit_at >= p.arrived_at THEN 1 ELSE 0 END AS firstVisit,
    r.name AS receiver, coalesce(o.name, co.name) AS owner, p.complete, p.notes
  FROM page AS p
  LEFT JOIN clients AS c ON c.id = p.client_id
  LEFT JOIN decided AS d ON d.visitId = p.id
  LEFT JOIN consultants AS r ON r.id = d.receiverId
  LEFT JOIN consultants AS o ON o.id = d.ownerId
  LEFT JOIN consultants AS co ON co.id = c.owner_id
  ORDER BY p.day, p.arrived_at, p.id`;

/** One page of the range's visits after the cursor; the next page's cursor, or null after the last. */
export function eachRegistration(
  db: Database,
  range: ExportRange,
  after: RegistrationCursor | null,
  limit: number,
  onRow: (row: RegistrationExportRow) => void,
): RegistrationCursor | null {
  const start = after ?? { day: '', arrivedAt: 0, id: 0 };
  let last: RegistrationCursor | null = null;
  let n = 0;
  for (const r of db.prepare(REGISTRATION_PAGE).iterate({ ...range, ...start, limit }) as Iterable<RawRegistration>) {
    onRow({
      ...r,
      party: r.party ? (JSON.parse(r.party) as RegistrationExportRow['party']) : [],
      needs: r.needs ? (JSON.parse(r.needs) as RegistrationExportRow['needs']) : EMPTY_NEEDS,
      firstVisit: r.firstVisit === null ? null : r.firstVisit === 1,
      complete: r.complete === 1,
    });
    last = { day: r.day, arrivedAt: r.arrivedAt, id: r.id };
    n++;
  }
  return n === limit ? last : null;
}

/** A client who came in the range, with everything the office keeps on them. */
export interface ClientExportRow {
  id: number;
  ref: string;
  name: string;
  gender: 'male' | 'female' | null;
  phones: string[];
  owner: string | null;
  ownerActive: boolean | null;
  referredBy: string | null;
  firstVisitAt: number | null;
  lastVisitAt: number | null;
  lastFollowUpAt: number | null;
  handedOverAt: number | null;
  visits: number;
  visitsInRange: number;
}

interface RawClient extends Omit<ClientExportRow, 'phones' | 'ownerActive'> {
  phones: string;
  ownerActive: number | null;
}

const CLIENT_PAGE = `
  SELECT c.id, c.ref, c.name, c.gender, o.name AS owner, o.active AS ownerActive, rc.name AS referredBy,
    c.first_visit_at AS firstVisitAt, c.last_visit_at AS lastVisitAt, c.last_follow_up_at AS lastFollowUpAt,
    c.handed_over_at AS handedOverAt,
    (SELECT json_group_array(phone) FROM client_phones WHERE client_id = c.id) AS phones,
    (SELECT count(*) FROM visits WHERE client_id = c.id) AS visits,
    (SELECT count(*) FROM visits WHERE client_id = c.id AND arrived_at >= @fromAt AND arrived_at < @untilAt)
      AS visitsInRange
  FROM clients AS c
  LEFT JOIN consultants AS o ON o.id = c.owner_id
  LEFT JOIN clients AS rc ON rc.id = c.referred_by
  WHERE c.id > @after
    AND EXISTS (SELECT 1 FROM visits WHERE client_id = c.id AND arrived_at >= @fromAt AND arrived_at < @untilAt)
  ORDER BY c.id
  LIMIT @limit`;

/** One page of the clients who visited in the range, after the client id; the next cursor, or null. */
export function eachClient(
  db: Database,
  range: ExportRange,
  after: number | null,
  limit: number,
  onRow: (row: ClientExportRow) => void,
): number | null {
  let last: number | null = null;
  let n = 0;
  const params = { fromAt: range.fromAt, untilAt: range.untilAt, after: after ?? 0, limit };
  for (const r of db.prepare(CLIENT_PAGE).iterate(params) as Iterable<RawClient>) {
    onRow({
      ...r,
      phones: JSON.parse(r.phones) as string[],
      ownerActive: r.ownerActive === null ? null : r.ownerActive === 1,
    });
    last = r.id;
    n++;
  }
  return n === limit ? last : null;
}
