import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contract, METHOD_NAMES, type MethodInput, type MethodName } from '../../electron/api/contract';
import type { Access } from '../../electron/api/contract-kit';
import type { ApiResponse } from '../../electron/api/errors';
import { checkIn, complete } from './check-in';
import { memoryOffice, PINS, SUPERVISOR_PIN, testClock, TestOffice } from './office';

/**
 * Bad input, as a careless, hurried or hostile caller sends it: the values every field of every API
 * method is tried with (see docs/bad-input.md).
 */

const SQL = [
  "'; DROP TABLE visits; --",
  "' OR '1'='1",
  '1; DELETE FROM clients',
  "王芳'); UPDATE consultants SET role='supervisor' --",
];

const NASTY_STRINGS = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[2J\u007f',
  '\u202e反转文字',
  '\ufeff',
  '\uD800',
  '\uDFFF',
  '李\uD83D',
  '😀🏠👨‍👩‍👧‍👦',
  '𠀋𡈽𡌛𪚥',
  'x'.repeat(50_000),
  '王'.repeat(50_000),
  '😀'.repeat(25_000),
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  ...SQL,
  '../../../etc/passwd',
  '..\\..\\Windows\\system.ini',
  '<script>alert(1)</script>',
  '%s%n%x',
  'NaN',
  '-1',
  '1e309',
  '0x7fffffff',
  '2026-02-30',
  '2026-13-01',
  '99:99',
  'data:image/png;base64,AAAA',
  'A'.repeat(200) + '==',
];

const NASTY_NUMBERS = [
  -1,
  0,
  -0,
  0.5,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  2 ** 31,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MAX_SAFE_INTEGER,
  1e10 + 1,
];

/** 1000 levels deep: a parser that recurses on what it does not expect would overflow its stack. */
function deep(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
}

/** Fresh each time: a handler that mutated one of these must not see its own change on the next call. */
const nastyShapes = (): unknown[] => [
  null,
  undefined,
  true,
  false,
  [],
  {},
  [null],
  ['1111'],
  Array.from({ length: 10_000 }, (_, i) => i + 1),
  deep(1000, (inner) => [inner]),
  deep(1000, (inner) => ({ a: inner })),
  JSON.parse('{"__proto__":{"polluted":"yes","role":"supervisor"}}'),
  { constructor: { prototype: { polluted: 'yes' } } },
  Object.create(null),
  new Date(NaN),
  new Map([['token', 'x']]),
];

/** Any one hostile value: curated nasties and fully random ones (strings of any code unit, any JS value). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.constantFrom(...NASTY_NUMBERS),
  fc.integer({ min: 0, max: nastyShapes().length - 1 }).map((i) => nastyShapes()[i]),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.anything({
    withNullPrototype: true,
    withSparseArray: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withObjectString: true,
  }),
);

/** The keys of a prototype-pollution attempt, set as own properties (as JSON.parse would). */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'token', 'role', 'extra'];

type Path = (string | number)[];

/** Every field of a valid input, nested ones included: the places one hostile value can go. */
function fieldPaths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => [[...prefix, key], ...fieldPaths(v, [...prefix, key])]);
}

function setOwn(target: object, key: string | number, value: unknown, remove = false): void {
  if (remove) delete (target as Record<string | number, unknown>)[key];
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function withField(input: object, path: Path, value: unknown, remove = false): object {
  const copy = structuredClone(input);
  let at: Record<string | number, unknown> = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  setOwn(at, path[path.length - 1]!, value, remove);
  return copy;
}

/** What one run sends: a fully random input, or a valid one with one field replaced, removed or added. */
export type Attack =
  | { kind: 'random'; input: unknown }
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'remove'; path: Path }
  | { kind: 'extra'; key: string; value: unknown };

export function attacks(valid: object): fc.Arbitrary<Attack> {
  const paths = fieldPaths(valid);
  const options: fc.Arbitrary<Attack>[] = [
    hostileValue.map((input) => ({ kind: 'random', input })),
    fc.tuple(fc.constantFrom(...HOSTILE_KEYS), hostileValue).map(([key, value]) => ({ kind: 'extra', key, value })),
  ];
  if (paths.length > 0) {
    const path = fc.constantFrom(...paths);
    options.push(
      fc.tuple(path, hostileValue).map(([p, value]) => ({ kind: 'replace', path: p, value })),
      fc.tuple(path, hostileValue).map(([p, value]) => ({ kind: 'replace', path: p, value })),
      path.map((p) => ({ kind: 'remove', path: p })),
    );
  }
  return fc.oneof(...options);
}

