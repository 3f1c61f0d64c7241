import { describe, expect, it } from 'vitest';
import { decideOwnership } from '../../electron/domain/ownership/ownership';
import type { FirstAnswers } from '../../electron/domain/ownership/ownership-types';
import type { OfficePolicy } from '../../electron/domain/policy';
import { allInChinese, answers, ctx, LI, policy, ZHANG, ZHAO, zhOf } from './ownership-fixtures';

const NEW_CLIENT = '按新客户接待:轮排接待的顾问首接并归属';

const decide = (a: Partial<FirstAnswers> = {}, p: Partial<OfficePolicy> = {}) =>
  decideOwnership({ matched: null, answers: answers(a) }, policy(p), ctx());

describe('first contact (首接): a visitor with no record', () => {
  it('leaves a new visitor to the rotation, whose receiver becomes the owner', () => {
    const d = decide({ beenBefore: false });
    expect(d).toEqual({
      returning: false,
      household: false,
      matchedClientId: null,
      ownerId: null,
      directedTo: null,
      directedKind: null,
      lapsedOwnerToTell: null,
      referrerClientId: null,
      notes: [],
      reasons: [expect.objectContaining({ code: 'newClient', zh: NEW_CLIENT })],
    });
  });

  it('treats a visitor who says they have been before, but is not registered, as new (未登记视为新客户)', () => {
    const d = decide({ beenBefore: true });
    expect(d.ownerId).toBeNull();
    expect(zhOf(d.reasons)).toEqual(['访客说来过,但没有找到登记(未登记视为新客户)', NEW_CLIENT]);
  });
});

describe("the visitor's own word (客户意愿), 'ownership.trustNamedWithoutRecord' = true (the default)", () => {
  it('gives the visitor to the consultant they remember, who receives and owns', () => {
    const d = decide({ beenBefore: true, namedConsultant: { id: LI, evidence: 'remembered' } });
    expect(d).toMatchObject({ returning: false, ownerId: LI, directedTo: LI, directedKind: 'named' });
    expect(zhOf(d.reasons)).toEqual([
      '访客说来过,但没有找到登记(未登记视为新客户)',
      '访客记得是李雷联系过,没有登记记录,由李雷接待并归属',
    ]);
    expect(allInChinese(d.reasons)).toBe(true);
  });

  it('gives the visitor to the consultant whose SMS they show', () => {
    const d = decide({ namedConsultant: { id: LI, evidence: 'sms' } });
    expect(d.ownerId).toBe(LI);
    expect(zhOf(d.reasons)).toEqual(['访客出示了李雷发的短信,没有登记记录,由李雷接待并归属']);
    expect(d.reasons[0]?.en).toBe('The visitor shows an SMS from 李雷; no registration: 李雷 receives and owns');
  });

  it('gives the visitor to the consultant they simply ask for', () => {
    const d = decide({ namedConsultant: { id: LI, evidence: null } });
    expect(d.ownerId).toBe(LI);
    expect(zhOf(d.reasons)).toEqual(['访客指定李雷,没有登记记录,由李雷接待并归属']);
  });

  it('cannot give the visitor to a consultant who has left', () => {
    const d = decide({ namedConsultant: { id: ZHAO, evidence: 'remembered' } });
    expect(d).toMatchObject({ ownerId: null, directedTo: null });
    expect(zhOf(d.reasons)).toEqual(['访客指定的赵敏已离职', NEW_CLIENT]);
  });
});

describe("'ownership.trustNamedWithoutRecord' = false", () => {
  const distrust = { 'ownership.trustNamedWithoutRecord': false };

  it('leaves a visitor who names a consultant, with no record, to the rotation', () => {
    const d = decide({ namedConsultant: { id: LI, evidence: 'sms' } }, distrust);
    expect(d).toMatchObject({ ownerId: null, directedTo: null, directedKind: null });
    expect(zhOf(d.reasons)).toEqual(['访客指定李雷,但本案场不认可无登记的指定', NEW_CLIENT]);
  });

  it('still honours an appointment', () => {
    const d = decide({ namedConsultant: { id: LI, evidence: null }, appointmentWith: LI }, distrust);
    expect(d).toMatchObject({ ownerId: LI, directedKind: 'appointment' });
    expect(zhOf(d.reasons)).toEqual([
      '访客指定李雷,但本案场不认可无登记的指定',
      '访客预约了李雷,没有登记记录,由李雷接待并归属',
    ]);
  });
});

describe('an appointment (预约客户)', () => {
  it('gives the visitor to the consultant they have an appointment with', () => {
    const d = decide({ appointmentWith: ZHANG });
    expect(d).toMatchObject({ ownerId: ZHANG, directedTo: ZHANG, directedKind: 'appointment' });
    expect(zhOf(d.reasons)).toEqual(['访客预约了张伟,没有登记记录,由张伟接待并归属']);
    expect(d.reasons[0]?.en).toBe('The visitor has an appointment with 张伟; no registration: 张伟 receives and owns');
  });

  it('follows the consultant the visitor names over another they have an appointment with, and notes it', () => {
    const d = decide({ namedConsultant: { id: LI, evidence: 'remembered' }, appointmentWith: ZHANG });
    expect(d).toMatchObject({ ownerId: LI, directedKind: 'named' });
    expect(zhOf(d.notes)).toEqual(['访客指定李雷,与预约的张伟不同,按访客指定']);
  });

  it('notes nothing when the named consultant is the one of the appointment', () => {
    const d = decide({ namedConsultant: { id: ZHANG, evidence: null }, appointmentWith: ZHANG });
    expect(d).toMatchObject({ ownerId: ZHANG, directedKind: 'named', notes: [] });
  });

  it('takes the appointment when the named consultant has left', () => {
    const d = decide({ namedConsultant: { id: ZHAO, evidence: null }, appointmentWith: ZHANG });
    expect(d).toMatchObject({ ownerId: ZHANG, directedKind: 'appointment' });
  });

  it('cannot give the visitor to a consultant who has left since making the appointment', () => {
    const d = decide({ appointmentWith: ZHAO });
    expect(d.ownerId).toBeNull();
    expect(zhOf(d.reasons)).toEqual(['访客预约的赵敏已离职', NEW_CLIENT]);
  });
});
