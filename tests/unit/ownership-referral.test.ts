import { describe, expect, it } from 'vitest';
import type { ClientRecord } from '../../electron/domain/clients';
import { decideOwnership } from '../../electron/domain/ownership/ownership';
import type { FirstAnswers } from '../../electron/domain/ownership/ownership-types';
import { isProtected } from '../../electron/domain/ownership/protection';
import type { OfficePolicy } from '../../electron/domain/policy';
import {
  answers,
  client,
  ctx,
  LI,
  LIU,
  NOW,
  people,
  policy,
  referrerClient,
  when,
  WANG,
  ZHANG,
  ZHAO,
  zhOf,
} from './ownership-fixtures';

const NEW_CLIENT = '按新客户接待:轮排接待的顾问首接并归属';
const COUNTED = '计入周强的老带新';

const byZhou = (over: Partial<ClientRecord> = {}): FirstAnswers['referrer'] => ({
  kind: 'client',
  client: referrerClient(over),
});

function decide(a: Partial<FirstAnswers>, p: Partial<OfficePolicy> = {}, matched: ClientRecord | null = null) {
  return decideOwnership(
    { matched: matched && { client: matched, household: false }, answers: answers(a) },
    policy(p),
    ctx(),
  );
}

describe("'ownership.referral' = namedOrAccompanied (the default)", () => {
  it("gives a referred visitor to the referrer's consultant when the referrer came along", () => {
    const d = decide({ referrer: byZhou(), accompanied: true });
    expect(d).toMatchObject({
      returning: false,
      ownerId: ZHANG,
      directedTo: ZHANG,
      directedKind: 'owner',
      referrerClientId: 201,
    });
    expect(zhOf(d.reasons)).toEqual(['周强介绍并陪同前来的新客户,归周强的顾问张伟(老带新)', COUNTED]);
    expect(d.reasons[0]?.en).toBe("Referred by 周强, who came along: belongs to 周强's consultant 张伟");
  });

  it("gives a visitor who names their referrer to the referrer's consultant, though the referrer stayed home", () => {
    const d = decide({ referrer: byZhou(), accompanied: false });
    expect(d).toMatchObject({ ownerId: ZHANG, referrerClientId: 201 });
    expect(zhOf(d.reasons)).toEqual(['周强介绍的新客户,归周强的顾问张伟(老带新)', COUNTED]);
  });

  it("goes by the consultant on the referrer's record even when the referrer's own protection lapsed", () => {
    expect(isProtected(referrerClient(), NOW, policy())).toBe(false);
    expect(decide({ referrer: byZhou() }).ownerId).toBe(ZHANG);
  });

  it('gives nobody the visitor when the referrer has no registration, and counts nothing', () => {
    const d = decide({ referrer: { kind: 'unrecorded', name: '吴芳', phone: null }, accompanied: true });
    expect(d).toMatchObject({ ownerId: null, referrerClientId: null });
    expect(zhOf(d.reasons)).toEqual(['介绍人吴芳没有登记记录,不决定归属', NEW_CLIENT]);
  });

  it('shows an unregistered referrer known only by phone with the phone masked', () => {
    const d = decide({ referrer: { kind: 'unrecorded', name: ' ', phone: '139-0000-2222' } });
    expect(zhOf(d.reasons)[0]).toBe('介绍人139****2222没有登记记录,不决定归属');
  });

  it('masks a referrer’s phone the way every screen does, whatever way it was typed', () => {
    const d = decide({ referrer: { kind: 'unrecorded', name: null, phone: '+86 139 0000 2222' } });
    expect(zhOf(d.reasons)[0]).toBe('介绍人139****2222没有登记记录,不决定归属');
    const landline = decide({ referrer: { kind: 'unrecorded', name: null, phone: '0571-8888 8888' } });
    expect(zhOf(landline.reasons)[0]).toBe('介绍人057*****8888没有登记记录,不决定归属');
  });

  it("leaves the visitor to the rotation when the referrer's record has no consultant, still counting the referral", () => {
    const d = decide({ referrer: byZhou({ ownerId: null }) });
    expect(d).toMatchObject({ ownerId: null, referrerClientId: 201 });
    expect(zhOf(d.reasons)).toEqual(['介绍人周强的登记没有所属顾问', NEW_CLIENT, COUNTED]);
  });
});

describe("'ownership.referral' = accompaniedOnly", () => {
  const p = { 'ownership.referral': 'accompaniedOnly' } as const;

  it("gives the visitor to the referrer's consultant when the referrer came along", () => {
    expect(decide({ referrer: byZhou(), accompanied: true }, p).ownerId).toBe(ZHANG);
  });

  it('leaves the visitor to the rotation when the referrer did not come, still counting the referral', () => {
    const d = decide({ referrer: byZhou(), accompanied: false }, p);
    expect(d).toMatchObject({ ownerId: null, directedTo: null, referrerClientId: 201 });
    expect(zhOf(d.reasons)).toEqual(['周强未陪同前来,本案场老带新须介绍人陪同', NEW_CLIENT, COUNTED]);
  });
});

describe("'ownership.referral' = none", () => {
  it('leaves a referred visitor to the rotation even with the referrer along, and counts the referral', () => {
    const d = decide({ referrer: byZhou(), accompanied: true }, { 'ownership.referral': 'none' });
    expect(d).toMatchObject({ ownerId: null, referrerClientId: 201 });
    expect(zhOf(d.reasons)).toEqual(['本案场老带新不决定归属', NEW_CLIENT, COUNTED]);
  });
});

