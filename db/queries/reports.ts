import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

/** Office days [from, to] for visits and the day log; instants [start, end) for follow-ups. */
export interface ReportRange {
  from: string;
  to: string;
  start: number;
  end: number;
}

/**
 * One row per visit of the period, with what the day log decided about it. Reads the day log through
 * its (day, id) index and earlier visits through (client_id, arrived_at); nothing else is scanned.
 *
 * - receiver / owner: the reception (assigned), unless the owner claimed the visitor (认领) — then the
 *   claimant received and owns. A visit still waiting, or gone before anyone received it, has neither.
 * - is_returning (复访): matched to a client record at check-in (their own or their household's), or their
 *   record has an earlier visit, or the owner claimed them — as the daily sheet counts 首访/复访, plus claims.
 * - brought_back_by (带回老客): the consultant whose protected client this was — the check-in sent the
 *   visitor to them as the owner ('owner' direction), or they claimed them within the window.
 *
 * SQLite's bare-column rule with max(id) keeps the latest event of each kind per visit. The CAST gives the
 * visit id an integer affinity, without which SQLite builds no automatic index on the event lists and
 * joins them row by row (a month took a minute instead of milliseconds).
 */
const FACTS = `
WITH arrival AS (
  SELECT CAST(json_extract(data, '$.visitId') AS INTEGER) AS visit_id, json_extract(data, '$.clientId') AS matched_client,
    json_extract(data, '$.directedKind') AS directed_kind, json_extract(data, '$.directedTo') AS directed_to,
    max(id) AS event_id
  FROM day_events WHERE day BETWEEN @from AND @to AND type = 'arrival' GROUP BY visit_id
),
reception AS (
  SELECT CAST(json_extract(data, '$.visitId') AS INTEGER) AS visit_id, json_extract(data, '$.consultantId') AS receiver,
    json_extract(data, '$.ownerId') AS owner, max(id) AS event_id
  FROM day_events WHERE day BETWEEN @from AND @to AND type = 'assigned' GROUP BY visit_id
),
claim AS (
  SELECT CAST(json_extract(data, '$.visitId') AS INTEGER) AS visit_id, json_extract(data, '$.claimantId') AS claimant,
    max(id) AS event_id
  FROM day_events WHERE day BETWEEN @from AND @to AND type = 'claimed' GROUP BY visit_id
),
facts AS MATERIALIZED (
  SELECT v.id, v.day, v.arrived_at, v.channel, v.complete,
    coalesce(cl.claimant, r.receiver) AS receiver,
    coalesce(cl.claimant, r.owner) AS owner,
    (a.matched_client IS NOT NULL OR cl.claimant IS NOT NULL OR EXISTS (
      SELECT 1 FROM visits p WHERE p.client_id = v.client_id
        AND (p.arrived_at < v.arrived_at OR (p.arrived_at = v.arrived_at AND p.id < v.id)))) AS is_returning,
    CASE WHEN cl.claimant IS NOT NULL THEN cl.claimant
         WHEN a.directed_kind = 'owner' THEN a.directed_to END AS brought_back_by
  FROM visits v
  LEFT JOIN arrival a ON a.visit_id = v.id
  LEFT JOIN reception r ON r.visit_id = v.id
  LEFT JOIN claim cl ON cl.visit_id = v.id
  WHERE v.day BETWEEN @from AND @to
)`;

const dayRange = (r: ReportRange) => ({ from: r.from, to: r.to });

export interface DayCount {
  day: string;
  visits: number;
  returning: number;
  incomplete: number;
}

/** Visits, returning and incomplete registrations per office day: the period's totals are their sums. */
export function visitsByDay(db: Database, r: ReportRange): DayCount[] {
  return prepared(
    db,
    `${FACTS} SELECT day, count(*) AS visits, sum(is_returning) AS "returning", sum(complete = 0) AS incomplete
       FROM facts GROUP BY day ORDER BY day`,
  ).all(dayRange(r)) as DayCount[];
}

