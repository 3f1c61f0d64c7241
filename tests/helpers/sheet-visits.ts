import { CHANNELS } from '../../electron/api/check-in-schemas';
import { PINS, type Staff, type TestOffice } from './office';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '晓东',
  '子涵',
  '雨萱',
  '浩然',
  '思远',
  '佳怡',
];
const UNITS = ['三居', '两居', '四居', '复式', '洋房'];
const AREAS = ['89㎡', '110㎡', '125㎡', '143㎡'];
const BUDGETS = ['200万', '300万左右', '350万以内', '450万'];
const NOTES = [null, null, '带父母一起看', '关注学区', '要求顾问回电', null, '对比了隔壁楼盘', null];

/** Visitor i's name, deterministic and varied: 王伟, 李芳, 张娜 … */
export const visitorName = (i: number) =>
  `${SURNAMES[i % SURNAMES.length] ?? '王'}${GIVEN[(i * 7) % GIVEN.length] ?? '伟'}`;
const phoneOf = (i: number) => `13${8 + (i % 2)}${String(10_000_000 + ((i * 7_919) % 89_999_999)).padStart(8, '0')}`;

/**
 * A working day at the desk (the test day, or `daysBefore` it): `count` groups registered between 09:00 and 19:30, every third
 * or so a returning client confirmed by the desk, each received in turn and freed for the next.
 */
export function registerVisits(office: TestOffice, count: number, start = '09:00', daysBefore = 0): void {
  office.clock.set(start);
  office.clock.advance(-daysBefore * 24 * 60 * 60_000);
  const span = 10.5 * 60 * 60_000;
  const names = Object.fromEntries(Object.entries(office.ids).map(([n, id]) => [id, n as Staff]));
  for (let i = 0; i < count; i++) {
    const returningOf = i >= 6 && i % 3 === 0 ? i - 5 : null;
    const n = returningOf ?? i;
    const phone = phoneOf(n);
    const clientId =
      returningOf === null ? null : (office.call('findCandidates', { name: null, phone })[0]?.clientId ?? null);
    const result = office.call('checkIn', {
      partySize: 1 + (i % 4),
      answers: { beenBefore: returningOf !== null },
      clientId,
      registration: {
        consent: 'given',
        name: visitorName(n),
        gender: n % 2 === 0 ? 'male' : 'female',
        phone,
        needs: {
          project: null,
          unitType: UNITS[i % UNITS.length] ?? null,
          area: AREAS[i % AREAS.length] ?? null,
          budget: BUDGETS[i % BUDGETS.length] ?? null,
        },
        channel: CHANNELS[i % CHANNELS.length] ?? null,
        intent: (['A', 'B', 'C'] as const)[i % 3] ?? null,
        notes: NOTES[i % NOTES.length] ?? null,
      },
    });
    const receiver = result.receivedBy ? names[result.receivedBy.id] : undefined;
    if (receiver)
      office.call('setStatus', { consultantId: office.ids[receiver], pin: PINS[receiver], status: 'available' });
    office.clock.advance(Math.floor(span / count));
  }
}
