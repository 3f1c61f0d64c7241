import { z } from 'zod';
import { storageFailure } from '../../db/sqlite-errors';
import { getConsultant, getPinState, recordPinResult } from '../../db/queries/consultants';
import { verifyPin } from '../services/pin';
import { appendAudit, SYSTEM_ACTOR } from '../services/audit';
import { lockMinutes, triesLeft } from '../domain/pin-lockout';
import type { Actor, Deps } from '../services/deps';
import { contract, type MethodName } from './contract';
import { mayCall, type Access } from './contract-kit';
import type { Role } from '../domain/roles';
import { AppError, fail, type ApiResponse } from './errors';
import type { CallContext, Handlers } from './handler-types';

z.config(z.locales.zhCN());

/** Field names as the desk calls them, so a message reads 「姓名:请填写姓名」 rather than a key. */
const FIELD_LABELS: Record<string, string> = {
  officeName: '案场名称',
  projectName: '项目名称',
  sheetOrientation: '登记表方向',
  idleMinutes: '无操作返回前台',
  successorId: '接替人',
  name: '姓名',
  phone: '电话',
  pin: '密码',
  partySize: '来访人数',
  directedTo: '指定顾问',
  directedKind: '指定方式',
  consultantId: '顾问',
  visitId: '访客',
  status: '状态',
  order: '顺序',
  off: '休假名单',
  lunchDuty: '午餐值班',
  lunch: '午餐时段',
  from: '开始时间',
  to: '结束时间',
  note: '原因',
  role: '角色',
  photo: '照片',
  preset: '规则方案',
  overrides: '规则设置',
  token: '登录凭证',
  basedOn: '队列版本',
  clientRef: '客户档案编号',
  closerId: '成交顾问',
  soldOn: '成交日期',
  unit: '房号',
  amountYuan: '成交金额',
  override: '分成调整',
  closerBp: '成交者分成',
  ownerId: '客户归属',
  rulingId: '裁定',
  fileName: '文件名',
  content: '文件',
  mapping: '列的对应',
  period: '报表周期',
  date: '日期',
  port: '端口',
  deviceId: '设备',
  registration: '来访登记',
  consent: '告知同意',
  confirmPhone: '再次输入的电话',
  reason: '依据',
  years: '保存年限',
};

function describeIssues(error: z.ZodError): string {
  const label = (part: PropertyKey) => (typeof part === 'string' ? (FIELD_LABELS[part] ?? part) : String(part));
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.map(label).join(' › ')}:${i.message}` : i.message))
    .slice(0, 5)
    .join(';');
}

/**
 * Checks a staff member's PIN. Every fifth wrong PIN in a row locks them out, each lock twice as long
 * as the last (domain/pin-lockout.ts), and the lock is in the audit log. The count is committed on
 * its own, so a failed action still counts the attempt.
 */
export function checkPin(deps: Deps, consultantId: number, pin: string): Actor {
  const consultant = getConsultant(deps.db, consultantId);
  const state = getPinState(deps.db, consultantId);
  if (!consultant || !state) return fail('not_found', '找不到该顾问');
  if (!consultant.active) return fail('forbidden', `${consultant.name}已离职,不能再操作`);
  const now = deps.clock.now();
  if (state.lockedUntil !== null && state.lockedUntil > now) {
    const minutes = Math.ceil((state.lockedUntil - now) / 60_000);
    return fail('locked', `密码错误次数过多,${consultant.name}已被锁定,请 ${minutes} 分钟后再试`, { minutes });
  }
  if (verifyPin(pin, state.pinHash)) {
    if (state.pinFailures > 0 || state.lockedUntil !== null) recordPinResult(deps.db, consultantId, 0, null);
    return { id: consultant.id, name: consultant.name, role: consultant.role };
  }
  const failures = state.pinFailures + 1;
  const minutes = lockMinutes(failures);
  if (minutes !== null) {
    deps.db.transaction(() => {
      recordPinResult(deps.db, consultantId, failures, now + minutes * 60_000);
      appendAudit(deps.db, now, SYSTEM_ACTOR, {
        action: 'pin.locked',
        subject: `consultant:${consultantId}`,
        details: { failures, minutes },
      });
    })();
    return fail('locked', `密码连续错误 ${failures} 次,${consultant.name}已被锁定 ${minutes} 分钟`, { minutes });
  }
  recordPinResult(deps.db, consultantId, failures, null);
  const left = triesLeft(failures);
  return fail('wrong_pin', `密码错误,还可再试 ${left} 次`, { left });
}

/** The staff member signed in with this token; the sign-in lapses after a while without calls. */
function signedInActor(deps: Deps, token: string): Actor {
  const id = deps.sessions.touch(token, deps.clock.now());
  const consultant = id === null ? null : getConsultant(deps.db, id);
  if (!consultant || !consultant.active) return fail('unauthorized', '登录已过期,请重新输入密码登录');
  return { id: consultant.id, name: consultant.name, role: consultant.role };
}

const ROLE_NAMES: Record<Role, string> = {
  receptionist: '前台',
  consultant: '置业顾问',
  supervisor: '主管',
  admin: '管理员',
};

/** Proves who calls (nobody, a PIN, a sign-in) and refuses a role the method does not declare. */
function authenticate(deps: Deps, access: Access, input: Record<string, unknown>): Actor | null {
  if (access.credential === 'none') return null;
  const actor =
    access.credential === 'pin'
      ? checkPin(deps, input.consultantId as number, input.pin as string)
      : signedInActor(deps, input.token as string);
  if (!mayCall(access, actor.role)) {
    const allowed = access.roles.map((r) => ROLE_NAMES[r]).join('或');
    return fail('forbidden', `${actor.name}是${ROLE_NAMES[actor.role]},此操作需要${allowed}权限`, { role: actor.role });
  }
  return actor;
}

/** Synchronous for the database's calls, a promise for those that print or write files. */
export type Dispatch = (method: string, input: unknown) => ApiResponse<unknown> | Promise<ApiResponse<unknown>>;

function failure(err: unknown, log: (err: unknown) => void): ApiResponse<never> {
  if (err instanceof AppError) return { ok: false, error: err.toBody() };
  log(err);
  // Disk full, a read-only folder, a database locked by another program: the transaction rolled back.
  const storage = storageFailure(err);
  if (storage) {
    return { ok: false, error: { code: 'storage', message: storage.message, params: { problem: storage.problem } } };
  }
  return {
    ok: false,
    error: { code: 'internal', message: '系统内部错误,操作未保存。请重试,若仍失败请联系管理员。' },
  };
}

/** Validates, authenticates and runs one call; every failure comes back as a message, never a throw. */
export function createDispatch(deps: Deps, handlers: Handlers, log: (err: unknown) => void = console.error): Dispatch {
  return (method, rawInput) => {
    try {
      if (!Object.hasOwn(contract, method)) return fail('not_found', `未知的操作:${method}`);
      const name = method as MethodName;
      const spec = contract[name];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) return fail('invalid_input', `输入有误:${describeIssues(parsed.error)}`);
      const input = parsed.data as Record<string, unknown>;
      const call: CallContext = { actor: authenticate(deps, spec.access, input) };
      const handler = handlers[name] as (input: unknown, call: CallContext) => unknown;
      const value = handler(input, call);
      if (value instanceof Promise) {
        return value.then(
          (v: unknown): ApiResponse<unknown> => ({ ok: true, value: v }),
          (err: unknown) => failure(err, log),
        );
      }
      return { ok: true, value };
    } catch (err) {
      return failure(err, log);
    }
  };
}
