import type { MethodInput } from '../../electron/api/contract';
import type { SeedApi } from './seed';

/** Forty visitors of a real-looking day: names, the number they gave, what they came for, how they heard. */
const VISITORS: [string, 'male' | 'female'][] = [
  ['张建国', 'male'],
  ['李秀英', 'female'],
  ['王志强', 'male'],
  ['刘雅婷', 'female'],
  ['陈晓东', 'male'],
  ['杨丽华', 'female'],
  ['赵子轩', 'male'],
  ['黄佳怡', 'female'],
  ['周文斌', 'male'],
  ['吴梦琪', 'female'],
  ['徐海涛', 'male'],
  ['孙静怡', 'female'],
  ['胡振华', 'male'],
  ['朱雨萱', 'female'],
  ['高俊杰', 'male'],
  ['林晓燕', 'female'],
  ['何家豪', 'male'],
  ['郭慧敏', 'female'],
  ['马天宇', 'male'],
  ['罗诗涵', 'female'],
  ['梁永康', 'male'],
  ['宋雪梅', 'female'],
  ['郑浩然', 'male'],
  ['谢婉清', 'female'],
  ['韩立新', 'male'],
  ['唐欣怡', 'female'],
  ['冯国栋', 'male'],
  ['于美玲', 'female'],
  ['董思远', 'male'],
  ['萧若兰', 'female'],
  ['程鹏飞', 'male'],
  ['曹瑞雪', 'female'],
  ['袁志明', 'male'],
  ['邓紫琳', 'female'],
  ['许嘉诚', 'male'],
  ['傅晓琳', 'female'],
  ['沈宏伟', 'male'],
  ['曾可欣', 'female'],
  ['彭建军', 'male'],
  ['吕思彤', 'female'],
];
const UNITS = ['三房', '两房', '四房', '小高层三房', '洋房'];
const AREAS = ['89㎡', '105㎡', '120㎡', '143㎡', null];
const BUDGETS = ['200万左右', '300万以内', null, '总价400万', '首付80万'];
const CHANNELS = ['walkIn', 'referral', 'online', 'outdoor', 'agency', 'phone', 'walkIn'] as const;
const NOTES = [null, '带孩子看学区', null, '关注交房时间', null, '二次置业,对比竞品', null, null, '要求周末回访'];

export const phoneOf = (i: number) => `13${(i % 7) + 2}${String(10_000_000 + i * 1_234_567).slice(-8)}`;

/**
 * A day at the desk through the API: `count` groups, every fifth from the seventh on an earlier
 * visitor coming back (confirmed by the desk), each receiver back at the desk before the next.
 * `at(i)` moves the office clock for visit i, where the test has one.
 */
export async function registerDay(
  seed: SeedApi,
  pins: Map<number, string>,
  count: number,
  at: (i: number) => void = () => undefined,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    at(i);
    const back = i >= 7 && i % 5 === 2 ? i - 6 : null;
    const n = back ?? i;
    const [name, gender] = VISITORS[n % VISITORS.length] ?? ['张建国', 'male'];
    const phone = phoneOf(n);
    const clientId =
      back === null ? null : ((await seed.call('findCandidates', { name: null, phone }))[0]?.clientId ?? null);
    const input: MethodInput<'checkIn'> = {
      partySize: [1, 2, 3, 2, 4][i % 5] ?? 1,
      answers: { beenBefore: back !== null },
      clientId,
      registration: {
        consent: 'given',
        name,
        gender,
        phone,
        needs: {
          project: null,
          unitType: UNITS[i % 5] ?? null,
          area: AREAS[i % 5] ?? null,
          budget: BUDGETS[i % 5] ?? null,
        },
        channel: CHANNELS[i % CHANNELS.length] ?? null,
        intent: (['A', 'B', 'C'] as const)[i % 3] ?? null,
        notes: NOTES[i % NOTES.length] ?? null,
      },
    };
    const result = await seed.checkIn(input);
    const receiver = result.receivedBy?.id;
    if (receiver !== undefined) await seed.setStatus(receiver, pins.get(receiver) ?? '', 'available');
  }
}
