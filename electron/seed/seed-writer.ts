import type { Database } from 'better-sqlite3';
import { markDeparted } from '../../db/queries/consultants';
import { seedRows, type SeedRows } from '../../db/queries/seed-rows';
import { clientKeys, type StoredKey } from '../domain/match/match-keys';
import { countFollowUpsBy } from '../../db/queries/disputes';
import { insertSale } from '../../db/queries/sales';
import { getSetting } from '../../db/queries/settings';
import { splitAmount, splitSale } from '../domain/disputes/split';
import { resolvePolicy, resolveSplitPolicy } from '../domain/policy';
import { SEED_POLICY, type DayPlan, type PlannedClient, type PlannedSale } from './day-plan';

const DAY_MS = 86_400_000;

const NAME_CACHE_LIMIT = 100_000;

/**
 * Writes one planned day into the database in one transaction, through the queries: rows in the order their
 * foreign keys need (departures, clients, visits, the day's log, ownership, follow-ups, alerts), then the day's
 * sales with their splits.
 */
export class SeedWriter {
  private readonly rows: SeedRows;
  /** The name part of clientKeys by name: names repeat (many 张伟) and their pinyin is the costly part. */
  private readonly nameKeys = new Map<string, StoredKey[]>();

  constructor(
    private readonly db: Database,
    private readonly people: ReadonlyMap<number, { name: string }>,
    /** The supervisor who records the sales. */
    private readonly recorder: number,
    private readonly consentText: string,
  ) {
    this.rows = seedRows(db);
  }

  write(plan: DayPlan): void {
    this.db.transaction(() => this.writeDay(plan))();
  }

  /**
   * The match index of a client, from the same domain function the app uses (match-keys.ts clientKeys): its
   * keys are those of its phones and those of its name, so the two halves are computed apart and the name's kept.
   */
  private keysOf(c: PlannedClient): StoredKey[] {
    let named = this.nameKeys.get(c.name);
    if (!named) {
      named = clientKeys({ name: c.name, phones: [] });
      if (this.nameKeys.size >= NAME_CACHE_LIMIT) this.nameKeys.clear();
      this.nameKeys.set(c.name, named);
    }
    return [...clientKeys({ name: '', phones: [c.phone] }), ...named];
  }

  private writeDay(plan: DayPlan): void {
    const rows = this.rows;
    for (const d of plan.departures) markDeparted(this.db, d.consultantId, d.at, d.successorId);
    const states = new Map(plan.created.map((s) => [s.id, s]));
    for (const c of plan.clients) {
      const s = states.get(c.id);
      rows.client({
        id: c.id,
        ref: c.ref,
        name: c.name,
        gender: c.gender,
        referredBy: c.referredBy,
        createdAt: c.createdAt,
        ownerId: s?.ownerId ?? null,
        firstVisitAt: s?.firstVisitAt ?? c.createdAt,
        lastVisitAt: s?.lastVisitAt ?? c.createdAt,
        lastFollowUpAt: s?.lastFollowUpAt ?? null,
        handedOverAt: s?.handedOverAt ?? null,
      });
      rows.phone(c.id, c.phone);
      for (const k of this.keysOf(c)) rows.key(k.kind, k.key, c.id);
    }
    for (const s of plan.updated) rows.clientState(s);
    for (const v of plan.visits) {
      rows.visit({
        id: v.id,
        day: v.day,
        arrivedAt: v.arrivedAt,
        name: v.name,
        phone: v.phone,
        partySize: v.partySize,
        clientId: v.clientId,
        gender: v.gender,
        needs: JSON.stringify(v.needs),
        channel: v.channel,
        intent: v.intent,
        party: JSON.stringify(v.party),
        answers: v.answers === null ? null : JSON.stringify(v.answers),
        notes: v.notes,
        complete: v.complete ? 1 : 0,
        consent: v.consent,
        consentText: this.consentText,
        consentAt: v.arrivedAt,
      });
    }
    for (const e of plan.events) {
      const { id, at, actorId, ...body } = e;
      rows.event({ id, day: plan.day, at, actorId, body });
    }
    for (const c of plan.ownershipChanges) rows.ownershipChange({ ...c, reasons: JSON.stringify(c.reasons) });
    for (const f of plan.followUps) rows.followUp(f);
    for (const a of plan.alerts) {
      // Seen when the owner came to the desk: a past day leaves no alert open on anyone's screen.
      rows.alert({ ...a, createdAt: a.at, acknowledgedAt: a.at + 120_000 });
    }
    for (const s of plan.sales) this.sale(s, plan.day);
  }

  /**
   * The split as services/sales.ts planSale computes it — the owner's protection at the sale, their follow-ups in
   * the protection period before it, the office's split policy — without its evidence query, which reads the
   * whole day log and would make a long history's sales quadratic.
   */
  private sale(s: PlannedSale, day: string): void {
    const policy = resolveSplitPolicy(getSetting(this.db, 'splitPolicy'));
    const window = resolvePolicy(SEED_POLICY)['ownership.protectionDays'] * DAY_MS;
    const ownerFollowUps =
      s.ownerId === null ? 0 : countFollowUpsBy(this.db, s.clientId, s.ownerId, s.at - window, s.at);
    const split = splitSale({ ...s, ownerFollowUps }, policy, this.people);
    const amountFen = s.amountYuan * 100;
    const amounts = splitAmount(amountFen, split.shares);
    insertSale(this.db, {
      clientId: s.clientId,
      soldOn: day,
      unit: s.unit,
      amountFen,
      closerId: s.closerId,
      ownerId: s.ownerId,
      splitPolicy: policy,
      overridden: false,
      note: null,
      recordedBy: this.recorder,
      recordedAt: s.at,
      reasons: split.reasons,
      shares: split.shares.map((sh, i) => ({ ...sh, amountFen: amounts[i] ?? null })),
    });
  }
}
