import type { Database } from 'better-sqlite3';
import { sampleClients, type ClientSample } from '../../db/queries/bench-probes';
import { lastLoggedDayBefore } from '../../db/queries/day-events';
import { checkpointWalInPlace } from '../../db/queries/maintenance';
import { getSetting } from '../../db/queries/settings';
import { CHANNELS } from '../api/check-in-schemas';
import type { MethodInput, MethodName, MethodResult } from '../api/contract';
import { SEED_PIN } from '../cli/seed-command';
import { localToEpoch, officeDay } from '../domain/office-time';
import { fullName, personName, type Gender } from '../seed/names';
import { shiftDay } from '../seed/office-history';
import { PhoneBook } from '../seed/phones';
import { createRng, type Rng } from '../seed/prng';
import { channelOfNewVisitor, intentOf, needsOf, noteOf, partySizeOf } from '../seed/registration-details';
import { createBackend, type Backend } from '../services/backend';
import { QUIET_MS } from '../services/maintenance';
import { Timings } from './stats';

const MINUTE = 60_000;
/** The administrator who set up a generated office (docs/seed.md): the supervisor who sets the morning roster. */
export const SEEDED_ADMIN_ID = 1;
/** Arrivals fall between 09:00 and 18:00 office time, as in the seeded history. */
const OPENING = 9 * 60;
const CLOSING = 18 * 60;
/** Receptions last long enough to keep about this share of the consultants on duty busy (as the seed does). */
const BUSY_SHARE = 0.7;
/** An owner acknowledges the 您的客户到访 alert on their card this long after it is raised (as the seed does). */
const ACK_AFTER_MS = 2 * MINUTE;

/** What the desk registers: each arrival is one of these, and may also name a consultant or have an appointment. */
export const ARRIVAL_KINDS = ['new', 'returning', 'referral', 'brochure', 'declined'] as const;
export type ArrivalKind = (typeof ARRIVAL_KINDS)[number];

export interface BusyDay {
  day: string;
  /** Every check-in call, one transaction each, timed from the call to its answer. */
  checkIns: Timings;
  mix: Record<ArrivalKind | 'named' | 'appointment', number>;
  consultantsOnDuty: number;
  /** Receptions finished (the consultant back at the desk with their PIN) and alerts acknowledged. */
  statusChanges: number;
  acknowledged: number;
  /** Visitors received by the day's end, and still waiting then. */
  received: number;
  stillWaiting: number;
}

/** The seed's channels of a new visitor, as the check-in's schema names them. */
function channelOf(random: Rng): (typeof CHANNELS)[number] {
  const drawn = channelOfNewVisitor(random);
  return CHANNELS.find((c) => c === drawn) ?? 'other';
}

interface Agenda {
  at: number;
  run: () => void;
}

/** The first day after everything the office has logged: a day nobody has acted on yet. */
export function nextFreshDay(db: Database): string {
  const last = lastLoggedDayBefore(db, '9999-12-31');
  const today = officeDay(Date.now(), getSetting(db, 'timeZone'));
  return last === null || last < today ? today : shiftDay(last, 1);
}

/** Arrival times over the day: a late-morning and an afternoon peak and a few spread evenly (docs/seed.md). */
function arrivalMinutes(random: Rng, count: number): number[] {
  const minutes = Array.from({ length: count }, () => {
    const x = random.next();
    const m =
      x < 0.45
        ? 645 + 55 * random.normal()
        : x < 0.9
          ? 900 + 70 * random.normal()
          : OPENING + random.next() * (CLOSING - OPENING);
    return Math.min(CLOSING - 1 / 60, Math.max(OPENING, m));
  });
  return minutes.sort((a, b) => a - b);
}