export function inputOf(attack: Attack, valid: object): unknown {
  switch (attack.kind) {
    case 'random':
      return attack.input;
    case 'replace':
      return withField(valid, attack.path, attack.value);
    case 'remove':
      return withField(valid, attack.path, undefined, true);
    case 'extra':
      return withField(valid, [attack.key], attack.value);
  }
}

/**
 * The office every method is attacked in: a morning under way, with a returning client owned by
 * 王芳, a visit, a closed yesterday to amend. Built once; each method gets its own copy of the
 * database, so what one method's valid calls change (closing the day, a departure) does not blunt
 * the next method's attack.
 */
export interface Scene {
  office: TestOffice;
  /** 赵主管: a supervisor who is not the office's admin (陈总, who set it up, is). */
  supervisorId: number;
  token: string;
  visitId: number;
  clientId: number;
}

const SCENE_TIME = '10:00';
export const PLAIN_SUPERVISOR_PIN = '4444';
let template: { image: Buffer; adminId: number; supervisorId: number; ids: TestOffice['ids'] } | null = null;

function buildTemplate() {
  const office = memoryOffice('09:00');
  const supervisor = office.call('saveConsultant', {
    token: office.token(),
    name: '赵主管',
    role: 'supervisor',
    pin: PLAIN_SUPERVISOR_PIN,
  });
  office.clock.set('09:10');
  checkIn(office, { registration: complete('孙丽', '13800138000', 'female') });
  office.walkIn('09:20', { name: '周先生' });
  office.clock.set(SCENE_TIME);
  return { image: office.db.serialize(), adminId: office.supervisorId, supervisorId: supervisor.id, ids: office.ids };
}