describe("a referral when the referrer's consultant has left", () => {
  const ofZhao = () => byZhou({ ownerId: ZHAO });

  it('pool: the visitor is a new client, and the referral still counts', () => {
    const d = decide({ referrer: ofZhao(), accompanied: true });
    expect(d).toMatchObject({ ownerId: null, referrerClientId: 201 });
    expect(zhOf(d.reasons)).toEqual([
      '周强介绍并陪同前来的新客户,归周强的顾问赵敏(老带新)',
      '赵敏已离职,其客户归案场',
      NEW_CLIENT,
      COUNTED,
    ]);
  });

  it("leaves the visitor to the rotation when the referrer's consultant is off the books", () => {
    const d = decideOwnership(
      { matched: null, answers: answers({ referrer: byZhou(), accompanied: true }) },
      policy(),
      ctx({ people: people({ [ZHANG]: { active: false } }) }),
    );
    expect(d).toMatchObject({ ownerId: null, referrerClientId: 201 });
    expect(zhOf(d.reasons)[1]).toBe('张伟已离职,其客户归案场');
  });

  it('successor: the consultant who took over owns the visitor', () => {
    const d = decide({ referrer: ofZhao(), accompanied: true }, { 'ownership.departed': 'successor' });
    expect(d).toMatchObject({ ownerId: LIU, directedKind: 'owner' });
    expect(zhOf(d.reasons)).toEqual([
      '周强介绍并陪同前来的新客户,归周强的顾问赵敏(老带新)',
      '赵敏已离职,由接替人刘洋负责',
      COUNTED,
    ]);
  });
});

describe("the visitor's own choice against the referral", () => {
  it("follows the consultant the visitor names over the referrer's (客户介绍的客户如指定销售人员, 归指定者), and notes it", () => {
    const d = decide({ referrer: byZhou(), accompanied: true, namedConsultant: { id: LI, evidence: 'sms' } });
    expect(d).toMatchObject({ ownerId: LI, directedKind: 'named', referrerClientId: 201 });
    expect(zhOf(d.reasons)).toEqual(['访客出示了李雷发的短信,没有登记记录,由李雷接待并归属', COUNTED]);
    expect(zhOf(d.notes)).toEqual(['按访客的选择由李雷负责,不归介绍人周强的顾问张伟']);
  });

  it("notes nothing when the visitor names the referrer's own consultant", () => {
    const d = decide({ referrer: byZhou(), namedConsultant: { id: ZHANG, evidence: 'remembered' } });
    expect(d).toMatchObject({ ownerId: ZHANG, directedKind: 'named', notes: [] });
  });

  it('follows an appointment over the referral', () => {
    const d = decide({ referrer: byZhou(), accompanied: true, appointmentWith: WANG });
    expect(d).toMatchObject({ ownerId: WANG, directedKind: 'appointment' });
    expect(zhOf(d.notes)).toEqual(['按访客的选择由王芳负责,不归介绍人周强的顾问张伟']);
  });

  it('falls back to the referral when the office does not trust a name without a record', () => {
    const d = decide(
      { referrer: byZhou(), accompanied: true, namedConsultant: { id: LI, evidence: null } },
      { 'ownership.trustNamedWithoutRecord': false },
    );
    expect(d).toMatchObject({ ownerId: ZHANG, directedKind: 'owner' });
    expect(zhOf(d.reasons)).toEqual([
      '访客指定李雷,但本案场不认可无登记的指定',
      '周强介绍并陪同前来的新客户,归周强的顾问张伟(老带新)',
      COUNTED,
    ]);
  });
});

describe('a referral by a visitor who is already registered', () => {
  const lapsedContact = when('2026-09-01', '10:00');

  it('does not count a protected client as anyone’s referral, and notes it', () => {
    const d = decide({ referrer: byZhou(), accompanied: true }, {}, client());
    expect(d).toMatchObject({ ownerId: WANG, directedKind: 'owner', referrerClientId: null });
    expect(zhOf(d.notes)).toEqual(['已登记的客户,不计入周强的老带新']);
  });

  it("gives a client whose protection lapsed to the referrer's consultant, and tells the old one", () => {
    const lapsed = client({ firstVisitAt: lapsedContact, lastVisitAt: lapsedContact });
    const d = decide({ referrer: byZhou(), accompanied: true }, {}, lapsed);
    expect(d).toMatchObject({ returning: true, ownerId: ZHANG, lapsedOwnerToTell: WANG, referrerClientId: 201 });
    expect(zhOf(d.reasons)).toEqual([
      '原为王芳的客户,保护期已于 10-01 结束',
      '周强介绍并陪同前来的新客户,归周强的顾问张伟(老带新)',
      COUNTED,
      '将告知王芳',
    ]);
  });

  it('ignores a referral naming the visitor themselves', () => {
    const lapsed = client({ firstVisitAt: lapsedContact, lastVisitAt: lapsedContact });
    const d = decide({ referrer: { kind: 'client', client: lapsed }, accompanied: true }, {}, lapsed);
    expect(d).toMatchObject({ ownerId: null, referrerClientId: null });
    expect(zhOf(d.notes)).toEqual(['介绍人就是访客本人,不按介绍处理']);
  });
});
