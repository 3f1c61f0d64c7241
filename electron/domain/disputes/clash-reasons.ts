import { reason } from '../reasons';

/** Why two records or a reception look like a clash (撞单), and what the supervisor's ruling did. */
export const clashReasons = {
  samePerson: (
    phone: string,
    first: string,
    firstRef: string,
    firstAt: string,
    second: string,
    secondRef: string,
    secondAt: string,
  ) =>
    reason(
      'clashSamePerson',
      `同一电话 ${phone}、同一访客:${first}于 ${firstAt} 登记为 ${firstRef},${second}于 ${secondAt} 又登记为 ${secondRef}`,
      `Same phone ${phone}, same visitor: ${first} registered them as ${firstRef} on ${firstAt}, ${second} again as ${secondRef} on ${secondAt}`,
    ),
  household: (phone: string, firstName: string, first: string, secondName: string, second: string) =>
    reason(
      'clashHousehold',
      `同一电话 ${phone}:${firstName}(${first})与${secondName}(${second})是一家人,一家人以第一登记为准`,
      `Same phone ${phone}: ${firstName} (${first}) and ${secondName} (${second}) are one household, and a household goes with the first registration`,
    ),
  standIn: (standIn: string, owner: string, client: string, at: string) =>
    reason(
      'clashStandIn',
      `${standIn}于 ${at} 接待了${owner}保护期内的客户${client}`,
      `${standIn} received ${owner}'s protected client ${client} on ${at}`,
    ),
  firstRegistration: (owner: string, at: string) =>
    reason('firstRegistration', `最早的完整登记:${owner},${at}`, `Earliest complete registration: ${owner}, ${at}`),
  laterIsNew: (owner: string) =>
    reason(
      'laterIsNew',
      `第一登记的保护期已过,${owner}的登记按新客户首接`,
      `The first registration's protection had lapsed: ${owner}'s registration counts as first contact of a new client`,
    ),
  standInNoClaim: (standIn: string) =>
    reason(
      'standInNoClaim',
      `${standIn}代接有义务协作,不因此取得归属(成交时按分单规则)`,
      `${standIn} stood in, which gives no claim (a sale is shared by the split rules)`,
    ),

  decided: (supervisor: string, owner: string, note: string) =>
    reason(
      'rulingDecided',
      `主管${supervisor}裁定归${owner}:${note}`,
      `Supervisor ${supervisor} ruled for ${owner}: ${note}`,
    ),
  merged: (loserRef: string, winnerRef: string) =>
    reason(
      'rulingMerged',
      `重复档案 ${loserRef} 并入 ${winnerRef}(来访、电话、跟进一并转入)`,
      `Duplicate record ${loserRef} merged into ${winnerRef} (visits, phones and follow-ups moved)`,
    ),
  ownerChanged: (client: string, from: string, to: string) =>
    reason('rulingOwnerChanged', `${client}由${from}改归${to}`, `${client} moved from ${from} to ${to}`),
  upheld: (client: string, owner: string) =>
    reason('rulingUpheld', `${client}仍归${owner}`, `${client} stays with ${owner}`),
  needsNote: () => reason('rulingNeedsNote', '请写明裁定理由', 'Give the reason for the ruling'),
  notASide: (name: string) =>
    reason('rulingNotASide', `${name}不是本次撞单的一方`, `${name} is not one of the two sides of this clash`),
  ownerInactive: (name: string) =>
    reason('rulingOwnerInactive', `${name}已离职,不能裁定归其所有`, `${name} has left and cannot be given the client`),
};
