import { describe, expect, it } from 'vitest';
import { checkClaim, type ClaimedAssignment, type ClaimInput } from '../../electron/domain/ownership/claim';
import { allInChinese, people, policy, when, LI, WANG, ZHAO, zhOf } from './ownership-fixtures';

// 李雷 received a visitor as new at 10:05; 王芳 recognises her client.
const received: ClaimedAssignment = { visitId: 7, receivedBy: LI, at: when('2026-11-20', '10:05'), wasNewClient: true };

function claim(at: string, over: Partial<ClaimInput> = {}) {
  return checkClaim({
    assignment: received,
    claimantId: WANG,
    now: when('2026-11-20', at),
    timeZone: 'Asia/Shanghai',
    policy: policy(),
    people: people(),
    ...over,
  });
}

describe("the recognition window, 'ownership.recognitionWindowMinutes' = 15 (the default)", () => {
  it('lets an owner claim their client within the window: the claimant receives and owns, the receiver is free', () => {
    const v = claim('10:12');
    expect(v).toMatchObject({ allowed: true, visitId: 7, ownerId: WANG, freedId: LI });
    expect(zhOf(v.reasons)).toEqual([
      '王芳在15分钟内认出自己的客户(10:05由李雷接待),改由王芳接待并归属',
      '李雷本次接待不计轮次,恢复空闲',
    ]);
    expect(allInChinese(v.reasons)).toBe(true);
  });

  it('allows a claim at exactly 15 minutes', () => {
    expect(claim('10:20').allowed).toBe(true);
  });

  it('refuses a claim made after the recognition window: the receiver keeps the client', () => {
    const v = claim('10:21');
    expect(v).toMatchObject({ allowed: false, visitId: 7 });
    expect(zhOf(v.reasons)).toEqual(['10:05由李雷接待,10:21认领已超过15分钟,客户归李雷']);
    expect(v.reasons[0]?.en).toBe(
      'Received by 李雷 at 10:05; claimed at 10:21, after the 15-minute window: the client stays with 李雷',
    );
  });

  it('writes the times in the office time zone', () => {
    const v = claim('10:30', { timeZone: 'UTC' });
    expect(zhOf(v.reasons)).toEqual(['02:05由李雷接待,02:30认领已超过15分钟,客户归李雷']);
  });
});

describe("other 'ownership.recognitionWindowMinutes' values", () => {
  it('refuses at 6 minutes where the office allows 5 (5分钟内认出)', () => {
    const p = policy({ 'ownership.recognitionWindowMinutes': 5 });
    expect(claim('10:10', { policy: p }).allowed).toBe(true);
    expect(zhOf(claim('10:11', { policy: p }).reasons)).toEqual(['10:05由李雷接待,10:11认领已超过5分钟,客户归李雷']);
  });

  it('refuses every claim where the office sets 0', () => {
    const v = claim('10:05', { policy: policy({ 'ownership.recognitionWindowMinutes': 0 }) });
    expect(v.allowed).toBe(false);
    expect(zhOf(v.reasons)).toEqual(['本案场不接受事后认领,客户归李雷']);
  });
});

describe('claims that are refused whatever the time', () => {
  it('refuses a claim by a consultant who has left', () => {
    const v = claim('10:06', { claimantId: ZHAO });
    expect(v.allowed).toBe(false);
    expect(zhOf(v.reasons)).toEqual(['赵敏已离职,不能认领']);
  });

  it('refuses a claim by the consultant already receiving the visitor', () => {
    const v = claim('10:06', { claimantId: LI });
    expect(zhOf(v.reasons)).toEqual(['李雷已是该来访的接待顾问,无需认领']);
  });

  it('refuses a claim on a visit that was not received as a new client', () => {
    const v = claim('10:06', { assignment: { ...received, wasNewClient: false } });
    expect(v.allowed).toBe(false);
    expect(zhOf(v.reasons)).toEqual(['该来访不是按新客户接待的,不能认领']);
  });
});
