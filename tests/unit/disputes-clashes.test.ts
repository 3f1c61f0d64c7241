import { describe, expect, it } from 'vitest';
import type { RecordEvidence } from '../../electron/domain/disputes/clash-types';
import { duplicateClash, standInClash } from '../../electron/domain/disputes/detect';
import { openClashes } from '../../electron/domain/disputes/open-clashes';
import { planRuling } from '../../electron/domain/disputes/ruling';
import { daysLeftInWeek, lapsesThisWeek, publicPool } from '../../electron/domain/disputes/pool';
import { client, LI, people, policy, TZ, WANG, when, ZHANG, ZHAO } from './ownership-fixtures';

const ctx = { timeZone: TZ, people: people() };
const PHONE = '13812345678';

/** 孙丽 registered by 王芳 on 11-05 and followed up on 11-12. */
function wangsRecord(over: Partial<RecordEvidence> = {}): RecordEvidence {
  const at = when('2026-11-05', '15:00');
  return {
    client: client({
      id: 101,
      ref: 'C00101',
      name: '孙丽',
      phones: [PHONE],
      ownerId: WANG,
      firstVisitAt: at,
      lastVisitAt: at,
    }),
    visits: [{ visitId: 1, at, complete: true, receivedBy: WANG }],
    followUps: [
      { id: 1, at: when('2026-11-12', '20:00'), consultantId: WANG, channel: 'wechat', content: '发了户型图' },
    ],
    ...over,
  };
}

/** The same phone registered again by 李雷 on `day`, under `name`. */
function lisRecord(day: string, name = '孙丽'): RecordEvidence {
  const at = when(day, '11:00');
  return {
    client: client({ id: 107, ref: 'C00107', name, phones: [PHONE], ownerId: LI, firstVisitAt: at, lastVisitAt: at }),
    visits: [{ visitId: 7, at, complete: true, receivedBy: LI }],
    followUps: [],
  };
}

describe('a clash between two records of one phone (撞单)', () => {
  it('finds the same visitor registered by two consultants, earlier registration first', () => {
    const clash = duplicateClash(lisRecord('2026-11-18'), wangsRecord(), policy(), ctx);
    expect(clash?.kind).toBe('samePerson');
    expect(clash?.key).toBe('dup:101-107');
    expect(clash?.sides.map((s) => [s.consultantId, s.clientRef])).toEqual([
      [WANG, 'C00101'],
      [LI, 'C00107'],
    ]);
    expect(clash?.reasons[0]?.zh).toBe(
      '同一电话 138****5678、同一访客:王芳于 2026-11-05 15:00 登记为 C00101,李雷于 2026-11-18 11:00 又登记为 C00107',
    );
  });

  it('suggests the first registration’s owner while it was still protected, by the ownership rules', () => {
    const clash = duplicateClash(wangsRecord(), lisRecord('2026-11-18'), policy(), ctx);
    expect(clash?.suggestion.ownerId).toBe(WANG);
    expect(clash?.suggestion.reasons.map((r) => r.code)).toEqual(['firstRegistration', 'protected']);
  });

  it('marks the follow-ups that fell within the protection before the clash', () => {
    const clash = duplicateClash(wangsRecord(), lisRecord('2026-11-18'), policy(), ctx);
    expect(clash?.sides[0].followUps.map((f) => f.withinProtection)).toEqual([true]);
  });

  it('suggests the later consultant when the first registration had lapsed by then', () => {
    const clash = duplicateClash(wangsRecord(), lisRecord('2027-01-20'), policy(), ctx);
    expect(clash?.suggestion.ownerId).toBe(LI);
    expect(clash?.suggestion.reasons.map((r) => r.code)).toEqual(['firstRegistration', 'lapsed', 'laterIsNew']);
  });

  it('counts only what was on file before the clash: a follow-up after it does not extend the first protection', () => {
    const late = wangsRecord({
      followUps: [{ id: 2, at: when('2027-01-25', '10:00'), consultantId: WANG, channel: 'phone', content: '回访' }],
    });
    expect(duplicateClash(late, lisRecord('2027-01-20'), policy(), ctx)?.suggestion.ownerId).toBe(LI);
  });

  it('sees a household when the shared phone belongs to another name (一家人)', () => {
    const clash = duplicateClash(wangsRecord(), lisRecord('2026-11-18', '周建国'), policy(), ctx);
    expect(clash?.kind).toBe('household');
    expect(clash?.reasons[0]?.code).toBe('clashHousehold');
  });

  it('finds no clash when one consultant holds both records, or they share no phone', () => {
    const mine = { ...lisRecord('2026-11-18'), client: { ...lisRecord('2026-11-18').client, ownerId: WANG } };
    expect(duplicateClash(wangsRecord(), mine, policy(), ctx)).toBeNull();
    const other = {
      ...lisRecord('2026-11-18'),
      client: { ...lisRecord('2026-11-18').client, phones: ['13900000000'] },
    };
    expect(duplicateClash(wangsRecord(), other, policy(), ctx)).toBeNull();
  });

  it('gives a departed first owner’s claim to their successor', () => {
    const zhaos = wangsRecord({ client: { ...wangsRecord().client, ownerId: ZHAO } });
    const clash = duplicateClash(zhaos, lisRecord('2026-11-18'), policy({ 'ownership.departed': 'successor' }), ctx);
    expect(clash?.suggestion.reasons.map((r) => r.code)).toContain('successorOwns');
  });
});

