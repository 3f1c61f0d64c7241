import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeClockEnv, startServe, type ServedApp } from '../e2e/serve-process';
import { ArrivalPage } from '../e2e/pages/arrival-page';
import { BoardPage } from '../e2e/pages/board-page';
import { RosterPage } from '../e2e/pages/roster-page';
import { StatusPage } from '../e2e/pages/status-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { SeedApi } from '../e2e/seed';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');
const DAY = '2026-11-24';

/** The office's wall clock, for a morning that looks like one: `at('09:40')`. */
interface OfficeClock {
  at(hhmm: string): void;
}

const test = base.extend<{ clock: OfficeClock & { file: string }; app: ServedApp }>({
  clock: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'front-desk-clock-'));
    const file = join(dir, 'now');
    const at = (hhmm: string) => writeFileSync(file, `@${DAY} ${hhmm}:00`);
    at('08:30');
    await use({ file, at });
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ clock }, use) => {
    const app = await startServe(fakeClockEnv(clock.file));
    await use(app);
    await app.stop();
  },
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
});

/**
 * A morning at the desk, played through the real API: six consultants, one on leave, one out on
 * work, one stepped away; receptions by rotation and by a stand-in; a visitor left waiting.
 */
async function morning(seed: SeedApi, clock: OfficeClock): Promise<Map<string, number>> {
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const ids = await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
    { name: '张伟', pin: '3333' },
    { name: '刘洋', pin: '4444' },
    { name: '赵敏', pin: '5555' },
    { name: '孙丽', pin: '6666' },
  ]);
  const id = (name: string) => ids.get(name) ?? 0;
  await seed.setRoster({
    order: ['王芳', '李雷', '张伟', '刘洋', '赵敏'].map(id),
    off: [id('孙丽')],
    lunchDuty: [id('张伟')],
  });
  clock.at('09:05');
  await seed.setStatus(id('刘洋'), '4444', 'away_work');
  clock.at('09:12');
  await seed.arrival({ name: '周先生', partySize: 2 });
  clock.at('09:31');
  await seed.arrival();
  clock.at('09:58');
  await seed.setStatus(id('王芳'), '1111', 'available');
  clock.at('10:06');
  await seed.setStatus(id('赵敏'), '5555', 'away_personal');
  clock.at('10:14');
  await seed.arrival({ name: '吴女士', directedTo: id('赵敏'), directedKind: 'appointment' });
  clock.at('10:27');
  await seed.arrival({ name: '郑先生', partySize: 3 });
  clock.at('10:33');
  return ids;
}

test('board and roster screenshots for the docs', async ({ page, request, clock }) => {
  const seed = new SeedApi(request);
  await morning(seed, clock);
  const board = new BoardPage(page);

  await page.goto('/');
  await board.newVisitor();
  const arrival = new ArrivalPage(page);
  await arrival.register({ name: '陈女士' });
  await arrival.expectWaits();
  await page.screenshot({ path: `${OUT}/arrival-waits.png` });
  await arrival.done();

  await expect(board.waitingRows).toHaveCount(1);
  await expect(page.getByRole('region', { name: '顾问通知' })).toBeVisible();
  clock.at('10:41');
  await page.reload();
  await expect(board.waitingRows).toHaveCount(1);
  await page.screenshot({ path: `${OUT}/board.png` });
  clock.at('10:44');

  // 王芳 finishes: the waiting visitor is hers at once; then 李雷 is back and next.
  await board.consultantStatus();
  const status = new StatusPage(page);
  await status.set('王芳', '1111', '接待完成');
  await status.expectResult('接待中', null, ['轮到王芳接待']);
  await status.done();
  await board.consultantStatus();
  await status.set('李雷', '2222', '接待完成');
  await status.done();
  await expect(board.next).toContainText('李雷');
  await page.screenshot({ path: `${OUT}/board-next.png` });

  await board.supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await new RosterPage(page).expectDuty(['张伟', '刘洋', '李雷', '赵敏', '王芳']);
  await page.screenshot({ path: `${OUT}/roster.png` });

  for (const [tab, file] of [
    ['队列操作', 'queue-ops'],
    ['顾问管理', 'staff'],
    ['接待规则', 'policy'],
    ['今日记录', 'day-log'],
  ] as const) {
    await supervisor.open(tab);
    await expect(page.getByRole('tabpanel')).not.toContainText('加载中');
    await page.screenshot({ path: `${OUT}/${file}.png` });
  }
  await supervisor.toBoard();

  await board.consultantStatus();
  await status.pick('赵敏');
  await status.tapPinDigits('55');
  await page.screenshot({ path: `${OUT}/status-pin.png` });
});

test('the board in English', async ({ page, request, clock }) => {
  await morning(new SeedApi(request), clock);
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Next to receive')).toBeVisible();
  await page.screenshot({ path: `${OUT}/board-en.png` });
});
