import type { OfficeClock } from './office-clock';
import { registration, type SeedApi } from './seed';

/** Today in the disputes scenarios: Tuesday 2026-11-24. The office's first clients came in October. */
export const DISPUTES_TODAY = '2026-11-24';
export const DISPUTES_START = { day: '2026-10-08', hhmm: '09:00' };

/**
 * Six weeks at the desk, through the real API, that leave the supervisor something to settle:
 * - 刘建国 (10-08) and 吴敏 (10-20), 王芳's, never followed up: lapsed, in the public pool;
 * - 何静 (10-29), 王芳's: her protection ends on Saturday 11-28, this week;
 * - 孙丽 (11-10), 王芳's and followed up — registered again on 11-18 by 李雷 when 王芳 was out and the desk
 *   did not confirm the match: the same visitor on two books;
 * - 赵雪 (11-12), 张伟's; her mother 钱桂芳 on her phone (11-19), received by 王芳: one household, two consultants;
 * - 陈建华 (11-20), 孙丽's husband on her phone, received by 王芳: judged once 孙丽's two records are merged;
 * - 周强 (11-10), 李雷's, back today while 李雷 is on leave: received by a stand-in.
 */
export async function disputesHistory(seed: SeedApi, clock: OfficeClock): Promise<Map<string, number>> {
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const ids = await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
    { name: '张伟', pin: '3333' },
  ]);
  const id = (name: string) => ids.get(name) ?? 0;

  const followUp = async (
    who: string,
    pin: string,
    client: string,
    phone: string,
    channel: 'phone' | 'wechat' | 'sms',
    content: string,
  ) => {
    const [found] = await seed.call('findCandidates', { name: client, phone });
    await seed.call('logFollowUp', { consultantId: id(who), pin, clientId: found?.clientId ?? 0, channel, content });
  };

  clock.at('10:00', '2026-10-08');
  await seed.client('刘建国', '13500001111');
  clock.at('10:00', '2026-10-20');
  await seed.client('吴敏', '13700002222', 'female');

  clock.at('16:00', '2026-10-29');
  await seed.client('何静', '13800003333', 'female');

  clock.at('10:00', '2026-11-10');
  await seed.client('孙丽', '13812345678', 'female');
  clock.at('10:30', '2026-11-10');
  await seed.client('周强', '13900001111');
  clock.at('20:00', '2026-11-10');
  await followUp('王芳', '1111', '孙丽', '13812345678', 'wechat', '发了三房户型图,约周末看样板间');

  clock.at('11:00', '2026-11-12');
  await seed.setStatus(id('王芳'), '1111', 'away_work');
  await seed.setStatus(id('李雷'), '2222', 'away_work');
  await seed.client('赵雪', '13611112222', 'female');

  clock.at('19:30', '2026-11-15');
  await followUp('王芳', '1111', '孙丽', '13812345678', 'phone', '电话回访,对11楼有兴趣');
  clock.at('19:00', '2026-11-16');
  await followUp('张伟', '3333', '赵雪', '13611112222', 'sms', '短信邀约周六看两房样板间');

  clock.at('10:00', '2026-11-18');
  await seed.setStatus(id('王芳'), '1111', 'away_work');
  await seed.checkIn({ registration: registration('孙丽', '138 1234 5678', 'female'), clientId: null });

  clock.at('15:00', '2026-11-19');
  await seed.checkIn({ registration: registration('钱桂芳', '13611112222', 'female'), clientId: null });

  clock.at('10:00', '2026-11-20');
  await seed.checkIn({ registration: registration('陈建华', '13812345678'), clientId: null });

  clock.at('09:30', DISPUTES_TODAY);
  await seed.setStatus(id('李雷'), '2222', 'leave');
  const [zhou] = await seed.call('findCandidates', { name: '周强', phone: '13900001111' });
  await seed.checkIn({ registration: registration('周强', '13900001111'), clientId: zhou?.clientId ?? null });
  clock.at('10:00', DISPUTES_TODAY);
  return ids;
}
