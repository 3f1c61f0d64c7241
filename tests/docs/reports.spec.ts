import { join } from 'node:path';
import { expect } from '../e2e/fixtures';
import { withOfficeClock, type OfficeClock } from '../e2e/office-clock';
import { BoardPage } from '../e2e/pages/board-page';
import { ReportsPage } from '../e2e/pages/reports-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { registration, SeedApi } from '../e2e/seed';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');

/** Saturday 2026-11-28, 17:30: the supervisor looks back on the week. */
const test = withOfficeClock('2026-11-28', { day: '2026-10-29', hhmm: '09:00' });

const STAFF = [
  { name: '王芳', pin: '1111' },
  { name: '李雷', pin: '2222' },
  { name: '张伟', pin: '3333' },
  { name: '刘洋', pin: '4444' },
  { name: '赵敏', pin: '5555' },
];
const PIN = new Map(STAFF.map((s) => [s.name, s.pin]));
type Channel = 'walkIn' | 'referral' | 'phone' | 'online' | 'outdoor' | 'agency';

/** Each visitor: when, who (a new name, or `back` for a client seen earlier), how they heard of the project. */
interface Visit {
  at: string;
  name: string;
  channel?: Channel;
  back?: boolean;
  /** Registered without the basics (only a name). */
  rushed?: boolean;
}

const WEEK: Record<string, Visit[]> = {
  '2026-11-23': [
    { at: '09:40', name: '周建国', channel: 'walkIn' },
    { at: '10:25', name: '吴丽华', channel: 'online' },
    { at: '11:10', name: '郑浩', channel: 'outdoor' },
    { at: '14:30', name: '冯雪', channel: 'referral' },
  ],
  '2026-11-24': [
    { at: '10:05', name: '陈明', channel: 'online' },
    { at: '10:50', name: '褚伟', channel: 'walkIn' },
    { at: '15:20', name: '卫佳', channel: 'phone' },
  ],
  '2026-11-25': [
    { at: '09:30', name: '蒋涛', channel: 'agency' },
    { at: '10:15', name: '周建国', back: true },
    { at: '11:00', name: '沈静', channel: 'online' },
    { at: '14:10', name: '韩磊', rushed: true },
    { at: '16:00', name: '杨帆', channel: 'walkIn' },
  ],
  '2026-11-26': [
    { at: '10:00', name: '朱琳', channel: 'referral' },
    { at: '10:40', name: '吴丽华', back: true },
    { at: '14:45', name: '秦川', channel: 'outdoor' },
    { at: '15:30', name: '尤佳', channel: 'online' },
  ],
  '2026-11-27': [
    { at: '09:50', name: '许诺', channel: 'walkIn' },
    { at: '10:30', name: '何平', channel: 'online' },
    { at: '11:20', name: '陈明', back: true },
    { at: '14:20', name: '吕强', channel: 'phone' },
    { at: '16:10', name: '施雨', channel: 'agency' },
  ],
  '2026-11-28': [
    { at: '09:20', name: '张敏', channel: 'walkIn' },
    { at: '09:45', name: '孔亮', channel: 'online' },
    { at: '10:10', name: '冯雪', back: true },
    { at: '10:35', name: '曹阳', channel: 'referral' },
    { at: '11:05', name: '严冬', channel: 'walkIn' },
    { at: '11:40', name: '华婷', rushed: true },
    { at: '14:00', name: '金鑫', channel: 'online' },
    { at: '14:35', name: '蒋涛', back: true },
    { at: '15:15', name: '魏然', channel: 'outdoor' },
    { at: '16:20', name: '陶然', channel: 'walkIn' },
  ],
};

/** Follow-ups logged by the owners: [day, time, client]. */
const FOLLOW_UPS: [string, string, string][] = [
  ['2026-11-24', '17:00', '周建国'],
  ['2026-11-24', '17:20', '吴丽华'],
  ['2026-11-25', '17:10', '冯雪'],
  ['2026-11-26', '17:30', '陈明'],
  ['2026-11-26', '17:40', '蒋涛'],
  ['2026-11-27', '17:15', '沈静'],
  ['2026-11-27', '17:45', '朱琳'],
];

/**
 * A month at 滨江壹号营销中心 through the real API: four clients in late October whose protection ends this
 * week, then the week's visitors — new, returning, two registered in a rush — and the owners' follow-ups.
 * After each reception the consultant is back at the desk, so nobody waits and the rotation turns.
 */
async function month(seed: SeedApi, clock: OfficeClock): Promise<void> {
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const ids = await seed.addConsultants(STAFF);
  const phones = new Map<string, string>();
  const phoneOf = (name: string) => {
    if (!phones.has(name)) phones.set(name, `139${String(10_000_000 + phones.size * 7919).slice(-8)}`);
    return phones.get(name) ?? '';
  };
  const owners = new Map<string, string>();

  const receive = async (
    result: { receivedBy: { name: string } | null; owner: { name: string } | null },
    who: string,
  ) => {
    const by = result.receivedBy?.name;
    expect(by, `${who} is received`).toBeTruthy();
    if (result.owner) owners.set(who, result.owner.name);
    await seed.setStatus(ids.get(by ?? '') ?? 0, PIN.get(by ?? '') ?? '', 'available');
  };

  for (const [day, hhmm, name] of [
    ['2026-10-29', '18:10', '欧阳明'],
    ['2026-10-30', '10:30', '司马静'],
    ['2026-10-30', '15:00', '上官云'],
    ['2026-10-31', '09:40', '诸葛亮'],
  ] as const) {
    clock.at(hhmm, day);
    await seed.renewSession();
    await receive(await seed.client(name, phoneOf(name)), name);
  }

  for (const [day, visits] of Object.entries(WEEK)) {
    for (const v of visits) {
      clock.at(v.at, day);
      await seed.renewSession();
      if (v.rushed) {
        await receive(await seed.checkIn({ registration: { consent: 'given', name: v.name, phone: null } }), v.name);
      } else if (v.back) {
        const [found] = await seed.call('findCandidates', { phone: phoneOf(v.name) });
        const result = await seed.checkIn({
          registration: registration(v.name, phoneOf(v.name)),
          clientId: found?.clientId ?? null,
        });
        expect(result.returning, `${v.name} returns`).toBe(true);
        await receive(result, v.name);
      } else {
        const result = await seed.checkIn({
          registration: { ...registration(v.name, phoneOf(v.name)), channel: v.channel },
        });
        await receive(result, v.name);
      }
    }
    for (const [fday, hhmm, name] of FOLLOW_UPS.filter((f) => f[0] === day)) {
      clock.at(hhmm, fday);
      const owner = owners.get(name) ?? '';
      const [found] = await seed.call('findCandidates', { phone: phoneOf(name) });
      await seed.call('logFollowUp', {
        consultantId: ids.get(owner) ?? 0,
        pin: PIN.get(owner) ?? '',
        clientId: found?.clientId ?? 0,
        channel: 'wechat',
        content: '发了样板间视频,约周末再来',
      });
    }
  }
  clock.at('17:30');
}

test('the reports screen: a week at the office', async ({ page, request, clock }) => {
  await month(new SeedApi(request), clock);
  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('报表');
  const reports = new ReportsPage(page);
  await reports.period('周');
  await expect(reports.label).toContainText('11月23日');
  await reports.expectKpis({ visits: 31, new: 26, returning: 5, incomplete: 2, followUps: 7 });
  await expect(reports.ending.getByRole('row')).toHaveCount(4);
  await expect(reports.bars('days')).not.toHaveCount(0);
  await page.screenshot({ path: join(OUT, 'reports.png'), fullPage: true });
});
