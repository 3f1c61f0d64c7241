import type { ClientRecord } from '../../electron/domain/clients';
import { localToEpoch, parseClock } from '../../electron/domain/office-time';
import type { FirstAnswers, OwnershipContext } from '../../electron/domain/ownership/ownership-types';
import type { OwnershipPeople, OwnershipPerson } from '../../electron/domain/ownership/people';
import { DEFAULT_POLICY, type OfficePolicy } from '../../electron/domain/policy';
import { CHEN, LI, LIU, WANG, ZHANG, ZHAO } from '../helpers/people';

export { CHEN, LI, LIU, WANG, ZHANG, ZHAO };
export { codesOf, zhOf, allInChinese } from '../helpers/people';

export const TZ = 'Asia/Shanghai';
export const DAY_MS = 86_400_000;

/** An office-local wall-clock time: when('2026-11-05', '15:00'). */
export function when(day: string, hhmm = '10:00', timeZone = TZ): number {
  const minutes = parseClock(hhmm);
  if (minutes === null) throw new Error(`bad test time ${hhmm}`);
  return localToEpoch(day, minutes, timeZone);
}

/** The test's "now": 10:00 on 2026-11-20, office time (the rotation tests' day). */
export const NOW = when('2026-11-20', '10:00');

/** The same office as the rotation tests; 赵敏 has left, and 刘洋 took over her clients. */
export function people(changes: Partial<Record<number, Partial<OwnershipPerson>>> = {}): OwnershipPeople {
  const base: [number, OwnershipPerson][] = [
    [WANG, { name: '王芳', active: true, successorId: null }],
    [LI, { name: '李雷', active: true, successorId: null }],
    [ZHANG, { name: '张伟', active: true, successorId: null }],
    [LIU, { name: '刘洋', active: true, successorId: null }],
    [CHEN, { name: '陈静', active: true, successorId: null }],
    [ZHAO, { name: '赵敏', active: false, successorId: LIU }],
  ];
  return new Map(base.map(([id, p]) => [id, { ...p, ...changes[id] }]));
}

export function ctx(over: Partial<OwnershipContext> = {}): OwnershipContext {
  return { now: NOW, timeZone: TZ, people: people(), ...over };
}

export function policy(over: Partial<OfficePolicy> = {}): OfficePolicy {
  return { ...DEFAULT_POLICY, ...over };
}

/** 孙丽, registered by 王芳 on 11-05 at 15:00: protected until 12-05 under the default 30 days. */
export function client(over: Partial<ClientRecord> = {}): ClientRecord {
  const visit = when('2026-11-05', '15:00');
  return {
    id: 101,
    ref: 'C00101',
    name: '孙丽',
    phones: ['13812345678'],
    ownerId: WANG,
    firstVisitAt: visit,
    lastVisitAt: visit,
    lastFollowUpAt: null,
    handedOverAt: null,
    referredByClientId: null,
    ...over,
  };
}

/** 周强, a client of 张伟's who sends friends; registered long ago, protection long lapsed. */
export function referrerClient(over: Partial<ClientRecord> = {}): ClientRecord {
  const visit = when('2025-03-01', '11:00');
  return client({
    id: 201,
    ref: 'C00201',
    name: '周强',
    phones: ['13900001111'],
    ownerId: ZHANG,
    firstVisitAt: visit,
    lastVisitAt: visit,
    ...over,
  });
}

export function answers(over: Partial<FirstAnswers> = {}): FirstAnswers {
  return {
    beenBefore: null,
    namedConsultant: null,
    appointmentWith: null,
    referrer: null,
    accompanied: false,
    ...over,
  };
}
