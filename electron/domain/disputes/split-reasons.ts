import { reason } from '../reasons';

/** Why a sale's credit is shared the way it is; names and shares as the ruling prints them. */
export const splitReasons = {
  ownerCloses: (owner: string) =>
    reason(
      'ownerCloses',
      `由所属顾问${owner}成交,业绩全归${owner}`,
      `Closed by the owner ${owner}: all the credit is theirs`,
    ),
  noOwner: (closer: string) =>
    reason(
      'noOwner',
      `客户没有所属顾问,业绩全归成交者${closer}`,
      `The client has no owner: all the credit goes to ${closer}`,
    ),
  ownerLapsed: (owner: string, closer: string) =>
    reason(
      'ownerLapsed',
      `${owner}的保护期在成交时已过,业绩全归成交者${closer}`,
      `${owner}'s protection had lapsed at the sale: all the credit goes to ${closer}`,
    ),
  otherCloses: (closer: string, owner: string, closerShare: string, ownerShare: string) =>
    reason(
      'otherCloses',
      `${closer}成交了${owner}保护期内的客户:成交者${closerShare},原顾问${ownerShare}`,
      `${closer} closed ${owner}'s protected client: ${closerShare} to the closer, ${ownerShare} to the owner`,
    ),
  ownerFollowedUp: (owner: string, n: number) =>
    reason(
      'ownerFollowedUp',
      `${owner}保护期内有${n}条回访记录`,
      `${owner} logged ${n} follow-up(s) within protection`,
    ),
  ownerNoFollowUps: (owner: string) =>
    reason(
      'ownerNoFollowUps',
      `${owner}保护期内没有回访记录:原顾问20%,成交者80%`,
      `${owner} logged no follow-ups within protection: 20% to the owner, 80% to the closer`,
    ),
  overridden: (supervisor: string, closerShare: string, ownerShare: string, note: string) =>
    reason(
      'splitOverridden',
      `主管${supervisor}改为成交者${closerShare}、原顾问${ownerShare}:${note}`,
      `Supervisor ${supervisor} set ${closerShare} to the closer and ${ownerShare} to the owner: ${note}`,
    ),
  overrideNeedsNote: () =>
    reason('splitOverrideNeedsNote', '请写明调整分成的理由', 'Give the reason for changing the split'),
  overrideNobody: () =>
    reason(
      'splitOverrideNobody',
      '这笔成交没有可分成的另一方',
      'There is no second consultant to share this sale with',
    ),
  overrideOutOfRange: () =>
    reason('splitOverrideRange', '成交者的分成须在 0% 至 100% 之间', "The closer's share must be between 0% and 100%"),
};
