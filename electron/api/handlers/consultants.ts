import type { Database } from 'better-sqlite3';
import {
  findActiveByName,
  getConsultant,
  insertConsultant,
  listConsultants,
  markDeparted,
  setPinHash,
  updateConsultant,
  type ConsultantRow,
} from '../../../db/queries/consultants';
import { getSetting, setSetting } from '../../../db/queries/settings';
import { withDay } from '../../services/day-tx';
import { hashPin } from '../../services/pin';
import { toCard } from '../../services/people';
import { fail } from '../errors';
import { actorOf, type HandlerGroup } from '../handler-types';
import type { StaffMember } from '../types';

const toStaff = (c: ConsultantRow): StaffMember => ({
  ...toCard(c),
  phone: c.phone,
  active: c.active,
  createdAt: c.createdAt,
  departedAt: c.departedAt,
});

function mustGet(db: Database, id: number): ConsultantRow {
  return getConsultant(db, id) ?? fail('not_found', '找不到该顾问');
}

export const consultantHandlers: HandlerGroup<
  'listConsultants' | 'listStaff' | 'saveConsultant' | 'deactivateConsultant'
> = (deps) => ({
  listConsultants: () =>
    listConsultants(deps.db)
      .filter((c) => c.active)
      .map(toCard),

  listStaff: () => listConsultants(deps.db).map(toStaff),

  saveConsultant: (input) => {
    const saved = deps.db
      .transaction(() => {
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
        const existing = mustGet(deps.db, input.id);
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
    return toStaff(mustGet(deps.db, saved));
  },

  /** A departure: out of today's rotation and the standing order; history stays readable. */
  deactivateConsultant: (input, call) => {
    const actor = actorOf(call);
    const target = mustGet(deps.db, input.id);
    if (!target.active) return fail('conflict', `${target.name}已是离职状态`);
    if (target.id === actor.id) return fail('forbidden', '不能将自己设为离职');
    withDay(deps, (tx) => {
      if (tx.state.members.has(target.id))
        tx.append(
          { type: 'status_changed', consultantId: target.id, status: 'leave', note: `离职:${input.note}` },
          actor.id,
        );
      markDeparted(deps.db, target.id, deps.clock.now());
      setSetting(
        deps.db,
        'standingOrder',
        getSetting(deps.db, 'standingOrder').filter((id) => id !== target.id),
      );
      setSetting(
        deps.db,
        'lunchDuty',
        getSetting(deps.db, 'lunchDuty').filter((id) => id !== target.id),
      );
      tx.settle();
    });
    deps.sessions.closeAllFor(target.id);
    deps.bus.emit('boardChanged', { version: 0 });
    return toStaff(mustGet(deps.db, target.id));
  },
});
