import { appendAudit, type AuditRecord } from '../services/audit';
import type { Deps } from '../services/deps';
import type { MethodName, MethodResult, ParsedInput } from './contract';
import type { CallContext, Handlers } from './handler-types';

type Describe<M extends MethodName> = (input: ParsedInput<M>, result: Awaited<MethodResult<M>>) => AuditRecord;

/** Fields a change touched, never their values: a correction to a name or phone must not copy it here. */
const fieldsOf = (changes: object) =>
  Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined);

/**
 * The supervisor's acts that go into the audit log, and how each is described: ids, settings and
 * counts, no visitors' names or phones (a client by its id, a visit by its id) and no free-text
 * notes, which live with the record they explain. Importing records its entry in the import's own
 * transaction (handlers/exchange.ts); restoring records it before the database is replaced (handlers/backups.ts).
 */
const AUDITED: { [M in MethodName]?: Describe<M> } = {
  setRoster: (i) => ({
    action: 'roster.save',
    subject: 'roster',
    details: { order: i.order, off: i.off, lunchDuty: i.lunchDuty, lunch: i.lunch, saveAsStanding: i.saveAsStanding },
  }),
  reorderQueue: (i) => ({ action: 'queue.reorder', subject: 'queue', details: { order: i.order, was: i.basedOn } }),
  skipTurn: (i) => ({ action: 'queue.skip', subject: `consultant:${i.consultantId}` }),
  grantMakeup: (i) => ({ action: 'queue.makeup', subject: `consultant:${i.consultantId}` }),
  assignVisitor: (i) => ({
    action: 'queue.assign',
    subject: `visit:${i.visitId}`,
    details: { consultantId: i.consultantId },
  }),
  setRotationSuspended: (i) => ({
    action: i.suspended ? 'queue.suspend' : 'queue.resume',
    subject: 'queue',
  }),
  setPolicy: (i) => ({
    action: 'settings.policy',
    subject: 'policy',
    details: { preset: i.preset, overrides: i.overrides },
  }),
  setSplitPolicy: (i) => ({
    action: 'settings.split',
    subject: 'split-policy',
    details: { preset: i.preset, overrides: i.overrides },
  }),
  setOfficeProfile: (i) => ({
    action: 'settings.office',
    subject: 'office',
    details: {
      officeName: i.officeName,
      projectName: i.projectName,
      sheetOrientation: i.sheetOrientation,
      idleMinutes: i.idleMinutes,
    },
  }),
  setBackupKeep: (i) => ({ action: 'settings.backup-keep', subject: 'backups', details: { keep: i.keep } }),
  saveConsultant: (i, staff) => ({
    action: i.id === null ? 'staff.add' : 'staff.update',
    subject: `consultant:${staff.id}`,
    details: { role: i.role, pinSet: i.pin !== null },
  }),
  deactivateConsultant: (i) => ({
    action: 'staff.depart',
    subject: `consultant:${i.id}`,
    details: { successorId: i.successorId },
  }),
  overrideOwner: (i) => ({
    action: 'client.owner-override',
    subject: `client:${i.clientId}`,
    details: { consultantId: i.consultantId },
  }),
  reassignPoolClient: (i) => ({
    action: 'client.pool-hand-over',
    subject: `client:${i.clientId}`,
    details: { consultantId: i.consultantId },
  }),
  decideClash: (i, ruling) => ({
    action: 'ruling.decide',
    subject: `ruling:${ruling.id}`,
    details: { clash: i.key, ownerId: i.ownerId, number: ruling.number },
  }),
  recordSale: (i, sale) => ({
    action: 'sale.record',
    subject: `sale:${sale.id}`,
    details: {
      clientRef: i.clientRef,
      closerId: i.closerId,
      soldOn: i.soldOn,
      unit: i.unit,
      amountYuan: i.amountYuan,
      // The override's share only: its written reason stays with the sale, as every note does.
      splitOverride: i.override === null ? null : { closerBp: i.override.closerBp },
    },
  }),
  closeDay: (i) => ({ action: 'day.close', subject: `day:${i.day}` }),
  amendSheetRow: (i) => ({
    action: 'sheet.correct',
    subject: `visit:${i.visitId}`,
    details: { fields: fieldsOf(i.changes) },
  }),
  backUpNow: (_, file) => ({ action: 'backup.manual', subject: `backup:${file.fileName}` }),
  exportRecords: (i, file) => ({
    action: 'export.records',
    subject: `export:${i.what}`,
    details: {
      format: i.format,
      from: i.from,
      to: i.to,
      rows: file.rows,
      fileName: file.fileName,
      fullPhones: i.fullPhones,
    },
  }),
  // 个人信息: the erasure's tombstone holds the erasure number, the reason's code and counts per table —
  // no name, no phone, and no hash of the phone either: an 11-digit mobile is found again from its hash
  // by trying every number, so a hash would be the phone.
  erasePersonData: (i, r) => ({
    action: 'person.erase',
    subject: `erasure:${r.erasureNo}`,
    details: { reason: i.reason, ...r.counts },
  }),
  // A lookup from a phone to a person is itself a use of their data: who looked, and whether anything was held.
  findPersonData: (_, r) => ({
    action: 'person.find',
    subject: 'person',
    details: { found: r.found, clients: r.clients.length, visits: r.visits },
  }),
  exportPersonData: (_, file) => ({ action: 'person.export', subject: `file:${file.fileName}` }),
  setRetention: (i) => ({ action: 'settings.retention', subject: 'retention', details: { years: i.years } }),
  saveDailySheetPdf: (_, file) => ({ action: 'export.sheet-pdf', subject: `file:${file.fileName}` }),
  saveMonthSheetsPdf: (i, file) => ({
    action: 'export.month-sheets-pdf',
    subject: `month:${i.month}`,
    details: { fileName: file.fileName },
  }),
};

/**
 * Each audited method's handler, wrapped so that its entry is written in the same transaction as
 * the act (the handler's own transaction becomes a savepoint inside it): an act that fails writes
 * no entry, an entry that cannot be written undoes the act. Acts that write files (backups,
 * exports) are recorded once the file is there; a file that failed to be made is not recorded.
 */
export function withAudit(deps: Deps, handlers: Handlers): Handlers {
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const name of Object.keys(AUDITED) as MethodName[]) {
    const describe = AUDITED[name] as (input: unknown, result: unknown) => AuditRecord;
    const handler = handlers[name] as (input: unknown, call: CallContext) => unknown;
    const record = (input: unknown, call: CallContext, result: unknown) => {
      const actor = call.actor ?? { id: null, name: '系统' };
      appendAudit(deps.db, deps.clock.now(), { id: actor.id, name: actor.name }, describe(input, result));
    };
    wrapped[name] = (input: unknown, call: CallContext) => {
      let file: Promise<unknown> | null = null;
      const result = deps.db
        .transaction(() => {
          const value = handler(input, call);
          // A transaction cannot hold a promise: a file's act is recorded when the file is there.
          if (value instanceof Promise) {
            file = value;
            return null;
          }
          record(input, call, value);
          return value;
        })
        .immediate();
      return file === null ? result : (file as Promise<unknown>).then((v) => (record(input, call, v), v));
    };
  }
  return wrapped as Handlers;
}