export function scene(): Scene {
  template ??= buildTemplate();
  const db = new BetterSqlite3(template.image);
  db.pragma('foreign_keys = ON');
  const office = new TestOffice(db, testClock(SCENE_TIME), { supervisorId: template.adminId, ids: template.ids });
  const one = (sql: string) => (db.prepare(sql).get() as { id: number }).id;
  return {
    office,
    supervisorId: template.supervisorId,
    token: office.token(),
    visitId: one('SELECT id FROM visits ORDER BY id DESC LIMIT 1'),
    clientId: one('SELECT id FROM clients ORDER BY id LIMIT 1'),
  };
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const LEDGER = b64('姓名,电话,到访时间\r\n赵六,13800000006,2026-10-06 11:00\r\n');
const MAPPING = { ref: null, name: 0, phone: 1, gender: null, visitedAt: 2, consultant: null, needs: null };

/**
 * A valid input for every method, in the scene. Typed over MethodName: a method added to the
 * contract without one here does not compile, so no method escapes the attack.
 */
export function validInputs(s: Scene): { [M in MethodName]: () => MethodInput<M> } {
  const { office, token, visitId, clientId } = s;
  const { 王芳, 李雷, 张伟 } = office.ids;
  const today = office.call('getBoard', {}).day;
  const wang = { consultantId: 王芳, pin: PINS.王芳 };
  const file = { fileName: '来访登记.csv', content: LEDGER };
  return {
    getSetup: () => ({}),
    setupOffice: () => ({ officeName: '第二案场', name: '刘总', pin: '5555' }),
    getBoard: () => ({}),
    listConsultants: () => ({}),
    markVisitorLeft: () => ({ visitId }),
    signIn: () => ({ consultantId: office.supervisorId, pin: SUPERVISOR_PIN }),
    // A session of its own: a valid sign-out must not end the one the other calls use.
    signOut: () => ({ token: office.call('signIn', { consultantId: office.supervisorId, pin: SUPERVISOR_PIN }).token }),
    setStatus: () => ({ ...wang, status: 'available' }),
    getRoster: () => ({ token }),
    setRoster: () => {
      const roster = office.call('getRoster', { token });
      return { token, order: roster.order, off: [], lunchDuty: [], lunch: null, basedOn: roster.stamp };
    },
    reorderQueue: () => {
      const order = office.call('getBoard', {}).queue.map((m) => m.id);
      return { token, order, basedOn: order, note: '主管调整' };
    },
    skipTurn: () => ({ token, consultantId: 张伟, note: '临时外出' }),
    grantMakeup: () => ({ token, consultantId: 张伟, note: '补位' }),
    assignVisitor: () => ({ token, visitId, consultantId: 李雷, note: '主管指派' }),
    setRotationSuspended: () => ({ token, suspended: false, note: '恢复轮转' }),
    getPolicy: () => ({ token }),
    setPolicy: () => ({ token, preset: 'strict', overrides: { 'rotation.busy': 'skip' }, note: '调整规则' }),
    listStaff: () => ({ token }),
    saveConsultant: () => ({ token, name: '赵敏', role: 'consultant', pin: '4444' }),
    deactivateConsultant: () => ({ token, id: 张伟, note: '辞职', successorId: 李雷 }),
    getDayLog: () => ({ token }),
    findCandidates: () => ({ name: '孙丽', phone: '13800138000' }),
    previewCheckIn: () => ({ partySize: 2, registration: { name: '孙丽', phone: '13800138000' } }),
    checkIn: () => ({
      partySize: 2,
      answers: { namedConsultant: 李雷, namedEvidence: 'asked' },
      registration: complete('钱七', '13900000007'),
    }),
    completeRegistration: () => ({ visitId, registration: complete('周先生', '13700000001') }),
    listIncompleteRegistrations: () => ({ token }),
    acknowledgeAlert: () => ({ ...wang, alertId: 1 }),
    listMyClients: () => wang,
    logFollowUp: () => ({ ...wang, clientId, channel: 'phone', content: '电话回访,周末再来', reaction: '有意向' }),
    claimVisit: () => ({ ...wang, visitId }),
    overrideOwner: () => ({ token, clientId, consultantId: 李雷, note: '主管改归属' }),
    revealClientPhone: () => ({ token, clientId }),
    // 孙丽 came first, to 王芳: her client.
    revealMyClientPhone: () => ({ ...wang, clientId }),
    getConsentNotice: () => ({}),
    previewDeparture: () => ({ token, id: 张伟 }),
    getOfficeProfile: () => ({ token }),
    setOfficeProfile: () => ({
      token,
      officeName: '滨江壹号案场',
      projectName: '滨江壹号',
      sheetOrientation: 'portrait',
    }),
    getRulesPage: () => ({ token, lang: 'zh' }),
    readRules: () => ({}),
    getDailySheet: () => ({ token, day: today, orientation: null }),
    saveDailySheetPdf: () => ({ token, day: today }),
    closeDay: () => ({ token, day: today }),
    amendSheetRow: () => ({ token, visitId, note: '更正电话', changes: { phone: '13700000002' } }),
    saveMonthSheetsPdf: () => ({ token, month: today.slice(0, 7) }),
    preparePrinter: () => ({ token }),
    listClashes: () => ({ token }),
    decideClash: () => ({ token, key: 'phone:13800138000', ownerId: 王芳, note: '先登记者' }),
    listRulings: () => ({ token }),
    getRulingDocument: () => ({ token, rulingId: 1 }),
    getSplitPolicy: () => ({ token }),
    setSplitPolicy: () => ({ token, preset: 'halves', overrides: {} }),
    previewSale: () => ({ token, clientRef: office.call('listMyClients', wang)[0]?.ref ?? 'C0001', closerId: 李雷 }),
    recordSale: () => ({
      token,
      clientRef: office.call('listMyClients', wang)[0]?.ref ?? 'C0001',
      closerId: 李雷,
      unit: '3-1201',
      amountYuan: 3_200_000,
      override: { closerBp: 5000, note: '五五分' },
    }),
    listSales: () => ({ token }),
    listPublicPool: () => ({ token }),
    reassignPoolClient: () => ({ token, clientId, consultantId: 李雷, note: '公海分配' }),
    listMyLapsing: () => wang,
    getReport: () => ({ token, period: 'week', date: today }),
    exportRecords: () => ({ token, what: 'registrations', format: 'csv', from: today, to: today }),
    readImportFile: () => ({ token, ...file }),
    previewImport: () => ({ token, ...file, mapping: MAPPING }),
    importLedger: () => ({ token, ...file, mapping: MAPPING, skipBad: true }),
    listBackups: () => ({ token }),
    backUpNow: () => ({ token }),
    setBackupKeep: () => ({ token, keep: 7 }),
    restoreBackup: () => ({ token, fileName: 'front-desk-2026-11-22.db' }),
    listAuditLog: () => ({ token, limit: 20, beforeId: null }),
    findPersonData: () => ({ token, phone: '13800138000' }),
    exportPersonData: () => ({ token, phone: '13800138000' }),
    erasePersonData: () => ({ token, phone: '13800138000', confirmPhone: '138 0013 8000', reason: 'subjectRequest' }),
    getRetention: () => ({ token }),
    setRetention: () => ({ token, years: 3 }),
    getLanServing: () => ({ token }),
    setLanServing: () => ({ token, enabled: true }),
    startLanPairing: () => ({ token }),
    cancelLanPairing: () => ({ token }),
    revokeLanDevice: () => ({ token, deviceId: 1 }),
  };
}

/**
 * What must not change when a call is refused: how many rows every table holds, the settings, and
 * the day's board (queue, waiting, statuses) without its clock.
 */
export function fingerprint(office: TestOffice): string {
  const db = office.db;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  const counts = tables.map(({ name }) => [
    name,
    (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
  ]);
  const settings = db.prepare('SELECT * FROM settings ORDER BY 1').all();
  const board = office.backend.dispatch('getBoard', {}) as ApiResponse<{ now: number }>;
  if (!board.ok) throw new Error(`getBoard failed: ${board.error.message}`);
  const { now: _now, ...rest } = board.value;
  return JSON.stringify({ counts, settings, board: rest });
}

/** Runs per method: small by default for CI, larger to hunt (FC_RUNS=500); FC_SEED replays a failure. */
export const FC_PARAMS = {
  numRuns: Number(process.env.FC_RUNS ?? 25),
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
};

const HAN = /[\u3400-\u9fff]/;

/** A refusal the desk can read: a known code (never 'internal', a crash dressed as a message) and Chinese words. */
function expectReadableRefusal(method: string, attack: Attack, r: ApiResponse<unknown>): void {
  if (r.ok) return;
  const where = `${method} ${attack.kind} ${'path' in attack ? attack.path.join('.') : ''}`;
  expect(r.error.code, `${where}: ${r.error.message}`).not.toBe('internal');
  expect(typeof r.error.message, where).toBe('string');
  expect(r.error.message, where).toMatch(HAN);
}

/**
 * Throws hostile inputs at one method through the real dispatcher. Every answer is awaited (the
 * file-writing methods answer with a promise); a throw fails the run; a refused call must leave the
 * office's fingerprint as it was. Valid calls (a hostile value that happens to be valid) may write.
 */
export async function attackMethod(method: MethodName, params: { numRuns: number; seed?: number }): Promise<void> {
  const s = scene();
  const valid = validInputs(s)[method];
  await fc.assert(
    fc.asyncProperty(attacks(valid()), async (attack) => {
      const input = inputOf(attack, valid());
      const before = fingerprint(s.office);
      let r: ApiResponse<unknown>;
      try {
        r = await s.office.backend.dispatch(method, input);
      } catch (err) {
        throw new Error(`${method}: the dispatcher threw instead of answering: ${String(err)}`);
      }
      expect(r, `${method}: an answer of the shape {ok, …}`).toHaveProperty('ok');
      expectReadableRefusal(method, attack, r);
      if (!r.ok) expect(fingerprint(s.office), `${method} was refused (${r.error.message}) but wrote`).toBe(before);
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
    }),
    params,
  );
}

/**
 * One test per method of the given kinds of caller, and no unhandled rejection while they run.
 * The test files split the contract by caller (desk or supervisor) so the two halves run in parallel.
 */
export function attackEvery(credentials: ReadonlyArray<Access['credential']>): void {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  beforeAll(() => void process.on('unhandledRejection', onRejection));
  afterAll(() => void process.off('unhandledRejection', onRejection));

  const methods = METHOD_NAMES.filter((m) => credentials.includes(contract[m].access.credential));
  describe('given hostile input', () => {
    it.each(methods)('%s answers with a readable refusal and writes nothing', { timeout: 60_000 }, async (method) => {
      await attackMethod(method, FC_PARAMS);
      expect(rejections).toEqual([]);
    });
  });
}
