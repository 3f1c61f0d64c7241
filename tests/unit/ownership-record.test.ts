import { describe, expect, it } from 'vitest';
import type { ClientRecord } from '../../electron/domain/clients';
import { decideOwnership } from '../../electron/domain/ownership/ownership';
import type { FirstAnswers, OwnershipContext } from '../../electron/domain/ownership/ownership-types';
import type { OfficePolicy } from '../../electron/domain/policy';
import {
  allInChinese,
  answers,
  client,
  ctx,
  LI,
  LIU,
  CHEN,
  people,
  policy,
  when,
  WANG,
  ZHANG,
  ZHAO,
  zhOf,
} from './ownership-fixtures';

const NEW_CLIENT = '按新客户接待:轮排接待的顾问首接并归属';

function decide(
  c: ClientRecord,
  a: Partial<FirstAnswers> = {},
  p: Partial<OfficePolicy> = {},
  context: OwnershipContext = ctx(),
  household = false,
) {
  return decideOwnership({ matched: { client: c, household }, answers: answers(a) }, policy(p), context);
}

describe('a matched client within protection (保护期)', () => {
  it('sends a protected client to their consultant, with the date protection runs to', () => {
    const d = decide(client());
    expect(d).toMatchObject({
      returning: true,
      household: false,
      matchedClientId: 101,
      ownerId: WANG,
      directedTo: WANG,
      directedKind: 'owner',
      lapsedOwnerToTell: null,
      referrerClientId: null,
      notes: [],
    });
    expect(zhOf(d.reasons)).toEqual(['王芳的客户,保护期至 12-05']);
    expect(d.reasons[0]?.en).toBe("王芳's client, protected until 12-05");
  });

  it('sends a protected client to their consultant, whatever consultant the visitor names, and notes the contradiction', () => {
    const d = decide(client(), { beenBefore: true, namedConsultant: { id: LI, evidence: 'remembered' } });
    expect(d.ownerId).toBe(WANG);
    expect(d.directedKind).toBe('owner');
    expect(zhOf(d.notes)).toEqual(['访客指定李雷,但按登记该客户归王芳']);
    expect(d.notes[0]?.en).toBe("The visitor named 李雷, but by the registration the client is 王芳's");
  });

  it('does not obey an appointment with another consultant either, and notes it', () => {
    const d = decide(client(), { appointmentWith: ZHANG });
    expect(d.ownerId).toBe(WANG);
    expect(zhOf(d.notes)).toEqual(['访客预约了张伟,但按登记该客户归王芳']);
  });

  it('notes nothing when the visitor names their own consultant', () => {
    const d = decide(client(), {
      beenBefore: true,
      namedConsultant: { id: WANG, evidence: 'sms' },
      appointmentWith: WANG,
    });
    expect(d.ownerId).toBe(WANG);
    expect(d.notes).toEqual([]);
  });

  it('notes a visitor who says it is their first visit when the registration says otherwise', () => {
    const d = decide(client(), { beenBefore: false });
    expect(d.ownerId).toBe(WANG);
    expect(zhOf(d.notes)).toEqual(['访客说是第一次来,但已有孙丽的登记']);
  });

  it('obeys the record even where the office does not trust names without one', () => {
    const d = decide(
      client(),
      { namedConsultant: { id: LI, evidence: null } },
      {
        'ownership.trustNamedWithoutRecord': false,
      },
    );
    expect(d.ownerId).toBe(WANG);
    expect(zhOf(d.notes)).toEqual(['访客指定李雷,但按登记该客户归王芳']);
  });

  it('shows the clock when protection ends today', () => {
    const contact = when('2026-10-21', '15:00');
    const d = decide(client({ firstVisitAt: contact, lastVisitAt: contact }));
    expect(d.ownerId).toBe(WANG);
    expect(zhOf(d.reasons)).toEqual(['王芳的客户,保护期至 11-20 15:00']);
  });

  it('counts protection from the last follow-up by default, and from the last visit when the office says so', () => {
    const visit = when('2026-10-01', '15:00');
    const c = client({ firstVisitAt: visit, lastVisitAt: visit, lastFollowUpAt: when('2026-11-02', '19:00') });
    const byContact = decide(c);
    expect(byContact.ownerId).toBe(WANG);
    expect(zhOf(byContact.reasons)).toEqual(['王芳的客户,保护期至 12-02']);

    const byVisit = decide(c, {}, { 'ownership.protectionFrom': 'lastVisit' });
    expect(byVisit.ownerId).toBeNull();
    expect(zhOf(byVisit.reasons)[0]).toBe('原为王芳的客户,保护期已于 10-31 结束');
  });

  it('counts protection from the first registration under firstVisit', () => {
    const c = client({ firstVisitAt: when('2026-10-10'), lastVisitAt: when('2026-11-18') });
    expect(decide(c).ownerId).toBe(WANG);
    const d = decide(c, {}, { 'ownership.protectionFrom': 'firstVisit' });
    expect(d.ownerId).toBeNull();
    expect(zhOf(d.reasons)[0]).toBe('原为王芳的客户,保护期已于 11-09 结束');
  });

  it('writes the dates in the office time zone', () => {
    // 01:00 on 11-05 in Shanghai is still 11-04 in UTC.
    const contact = when('2026-11-05', '01:00');
    const c = client({ firstVisitAt: contact, lastVisitAt: contact });
    expect(zhOf(decide(c).reasons)).toEqual(['王芳的客户,保护期至 12-05']);
    expect(zhOf(decide(c, {}, {}, ctx({ timeZone: 'UTC' })).reasons)).toEqual(['王芳的客户,保护期至 12-04']);
  });
});

