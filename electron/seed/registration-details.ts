import type { FollowUpChannel } from '../../db/queries/follow-ups';
import type { VisitRegistration } from '../../db/queries/visits';
import { weighted, type Rng } from './prng';

type Channel = NonNullable<VisitRegistration['channel']>;

/** How new visitors heard of the project (来访渠道), as offices' ledgers show it: mostly walk-ins and online ads. */
const NEW_CHANNELS = weighted<Channel>([
  ['walkIn', 40],
  ['online', 22],
  ['outdoor', 12],
  ['phone', 9],
  ['agency', 10],
  ['other', 3],
]);

export const channelOfNewVisitor = (rng: Rng): Channel => NEW_CHANNELS.draw(rng);

const UNIT_TYPES = weighted([
  ['两房', 22],
  ['三房', 45],
  ['四房', 20],
  ['复式', 5],
  ['商铺', 3],
  ['车位', 5],
]);
const AREAS: Record<string, readonly string[]> = {
  两房: ['78㎡', '85㎡', '89㎡'],
  三房: ['98㎡', '105㎡', '115㎡', '120㎡'],
  四房: ['128㎡', '143㎡', '160㎡'],
  复式: ['180㎡', '220㎡'],
  商铺: ['45㎡', '80㎡'],
  车位: [],
};
const BUDGETS = ['150万以内', '200万左右', '250万左右', '300万左右', '350万左右', '400万以上', '首付100万', '总价可谈'];

/** 需求: the unit type nearly always, an area and a budget often — at least one, or the registration is incomplete. */
export function needsOf(rng: Rng, project: string): VisitRegistration['needs'] {
  const unitType = UNIT_TYPES.draw(rng);
  const areas = AREAS[unitType] ?? [];
  return {
    project: rng.chance(0.3) ? project : null,
    unitType,
    area: areas.length > 0 && rng.chance(0.6) ? rng.pick(areas) : null,
    budget: rng.chance(0.55) ? rng.pick(BUDGETS) : null,
  };
}

/** 意向等级: A ready to buy, B considering, C just looking; returning visitors lean towards A and B. */
export function intentOf(rng: Rng, returning: boolean): 'A' | 'B' | 'C' {
  const x = rng.next();
  if (returning) return x < 0.35 ? 'A' : x < 0.8 ? 'B' : 'C';
  return x < 0.12 ? 'A' : x < 0.5 ? 'B' : 'C';
}

/** 来访人数: mostly couples and single visitors, families of three or four on weekends. */
export function partySizeOf(rng: Rng, weekend: boolean): number {
  const x = rng.next();
  const single = weekend ? 0.25 : 0.4;
  if (x < single) return 1;
  if (x < single + 0.42) return 2;
  if (x < single + 0.42 + 0.2) return 3;
  return 4;
}

const COMPANIONS = ['配偶', '配偶', '配偶', '父母', '子女', '朋友', '亲戚'];

export const companionRelation = (rng: Rng): string => rng.pick(COMPANIONS);

const NOTES = [
  '关注学区',
  '要求南向',
  '比较了周边楼盘',
  '想看样板间',
  '询问贷款政策',
  '二次置业',
  '首套刚需',
  '关注交房时间',
  '询问车位',
  '嫌总价高',
  '要低楼层',
  '改善型需求',
];

/** 备注: written on about one visit in five. */
export const noteOf = (rng: Rng): string | null => (rng.chance(0.2) ? rng.pick(NOTES) : null);

const FOLLOW_UP_CHANNELS = weighted<FollowUpChannel>([
  ['wechat', 50],
  ['phone', 42],
  ['sms', 8],
]);

const CONTENTS = [
  '介绍本周优惠活动',
  '发送户型图和价格表',
  '邀约周末到访看样板间',
  '询问考虑进度',
  '告知加推房源',
  '解答贷款首付问题',
  '提醒开放日活动',
  '回访上次看房感受',
  '发送工程进度照片',
  '邀约家人一起来看房',
];
const REACTIONS = [
  '有兴趣,周末再来',
  '在比较其他楼盘',
  '价格偏高,再考虑',
  '暂无回复',
  '要和家人商量',
  '已读未回',
  '同意再约',
  null,
];

export interface FollowUpText {
  channel: FollowUpChannel;
  content: string;
  reaction: string | null;
}

/** 跟进记录: how the consultant reached the client, what was said, how they reacted. */
export function followUpText(rng: Rng): FollowUpText {
  return { channel: FOLLOW_UP_CHANNELS.draw(rng), content: rng.pick(CONTENTS), reaction: rng.pick(REACTIONS) };
}

/** A unit sold: building, floor and number, and its price from the area and a price per square metre. */
export function unitSold(rng: Rng): { unit: string; amountYuan: number } {
  const building = rng.between(1, 18);
  const floor = rng.between(2, 32);
  const area = rng.between(78, 160);
  const perSquareMetre = rng.between(18_000, 36_000);
  return {
    unit: `${building}栋${floor}${String(rng.between(1, 4)).padStart(2, '0')}`,
    amountYuan: Math.round((area * perSquareMetre) / 100) * 100,
  };
}
