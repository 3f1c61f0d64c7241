import type { Database } from 'better-sqlite3';
import {
  findActiveByName,
  getConsultant,
  insertConsultant,
  listConsultants,
  setPinHash,
  updateConsultant,
  type ConsultantRow,
} from '../../../db/queries/consultants';
import { countDepartureMoves } from '../../../db/queries/ownership-changes';
import { departConsultant } from '../../services/departure';
import { hashPin } from '../../services/pin';
import { toCard } from '../../services/people';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';
import type { StaffMember } from '../types';
import type { Actor } from '../../services/deps';
import { staffChangeRefusal, type StaffRole } from '../../domain/roles';

/** The staff list as the supervisor reads it: a departed consultant with who took their clients and how many. */
function staffList(db: Database): StaffMember[] {
  const rows = listConsultants(db);
  const names = new Map(rows.map((c) => [c.id, c.name]));
  const moved = countDepartureMoves(db);
  return rows.map((c) => ({
    ...toCard(c),
    phone: c.phone,
    active: c.active,
    createdAt: c.createdAt,
    departedAt: c.departedAt,
    successor: c.successorId === null ? null : { id: c.successorId, name: names.get(c.successorId) ?? '' },
    clientsMoved: moved.get(c.id) ?? 0,
  }));
}

function staffMember(db: Database, id: number): StaffMember {
  return staffList(db).find((m) => m.id === id) ?? fail('not_found', '找不到该顾问');
}

function mustGet(db: Database, id: number): ConsultantRow {
  return getConsultant(db, id) ?? fail('not_found', '找不到该顾问');
}

function refuseStaffChange(db: Database, actor: Actor, before: ConsultantRow | null, after: StaffRole | null): void {
  const otherAdmins = listConsultants(db).filter((c) => c.active && c.role === 'admin' && c.id !== before?.id).length;
  const refusal = staffChangeRefusal({ actor: actor.role, before: before?.role ?? null, after, otherAdmins });
  if (refusal) fail('forbidden', refusal);
}

export const consultantHandlers: HandlerGroup<
  'listConsultants' | 'listStaff' | 'saveConsultant' | 'deactivateConsultant'
> = (deps) => ({
  listConsultants: () =>
    listConsultants(deps.db)
      .filter((c) => c.active)
      .map(toCard),

  listStaff: () => staffList(deps.db),

  saveConsultant: (input, call) => {
    const saved = deps.db
      .transaction(() => {
        const before = input.id === null ? null : mustGet(deps.db, input.id);
        refuseStaffChange(deps.db, actorOf(call), before, input.role);
        const clash = findActiveByName(deps.db, input.name);
        if (clash && clash.id !== input.id)
          return fail('conflict', `已有在职顾问名为“${input.name}”,请加以区分(如 王芳A)`);
        if (input.id === null) {
          if (input.pin === null) return fail('invalid_input', '新顾问需要设置 4 至 6 位数字密码');
          return insertConsultant(deps.db, {
            name: input.name,
            phone: input.phone,
            role: input.role,
            photo: input.photo,
            pinHash: hashPin(input.pin),
            createdAt: deps.clock.now(),
          });
        }
        const existing = before ?? mustGet(deps.db, input.id);
        if (!existing.active) return fail('conflict', `${existing.name}已离职,不能修改`);
        updateConsultant(deps.db, existing.id, {
          name: input.name,
          phone: input.phone,
          role: input.role,
          photo: input.photo,
        });
        if (input.pin !== null) setPinHash(deps.db, existing.id, hashPin(input.pin));
        return existing.id;
      })
      .immediate();
    deps.bus.emit('boardChanged', { version: 0 });
    return staffMember(deps.db, saved);
  },

  /** A departure (离职): the clients go to the successor or back to the office, in one transaction. */
  deactivateConsultant: (input, call) => {
    refuseStaffChange(deps.db, actorOf(call), mustGet(deps.db, input.id), null);
    departConsultant(deps, { consultantId: input.id, successorId: input.successorId, note: input.note }, actorOf(call));
    return staffMember(deps.db, input.id);
  },
});