export interface ChannelCount {
  /** A registration's channel code (check-in-schemas CHANNELS), or null when the desk left it blank. */
  channel: string | null;
  visits: number;
}

export function visitsByChannel(db: Database, r: ReportRange): ChannelCount[] {
  return prepared(
    db,
    'SELECT channel, count(*) AS visits FROM visits WHERE day BETWEEN @from AND @to GROUP BY channel',
  ).all(dayRange(r)) as ChannelCount[];
}

export interface QuarterCount {
  /** Epoch quarter hours (arrived_at / 15 min): every time zone's offset is a whole number of them. */
  quarter: number;
  visits: number;
}

/** SQLite knows no time zones: visits are grouped by UTC quarter hour and placed on the office clock later. */
export function visitsByQuarterHour(db: Database, r: ReportRange): QuarterCount[] {
  return prepared(
    db,
    `SELECT arrived_at / 900000 AS quarter, count(*) AS visits FROM visits WHERE day BETWEEN @from AND @to
       GROUP BY quarter`,
  ).all(dayRange(r)) as QuarterCount[];
}

export interface ConsultantCounts {
  consultantId: number;
  name: string;
  active: boolean;
  received: number;
  owned: number;
  broughtBack: number;
  followUps: number;
}

/** Every consultant with a figure in the period, departed ones too (a past month still names them). */
export function countsByConsultant(db: Database, r: ReportRange): ConsultantCounts[] {
  const rows = prepared(
    db,
    `${FACTS}
       SELECT k.id AS consultantId, k.name, k.active, sum(x.received) AS received, sum(x.owned) AS owned,
         sum(x.brought_back) AS broughtBack, sum(x.follow_ups) AS followUps
       FROM (
         SELECT receiver AS id, 1 AS received, 0 AS owned, 0 AS brought_back, 0 AS follow_ups
           FROM facts WHERE receiver IS NOT NULL
         UNION ALL SELECT owner, 0, 1, 0, 0 FROM facts WHERE owner IS NOT NULL
         UNION ALL SELECT brought_back_by, 0, 0, 1, 0 FROM facts WHERE brought_back_by IS NOT NULL
         UNION ALL SELECT consultant_id, 0, 0, 0, 1 FROM follow_ups WHERE at >= @start AND at < @end
       ) AS x JOIN consultants k ON k.id = x.id
       GROUP BY k.id`,
  ).all(r) as (Omit<ConsultantCounts, 'active'> & { active: number })[];
  return rows.map((row) => ({ ...row, active: row.active === 1 }));
}

export interface OwnedClientDates {
  clientId: number;
  ref: string;
  name: string;
  ownerId: number;
  ownerName: string;
  firstVisitAt: number | null;
  lastVisitAt: number | null;
  lastFollowUpAt: number | null;
  handedOverAt: number | null;
}

/**
 * Clients with an owner whose last contact of any kind (or hand-over) is after `since`. Protection counts from one of
 * those dates, so a client last in touch before `since` = now − protection days cannot still be
 * protected; whether the others are, and until when, the ownership rules decide.
 */
export function ownedClientsContactedSince(db: Database, since: number): OwnedClientDates[] {
  return prepared(
    db,
    `SELECT c.id AS clientId, c.ref, c.name, c.owner_id AS ownerId, k.name AS ownerName,
         c.first_visit_at AS firstVisitAt, c.last_visit_at AS lastVisitAt, c.last_follow_up_at AS lastFollowUpAt,
         c.handed_over_at AS handedOverAt
       FROM clients c JOIN consultants k ON k.id = c.owner_id
       WHERE max(coalesce(c.first_visit_at, 0), coalesce(c.last_visit_at, 0), coalesce(c.last_follow_up_at, 0),
         coalesce(c.handed_over_at, 0)) >= ?`,
  ).all(since) as OwnedClientDates[];
}