describe('a matched client whose protection lapsed', () => {
  it('treats a client not contacted for 31 days as new, and tells the old consultant', () => {
    const contact = when('2026-10-20', '10:00');
    const d = decide(client({ firstVisitAt: contact, lastVisitAt: contact }));
    expect(d).toMatchObject({
      returning: true,
      matchedClientId: 101,
      ownerId: null,
      directedTo: null,
      directedKind: null,
      lapsedOwnerToTell: WANG,
    });
    expect(zhOf(d.reasons)).toEqual(['原为王芳的客户,保护期已于 11-19 结束', NEW_CLIENT, '将告知王芳']);
    expect(allInChinese(d.reasons)).toBe(true);
  });

  it('treats a client contacted exactly 30 days ago as new', () => {
    const contact = when('2026-10-21', '10:00');
    const d = decide(client({ firstVisitAt: contact, lastVisitAt: contact }));
    expect(d.ownerId).toBeNull();
    expect(zhOf(d.reasons)[0]).toBe('原为王芳的客户,保护期已于 11-20 10:00 结束');
  });

  it('still protects a client contacted 29 days ago', () => {
    const contact = when('2026-10-22', '10:00');
    const d = decide(client({ firstVisitAt: contact, lastVisitAt: contact }));
    expect(d.ownerId).toBe(WANG);
    expect(zhOf(d.reasons)).toEqual(['王芳的客户,保护期至 11-21']);
  });

  it('keeps a client for three months when the office sets 90 days', () => {
    const contact = when('2026-09-01', '10:00');
    const c = client({ firstVisitAt: contact, lastVisitAt: contact });
    expect(decide(c).ownerId).toBeNull();
    expect(decide(c, {}, { 'ownership.protectionDays': 90 }).ownerId).toBe(WANG);
  });

  it('writes the year of a protection that ended in another year', () => {
    const contact = when('2025-03-01', '10:00');
    const d = decide(client({ firstVisitAt: contact, lastVisitAt: contact }));
    expect(zhOf(d.reasons)[0]).toBe('原为王芳的客户,保护期已于 2025-03-31 结束');
    expect(d.reasons[0]?.en).toBe("Was 王芳's client; protection ended 2025-03-31");
  });

  it('gives the client back to the old consultant when the visitor names them, and tells no one', () => {
    const contact = when('2026-09-01', '10:00');
    const d = decide(client({ firstVisitAt: contact, lastVisitAt: contact }), {
      namedConsultant: { id: WANG, evidence: 'remembered' },
    });
    expect(d).toMatchObject({ ownerId: WANG, directedKind: 'named', lapsedOwnerToTell: null });
    expect(zhOf(d.reasons)).toEqual([
      '原为王芳的客户,保护期已于 10-01 结束',
      '访客记得是王芳联系过,没有登记记录,由王芳接待并归属',
    ]);
  });

  it('gives the client to a consultant the visitor names, and tells the old one', () => {
    const contact = when('2026-09-01', '10:00');
    const d = decide(client({ firstVisitAt: contact, lastVisitAt: contact }), {
      namedConsultant: { id: LI, evidence: 'sms' },
    });
    expect(d).toMatchObject({ ownerId: LI, directedTo: LI, directedKind: 'named', lapsedOwnerToTell: WANG });
    expect(zhOf(d.reasons)).toEqual([
      '原为王芳的客户,保护期已于 10-01 结束',
      '访客出示了李雷发的短信,没有登记记录,由李雷接待并归属',
      '将告知王芳',
    ]);
  });

  it('treats a record without visit or follow-up dates as unprotected', () => {
    const d = decide(client({ firstVisitAt: null, lastVisitAt: null, lastFollowUpAt: null }));
    expect(d).toMatchObject({ returning: true, ownerId: null, lapsedOwnerToTell: WANG });
    expect(zhOf(d.reasons)).toEqual(['孙丽的登记没有来访或跟进日期,不在保护期', NEW_CLIENT, '将告知王芳']);
  });

  it('treats a record without a consultant as a new client, telling no one', () => {
    const d = decide(client({ ownerId: null }));
    expect(d).toMatchObject({ returning: true, ownerId: null, lapsedOwnerToTell: null });
    expect(zhOf(d.reasons)).toEqual(['孙丽的登记没有所属顾问', NEW_CLIENT]);
  });
});

