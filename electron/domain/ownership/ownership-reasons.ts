import { reason } from '../reasons';
import type { NamedEvidence } from './ownership-types';

/** How the visitor pointed at a consultant: remembered them, showed their SMS, or simply asked for them. */
const NAMED_HOW: Record<NamedEvidence | 'asked', (name: string) => { zh: string; en: string }> = {
  remembered: (name) => ({ zh: `访客记得是${name}联系过`, en: `The visitor remembers ${name} contacting them` }),
  sms: (name) => ({ zh: `访客出示了${name}发的短信`, en: `The visitor shows an SMS from ${name}` }),
  asked: (name) => ({ zh: `访客指定${name}`, en: `The visitor asks for ${name}` }),
};

/** Who owns a client, and why — each rule names the people and the office-local dates it turned on. */
export const ownershipReasons = {
  protected: (owner: string, until: string) =>
    reason('protected', `${owner}的客户,保护期至 ${until}`, `${owner}'s client, protected until ${until}`),
  household: (client: string) =>
    reason(
      'household',
      `与${client}同一电话,视为一家人,以${client}的登记为准`,
      `Same phone as ${client}: one household, ${client}'s registration decides`,
    ),
  lapsed: (owner: string, ended: string) =>
    reason('lapsed', `原为${owner}的客户,保护期已于 ${ended} 结束`, `Was ${owner}'s client; protection ended ${ended}`),
  noProtectionDates: (client: string) =>
    reason(
      'noProtectionDates',
      `${client}的登记没有来访或跟进日期,不在保护期`,
      `${client}'s record has no visit or follow-up dates: not protected`,
    ),
  recordWithoutOwner: (client: string) =>
    reason('recordWithoutOwner', `${client}的登记没有所属顾问`, `${client}'s record has no consultant`),
  oldOwnerTold: (owner: string) => reason('oldOwnerTold', `将告知${owner}`, `${owner} will be told`),
  departedPool: (departed: string) =>
    reason(
      'departedPool',
      `${departed}已离职,其客户归案场`,
      `${departed} has left: their clients belong to the office`,
    ),
  successorOwns: (departed: string, successor: string) =>
    reason(
      'successorOwns',
      `${departed}已离职,由接替人${successor}负责`,
      `${departed} has left: ${successor}, who took over, is responsible`,
    ),
  noActiveSuccessor: (departed: string) =>
    reason(
      'noActiveSuccessor',
      `${departed}已离职,且没有在职的接替人`,
      `${departed} has left and no successor is on the books`,
    ),
  notRegistered: () =>
    reason(
      'notRegistered',
      '访客说来过,但没有找到登记(未登记视为新客户)',
      'The visitor says they have been before, but no registration was found (unregistered means new)',
    ),
  newClient: () =>
    reason(
      'newClient',
      '按新客户接待:轮排接待的顾问首接并归属',
      'A new client: whoever the rotation gives them to receives and owns (first contact)',
    ),

  namedOwns: (name: string, evidence: NamedEvidence | null) => {
    const how = NAMED_HOW[evidence ?? 'asked'](name);
    return reason(
      'namedOwns',
      `${how.zh},没有登记记录,由${name}接待并归属`,
      `${how.en}; no registration: ${name} receives and owns`,
    );
  },
  namedNotTrusted: (name: string) =>
    reason(
      'namedNotTrusted',
      `访客指定${name},但本案场不认可无登记的指定`,
      `The visitor named ${name}, but here naming a consultant without a registration gives no claim`,
    ),
  namedGone: (name: string) =>
    reason('namedGone', `访客指定的${name}已离职`, `${name}, whom the visitor named, has left`),
  appointmentOwns: (name: string) =>
    reason(
      'appointmentOwns',
      `访客预约了${name},没有登记记录,由${name}接待并归属`,
      `The visitor has an appointment with ${name}; no registration: ${name} receives and owns`,
    ),
  appointmentGone: (name: string) =>
    reason('appointmentGone', `访客预约的${name}已离职`, `${name}, with whom the visitor has an appointment, has left`),

  referralOwns: (referrer: string, consultant: string, accompanied: boolean) =>
    reason(
      'referralOwns',
      `${referrer}介绍${accompanied ? '并陪同前来' : ''}的新客户,归${referrer}的顾问${consultant}(老带新)`,
      `Referred by ${referrer}${accompanied ? ', who came along' : ''}: belongs to ${referrer}'s consultant ${consultant}`,
    ),
  referralNeedsCompanion: (referrer: string) =>
    reason(
      'referralNeedsCompanion',
      `${referrer}未陪同前来,本案场老带新须介绍人陪同`,
      `${referrer} did not come along; here a referral counts only when the referrer comes too`,
    ),
  referralNoOwnership: () =>
    reason('referralNoOwnership', '本案场老带新不决定归属', 'Here a referral does not decide who owns the client'),
  referrerWithoutConsultant: (referrer: string) =>
    reason(
      'referrerWithoutConsultant',
      `介绍人${referrer}的登记没有所属顾问`,
      `The referrer ${referrer}'s record has no consultant`,
    ),
  referrerUnrecorded: (label: string | null) =>
    reason(
      'referrerUnrecorded',
      `介绍人${label ?? ''}没有登记记录,不决定归属`,
      `The referrer${label ? ` ${label}` : ''} is not registered: no claim`,
    ),
  referralCounted: (referrer: string) =>
    reason('referralCounted', `计入${referrer}的老带新`, `Counted as ${referrer}'s referral`),

  namedContradicts: (named: string, owner: string) =>
    reason(
      'namedContradicts',
      `访客指定${named},但按登记该客户归${owner}`,
      `The visitor named ${named}, but by the registration the client is ${owner}'s`,
    ),
  appointmentContradicts: (withName: string, owner: string) =>
    reason(
      'appointmentContradicts',
      `访客预约了${withName},但按登记该客户归${owner}`,
      `The visitor has an appointment with ${withName}, but by the registration the client is ${owner}'s`,
    ),
  firstVisitClaimed: (client: string) =>
    reason(
      'firstVisitClaimed',
      `访客说是第一次来,但已有${client}的登记`,
      `The visitor says it is their first visit, but ${client} is registered`,
    ),
  referralNotCounted: (referrer: string) =>
    reason(
      'referralNotCounted',
      `已登记的客户,不计入${referrer}的老带新`,
      `Already a registered client: not counted as ${referrer}'s referral`,
    ),
  selfReferral: () =>
    reason('selfReferral', '介绍人就是访客本人,不按介绍处理', 'The referrer is the visitor themselves: ignored'),
  namedOverAppointment: (named: string, appointment: string) =>
    reason(
      'namedOverAppointment',
      `访客指定${named},与预约的${appointment}不同,按访客指定`,
      `The visitor named ${named}, not ${appointment} of the appointment: the visitor's word decides`,
    ),
  choiceOverReferral: (chosen: string, referrer: string, consultant: string) =>
    reason(
      'choiceOverReferral',
      `按访客的选择由${chosen}负责,不归介绍人${referrer}的顾问${consultant}`,
      `The visitor's own choice, ${chosen}, decides over ${referrer}'s consultant ${consultant}`,
    ),

  protectionEndsIn: (days: number) =>
    reason(
      'protectionEndsIn',
      days === 0 ? '保护期今天结束' : days === 1 ? '保护期明天结束' : `保护期${days}天后结束`,
      days === 0
        ? 'Protection ends today'
        : days === 1
          ? 'Protection ends tomorrow'
          : `Protection ends in ${days} days`,
    ),

  claimAllowed: (claimant: string, receiver: string, minutes: number, receivedAt: string) =>
    reason(
      'claimAllowed',
      `${claimant}在${minutes}分钟内认出自己的客户(${receivedAt}由${receiver}接待),改由${claimant}接待并归属`,
      `${claimant} recognised their client within ${minutes} minutes (received by ${receiver} at ${receivedAt}): ${claimant} receives and owns`,
    ),
  receiverFreed: (receiver: string) =>
    reason(
      'receiverFreed',
      `${receiver}本次接待不计轮次,恢复空闲`,
      `${receiver}'s reception does not use a turn; free again`,
    ),
  claimTooLate: (receiver: string, minutes: number, receivedAt: string, claimedAt: string) =>
    reason(
      'claimTooLate',
      `${receivedAt}由${receiver}接待,${claimedAt}认领已超过${minutes}分钟,客户归${receiver}`,
      `Received by ${receiver} at ${receivedAt}; claimed at ${claimedAt}, after the ${minutes}-minute window: the client stays with ${receiver}`,
    ),
  claimsOff: (receiver: string) =>
    reason(
      'claimsOff',
      `本案场不接受事后认领,客户归${receiver}`,
      `Here a visit cannot be claimed afterwards: the client stays with ${receiver}`,
    ),
  claimantInactive: (claimant: string) =>
    reason('claimantInactive', `${claimant}已离职,不能认领`, `${claimant} has left and cannot claim`),
  claimantIsReceiver: (claimant: string) =>
    reason(
      'claimantIsReceiver',
      `${claimant}已是该来访的接待顾问,无需认领`,
      `${claimant} is already receiving this visit`,
    ),
  notNewClientVisit: () =>
    reason(
      'notNewClientVisit',
      '该来访不是按新客户接待的,不能认领',
      'This visit was not received as a new client: there is nothing to claim',
    ),

  overridden: (supervisor: string, client: string, from: string | null, to: string, note: string) =>
    reason(
      'overridden',
      `主管${supervisor}将${client}的归属由${from ?? '无人'}改为${to}:${note}`,
      `Supervisor ${supervisor} gave ${client} to ${to} (was ${from ?? 'nobody'}'s): ${note}`,
    ),
  overrideTargetInactive: (to: string) =>
    reason('overrideTargetInactive', `${to}已离职,不能接手客户`, `${to} has left and cannot take the client`),
  overrideSameOwner: (client: string, to: string) =>
    reason('overrideSameOwner', `${client}已是${to}的客户`, `${client} is already ${to}'s client`),
  overrideNeedsNote: () =>
    reason('overrideNeedsNote', '请写明改变归属的理由', 'Give the reason for changing who owns the client'),
};