describe('a clash by a stand-in reception while protected', () => {
  const standInVisit = { visitId: 9, at: when('2026-11-20', '10:30'), receivedBy: ZHANG, ownerAtVisit: WANG };
  const received = wangsRecord({
    visits: [...wangsRecord().visits, { visitId: 9, at: standInVisit.at, complete: true, receivedBy: ZHANG }],
  });

  it('lists the owner’s client received by someone else, owner first, and suggests the owner', () => {
    const clash = standInClash(received, standInVisit, policy(), ctx);
    expect(clash?.kind).toBe('standIn');
    expect(clash?.sides.map((s) => [s.consultantId, s.visits.map((v) => v.visitId)])).toEqual([
      [WANG, [1]],
      [ZHANG, [9]],
    ]);
    expect(clash?.reasons[0]?.zh).toBe('张伟于 2026-11-20 10:30 接待了王芳保护期内的客户孙丽');
    expect(clash?.suggestion.ownerId).toBe(WANG);
    expect(clash?.suggestion.reasons.at(-1)?.code).toBe('standInNoClaim');
  });

  it('is no clash once the client was moved to the receiver, or when protection had lapsed', () => {
    const moved = { ...received, client: { ...received.client, ownerId: ZHANG } };
    expect(standInClash(moved, standInVisit, policy(), ctx)).toBeNull();
    const late = { ...standInVisit, at: when('2027-02-01', '10:00') };
    expect(standInClash(received, late, policy(), ctx)).toBeNull();
  });
});

describe('the open list', () => {
  it('leaves out a clash already ruled on', () => {
    const records = new Map([
      [101, wangsRecord()],
      [107, lisRecord('2026-11-18')],
    ]);
    const facts = { records, pairs: [[101, 107] as const], receptions: [], decided: new Set<string>() };
    expect(openClashes(facts, policy(), ctx).map((c) => c.key)).toEqual(['dup:101-107']);
    expect(openClashes({ ...facts, decided: new Set(['dup:101-107']) }, policy(), ctx)).toEqual([]);
  });
});

describe('a household beside a duplicate', () => {
  it('waits until the duplicate is merged: the household is judged on the merged record', () => {
    const husband = lisRecord('2026-11-20', '周建国');
    const husbandOfWang = { ...husband, client: { ...husband.client, id: 110, ref: 'C00110', ownerId: WANG } };
    const records = new Map([
      [101, wangsRecord()],
      [107, lisRecord('2026-11-18')],
      [110, husbandOfWang],
    ]);
    const pairs = [[101, 107] as const, [107, 110] as const];
    const facts = { records, pairs, receptions: [], decided: new Set<string>() };
    expect(openClashes(facts, policy(), ctx).map((c) => c.kind)).toEqual(['samePerson']);
  });
});

describe('the ruling', () => {
  const clash = duplicateClash(wangsRecord(), lisRecord('2026-11-18'), policy(), ctx);
  const supervisor = { id: 99, name: '陈总' };

  it('merges the losing duplicate into the winner’s record, with the reason', () => {
    if (!clash) throw new Error('expected a clash');
    const verdict = planRuling({ clash, ownerId: WANG, note: '王芳登记在先且有回访', supervisor, people: people() });
    expect(verdict.ok && verdict.action).toEqual({ kind: 'merge', winnerId: 101, loserId: 107 });
    expect(verdict.ok && verdict.reasons.map((r) => r.zh)).toEqual([
      '主管陈总裁定归王芳:王芳登记在先且有回访',
      '重复档案 C00107 并入 C00101(来访、电话、跟进一并转入)',
    ]);
  });

  it('refuses a ruling without a reason, or for someone who is not a side', () => {
    if (!clash) throw new Error('expected a clash');
    expect(planRuling({ clash, ownerId: WANG, note: ' ', supervisor, people: people() }).ok).toBe(false);
    const verdict = planRuling({ clash, ownerId: ZHANG, note: '理由', supervisor, people: people() });
    expect(verdict.ok ? null : verdict.reasons[0]?.zh).toBe('张伟不是本次撞单的一方');
  });
});

describe('the public pool (公海) and this week’s lapses', () => {
  const now = when('2026-12-09', '10:00');

  it('holds the lapsed and the ownerless, not the protected', () => {
    const lapsed = client({ id: 1, lastVisitAt: when('2026-11-01'), firstVisitAt: when('2026-11-01') });
    const held = client({ id: 2, lastVisitAt: when('2026-12-01'), firstVisitAt: when('2026-12-01') });
    const nobody = client({ id: 3, ownerId: null });
    const pool = publicPool([lapsed, held, nobody], now, policy(), ctx);
    expect(pool.map((p) => [p.client.id, p.reasons[0]?.code])).toEqual([
      [1, 'lapsed'],
      [3, 'recordWithoutOwner'],
    ]);
  });

  it('counts the days to Sunday and lists a protection ending before the week is out', () => {
    expect(daysLeftInWeek(now, TZ)).toBe(4);
    const endsFriday = client({ lastVisitAt: when('2026-11-11', '09:00'), firstVisitAt: when('2026-11-11', '09:00') });
    const endsNextWeek = client({ lastVisitAt: when('2026-11-20'), firstVisitAt: when('2026-11-20') });
    expect(lapsesThisWeek(endsFriday, now, policy(), TZ)).toBe(true);
    expect(lapsesThisWeek(endsNextWeek, now, policy(), TZ)).toBe(false);
  });
});
