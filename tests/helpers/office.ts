import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../db/connection';
import type { MethodInput, MethodName, MethodResult } from '../../electron/api/contract';
import type { ApiResponse } from '../../electron/api/errors';
import { createBackend, type Backend } from '../../electron/services/backend';
import { at } from './day-builder';

export const SUPERVISOR_PIN = '8888';
export const PINS = { 王芳: '1111', 李雷: '2222', 张伟: '3333' } as const;
export type Staff = keyof typeof PINS;

/** A settable wall clock: the test says "it is 09:10" on the test day, office time. */
export interface TestClock {
  now(): number;
  set(hhmm: string): void;
  advance(ms: number): void;
}

export function testClock(start = '08:00'): TestClock {
  let now = at(start);
  return { now: () => now, set: (hhmm) => (now = at(hhmm)), advance: (ms) => (now += ms) };
}

/**
 * One sales office on a database: the supervisor 陈总 who set it up (and so is its admin), and three consultants whose
 * standing order is 王芳, 李雷, 张伟. Calls go through `dispatch` — validation, PIN and sign-in — as
 * every screen's do.
 */
/** A database call answers at once; only the methods that print or write files return a promise. */
export function answered<T>(r: ApiResponse<T> | Promise<ApiResponse<T>>): ApiResponse<T> {
  if (r instanceof Promise) throw new Error('expected an immediate answer, got a promise');
  return r;
}

export class TestOffice {
  readonly backend: Backend;
  readonly supervisorId: number;
  readonly ids: Record<Staff, number>;

  constructor(
    readonly db: Database,
    readonly clock: TestClock,
    existing?: { supervisorId: number; ids: Record<Staff, number> },
  ) {
    this.backend = createBackend(db, clock);
    if (existing) {
      this.supervisorId = existing.supervisorId;
      this.ids = existing.ids;
      return;
    }
    this.supervisorId = this.call('setupOffice', {
      officeName: '滨江壹号案场',
      name: '陈总',
      pin: SUPERVISOR_PIN,
    }).consultant.id;
    const add = (name: Staff) =>
      this.call('saveConsultant', { token: this.token(), name, role: 'consultant', pin: PINS[name] }).id;
    this.ids = { 王芳: add('王芳'), 李雷: add('李雷'), 张伟: add('张伟') };
  }

  /** The same office after a restart: a new backend on a database that was closed and opened again. */
  reopen(db: Database): TestOffice {
    return new TestOffice(db, this.clock, { supervisorId: this.supervisorId, ids: this.ids });
  }

  attempt<M extends MethodName>(method: M, input: MethodInput<M>): ApiResponse<MethodResult<M>> {
    return answered(this.backend.dispatch(method, input)) as ApiResponse<MethodResult<M>>;
  }

  /** For the methods that print or write files: their answer is a promise. */
  async attemptAsync<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ): Promise<ApiResponse<Awaited<MethodResult<M>>>> {
    return (await this.backend.dispatch(method, input)) as ApiResponse<Awaited<MethodResult<M>>>;
  }

  async callAsync<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Awaited<MethodResult<M>>> {
    const r = await this.attemptAsync(method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  }

  call<M extends MethodName>(method: M, input: MethodInput<M>): MethodResult<M> {
    const r = this.attempt(method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  }

  private session: { token: string; lastUsed: number } | null = null;

  /** The supervisor's session, signed in again when the test clock has idled it out (15 minutes). */
  token(): string {
    const now = this.clock.now();
    if (!this.session || now < this.session.lastUsed || now - this.session.lastUsed > 10 * 60_000) {
      this.session = {
        token: this.call('signIn', { consultantId: this.supervisorId, pin: SUPERVISOR_PIN }).token,
        lastUsed: now,
      };
    }
    this.session.lastUsed = now;
    return this.session.token;
  }

  setStatus(name: Staff, status: MethodInput<'setStatus'>['status'], time?: string) {
    if (time) this.clock.set(time);
    return this.call('setStatus', { consultantId: this.ids[name], pin: PINS[name], status });
  }

  /** A walk-in group checked in at the desk; `directedTo` is whom they ask for or have an appointment with. */
  walkIn(
    time: string,
    input: {
      name?: string;
      phone?: string;
      partySize?: number;
      directedTo?: number;
      directedKind?: 'named' | 'appointment';
    } = {},
  ) {
    this.clock.set(time);
    const to = input.directedTo ?? null;
    return this.call('checkIn', {
      partySize: input.partySize ?? 1,
      answers: {
        namedConsultant: input.directedKind === 'appointment' ? null : to,
        namedEvidence: to !== null && input.directedKind !== 'appointment' ? 'asked' : null,
        appointmentWith: input.directedKind === 'appointment' ? to : null,
      },
      // The desk read the notice and the visitor agreed (已告知并同意), as every registration at the desk asks.
      registration: { consent: 'given', name: input.name ?? null, phone: input.phone ?? null },
    });
  }

  queue(): string[] {
    return this.call('getBoard', {}).queue.map((m) => m.name);
  }

  eventCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM day_events').get() as { n: number }).n;
  }
}

export function memoryOffice(start = '08:00'): TestOffice {
  return new TestOffice(openDatabase(':memory:'), testClock(start));
}

/** A temporary data folder for a file database; `cleanup` removes it. */
export function tempDataDir(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-test-'));
  return { file: join(dir, 'front-desk.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