describe("a departed consultant's client (离职), per 'ownership.departed'", () => {
  const ofZhao = client({ ownerId: ZHAO });

  it('pool (the default): a protected client of a departed consultant is a new client, and no one is told', () => {
    const d = decide(ofZhao);
    expect(d).toMatchObject({ returning: true, ownerId: null, directedTo: null, lapsedOwnerToTell: null });
    expect(zhOf(d.reasons)).toEqual(['赵敏的客户,保护期至 12-05', '赵敏已离职,其客户归案场', NEW_CLIENT]);
  });

  it('pool: the visitor’s own word then decides, as for any new client', () => {
    const d = decide(ofZhao, { namedConsultant: { id: LI, evidence: null } });
    expect(d).toMatchObject({ ownerId: LI, directedKind: 'named' });
  });

  it('successor: the consultant who took over owns the client and receives them', () => {
    const d = decide(
      ofZhao,
      { namedConsultant: { id: ZHAO, evidence: 'remembered' } },
      {
        'ownership.departed': 'successor',
      },
    );
    expect(d).toMatchObject({ ownerId: LIU, directedTo: LIU, directedKind: 'owner', lapsedOwnerToTell: null });
    expect(zhOf(d.reasons)).toEqual(['赵敏的客户,保护期至 12-05', '赵敏已离职,由接替人刘洋负责']);
    expect(d.reasons[1]?.en).toBe('赵敏 has left: 刘洋, who took over, is responsible');
    expect(zhOf(d.notes)).toEqual(['访客指定赵敏,但按登记该客户归刘洋']);
  });

  it('successor: when the successor has left too, the one who took over from them', () => {
    const chain = people({ [LIU]: { active: false, successorId: CHEN } });
    const d = decide(ofZhao, {}, { 'ownership.departed': 'successor' }, ctx({ people: chain }));
    expect(d.ownerId).toBe(CHEN);
    expect(zhOf(d.reasons)[1]).toBe('赵敏已离职,由接替人陈静负责');
  });

  it('successor: with no successor on the books, the client is a new client', () => {
    const gone = people({ [LIU]: { active: false } });
    const d = decide(ofZhao, {}, { 'ownership.departed': 'successor' }, ctx({ people: gone }));
    expect(d.ownerId).toBeNull();
    expect(zhOf(d.reasons)).toEqual(['赵敏的客户,保护期至 12-05', '赵敏已离职,且没有在职的接替人', NEW_CLIENT]);
  });

  it('successor: a departed consultant who named no successor leaves their clients to the office', () => {
    const none = people({ [ZHAO]: { successorId: null } });
    const d = decide(ofZhao, {}, { 'ownership.departed': 'successor' }, ctx({ people: none }));
    expect(d.ownerId).toBeNull();
  });

  it('treats a consultant missing from the books as departed', () => {
    const d = decide(client({ ownerId: 99 }));
    expect(d.ownerId).toBeNull();
    expect(zhOf(d.reasons)).toEqual(['#99的客户,保护期至 12-05', '#99已离职,其客户归案场', NEW_CLIENT]);
  });

  it('does not tell a departed consultant that a lapsed client came back', () => {
    const contact = when('2026-09-01', '10:00');
    const d = decide(client({ ownerId: ZHAO, firstVisitAt: contact, lastVisitAt: contact }));
    expect(d).toMatchObject({ ownerId: null, lapsedOwnerToTell: null });
  });
});

describe('a household (一家人): the same phone as another client', () => {
  it("gives the visitor to the consultant on the household's record", () => {
    const d = decide(client(), { beenBefore: false }, {}, ctx(), true);
    expect(d).toMatchObject({
      returning: true,
      household: true,
      matchedClientId: 101,
      ownerId: WANG,
      directedKind: 'owner',
    });
    expect(zhOf(d.reasons)).toEqual(['与孙丽同一电话,视为一家人,以孙丽的登记为准', '王芳的客户,保护期至 12-05']);
    expect(d.notes).toEqual([]);
  });

  it("treats the visitor as new when the household's protection lapsed, and tells the old consultant", () => {
    const contact = when('2026-09-01', '10:00');
    const d = decide(client({ firstVisitAt: contact, lastVisitAt: contact }), {}, {}, ctx(), true);
    expect(d).toMatchObject({ household: true, ownerId: null, lapsedOwnerToTell: WANG });
    expect(zhOf(d.reasons)).toEqual([
      '与孙丽同一电话,视为一家人,以孙丽的登记为准',
      '原为王芳的客户,保护期已于 10-01 结束',
      NEW_CLIENT,
      '将告知王芳',
    ]);
  });
});