/**
 * A busy office day driven through the real backend, the way the kiosk drives it, on a clock the bench moves:
 * the supervisor's morning roster (about one consultant in seven off), then `arrivals` visitor groups checked in
 * at the desk between 09:00 and 18:00 — new walk-ins, returning clients the desk confirmed by their phone, 老带新
 * referrals, a few brochure-only (surname only) and declined (anonymous) registrations; some name a consultant
 * or have an appointment; each registered as the check-in screen does it: the lookup of what was typed, the confirm
 * step's preview of who receives, then the check-in — while receptions end (the consultant sets themselves
 * available with their PIN, and the rules may hand them a waiting visitor) and owners acknowledge their alerts; in
 * the quiet spells between, upkeep checkpoints the log as the kiosk's does. Only the check-in calls are timed.
 * Needs a generated office (docs/seed.md: its admin is id 1, every PIN is 1234) and writes to it: run it on a copy.
 */
export function busyDay(db: Database, arrivals: number, seed: string): BusyDay {
  const random = createRng(`busy-day ${seed}`);
  const phones = new PhoneBook(random);
  const timeZone = getSetting(db, 'timeZone');
  const project = getSetting(db, 'projectName');
  const day = nextFreshDay(db);
  let now = localToEpoch(day, 8 * 60 + 30, timeZone);
  const backend: Backend = createBackend(db, { now: () => now });
  const call = <M extends MethodName>(method: M, input: MethodInput<M>): MethodResult<M> => {
    const answer = backend.dispatch(method, input);
    if (answer instanceof Promise) throw new Error(`${method} answered with a promise`);
    if (!answer.ok) throw new Error(`${method} failed: ${answer.error.code} ${answer.error.message}`);
    return answer.value as MethodResult<M>;
  };

  // 08:30, the supervisor's roster: about one in seven has their weekday off.
  const signedIn = backend.dispatch('signIn', { consultantId: SEEDED_ADMIN_ID, pin: SEED_PIN });
  if (signedIn instanceof Promise || !signedIn.ok) {
    throw new Error(`the busy day needs a generated office (docs/seed.md: admin id 1, every PIN ${SEED_PIN})`);
  }
  const { token } = signedIn.value as MethodResult<'signIn'>;
  const roster = call('getRoster', { token });
  const off = roster.order.filter(() => random.chance(1 / 7)).slice(0, Math.max(0, roster.order.length - 2));
  const onDuty = roster.order.filter((id) => !off.includes(id));
  call('setRoster', {
    token,
    order: onDuty,
    off,
    lunchDuty: roster.lunchDuty.filter((id) => onDuty.includes(id)),
    lunch: roster.lunch,
    basedOn: roster.stamp,
  });
  call('signOut', { token });

  const meanReception = (BUSY_SHARE * onDuty.length * (CLOSING - OPENING)) / Math.max(1, arrivals);
  const returning = sampleClients(db, Math.ceil(arrivals * 0.4));
  const returned = new Set<number>();
  const mix: BusyDay['mix'] = { new: 0, returning: 0, referral: 0, brochure: 0, declined: 0, named: 0, appointment: 0 };
  const checkIns = new Timings();
  let statusChanges = 0;
  let acknowledged = 0;

  const agenda: Agenda[] = [];
  const backAt = new Map<number, number>();
  const acking = new Set<number>();
  const schedule = (at: number, run: () => void) => agenda.push({ at, run });

  /** After every action, as the screens would see it: who started a reception, which alerts are up. */
  const follow = () => {
    const board = call('getBoard', {});
    for (const m of board.queue) {
      if (m.status !== 'receiving') backAt.delete(m.id);
      else if (!backAt.has(m.id)) {
        const at = now + Math.round(meanReception * (0.5 + random.next()) * MINUTE);
        backAt.set(m.id, at);
        schedule(at, () => {
          backAt.delete(m.id);
          call('setStatus', { consultantId: m.id, pin: SEED_PIN, status: 'available' });
          statusChanges++;
        });
      }
    }
    for (const alert of board.alerts) {
      if (acking.has(alert.alertId)) continue;
      acking.add(alert.alertId);
      schedule(alert.at + ACK_AFTER_MS, () => {
        call('acknowledgeAlert', { consultantId: alert.consultantId, pin: SEED_PIN, alertId: alert.alertId });
        acknowledged++;
      });
    }
  };

  const pickReturning = (): ClientSample | null => {
    for (let tries = 0; tries < 8; tries++) {
      const c = returning[random.int(returning.length)];
      if (c && !returned.has(c.clientId)) return (returned.add(c.clientId), c);
    }
    return null;
  };

  const checkInInput = (): MethodInput<'checkIn'> => {
    const gender: Gender = random.chance(0.54) ? 'male' : 'female';
    const directed = random.next();
    const to = onDuty[random.int(onDuty.length)] ?? null;
    const answers = {
      namedConsultant: directed < 0.06 ? to : null,
      namedEvidence: directed < 0.06 ? random.pick(['remembered', 'sms', 'asked'] as const) : null,
      appointmentWith: directed >= 0.06 && directed < 0.1 ? to : null,
    };
    if (answers.namedConsultant !== null) mix.named++;
    if (answers.appointmentWith !== null) mix.appointment++;
    const details = {
      gender,
      needs: needsOf(random, project),
      intent: intentOf(random, false),
      notes: noteOf(random),
    };
    const x = random.next();
    const client = x < 0.3 ? pickReturning() : null;
    if (client) {
      mix.returning++;
      return {
        partySize: partySizeOf(random, false),
        answers: { ...answers, beenBefore: true },
        registration: { consent: 'given', name: client.name, phone: client.phone, ...details },
        clientId: client.clientId,
      };
    }
    if (x > 0.99) {
      mix.declined++;
      return { partySize: partySizeOf(random, false), answers, registration: { consent: 'declined' } };
    }
    const name = personName(random, gender);
    if (x > 0.96) {
      mix.brochure++;
      const title = gender === 'male' ? '先生' : '女士';
      return { answers, registration: { consent: 'given', name: name.surname + title } };
    }
    const referrer = x > 0.89 ? returning[random.int(returning.length)] : undefined;
    if (referrer) mix.referral++;
    else mix.new++;
    return {
      partySize: partySizeOf(random, false),
      answers: {
        ...answers,
        beenBefore: false,
        referredBy: referrer ? { clientId: referrer.clientId } : null,
        accompanied: referrer ? random.chance(0.3) : false,
      },
      registration: {
        consent: 'given',
        name: fullName(name),
        phone: phones.next(),
        channel: referrer ? 'referral' : channelOf(random),
        ...details,
      },
    };
  };

  for (const minute of arrivalMinutes(random, arrivals)) {
    schedule(localToEpoch(day, 0, timeZone) + Math.round(minute * MINUTE), () => {
      const input = checkInInput();
      // The check-in screen's last lookup, for what was typed, and the confirm step's preview of who receives.
      const name = input.registration?.name ?? null;
      const phone = input.registration?.phone ?? null;
      if (name !== null || phone !== null) call('findCandidates', { name, phone });
      call('previewCheckIn', input);
      checkIns.time(() => call('checkIn', input));
    });
  }

  while (agenda.length > 0) {
    let first = 0;
    for (let i = 1; i < agenda.length; i++) if ((agenda[i]?.at ?? 0) < (agenda[first]?.at ?? 0)) first = i;
    const [next] = agenda.splice(first, 1);
    if (!next) break;
    // The kiosk's upkeep folds the write-ahead log into the file once a whole round of it saw no write (maintenance.ts):
    // a quiet spell of two rounds on the day's clock always holds one. Not timed, as it is not on the desk's path.
    if (next.at - now >= 2 * QUIET_MS) checkpointWalInPlace(db);
    now = Math.max(now, next.at);
    next.run();
    follow();
  }

  const board = call('getBoard', {});
  return {
    day,
    checkIns,
    mix,
    consultantsOnDuty: onDuty.length,
    statusChanges,
    acknowledged,
    received: board.receptionsToday,
    stillWaiting: board.waiting.length,
  };
}
