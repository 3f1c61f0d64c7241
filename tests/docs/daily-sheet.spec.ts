import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withOfficeClock } from '../e2e/office-clock';
import { BoardPage } from '../e2e/pages/board-page';
import { DailySheetPage } from '../e2e/pages/daily-sheet-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { SeedApi } from '../e2e/seed';
import { registerDay } from '../e2e/sheet-day';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');
const DAY = '2026-11-20';
const test = withOfficeClock(DAY, { day: DAY, hhmm: '08:30' });

const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A Friday of forty groups, closed at 19:40 and corrected the next morning; its PDF (printed by
 * `serve`'s Chromium) becomes the first and last page PNGs, and the tab a screenshot.
 */
test('the daily registration sheet: printed pages and the 登记表 tab', async ({ page, request, clock }) => {
  test.setTimeout(240_000);
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  const people = [
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
    { name: '张伟', pin: '3333' },
    { name: '刘洋', pin: '4444' },
    { name: '赵敏', pin: '5555' },
  ];
  const ids = await seed.addConsultants(people);
  const pins = new Map(people.map((p) => [ids.get(p.name) ?? 0, p.pin]));
  await registerDay(seed, pins, 40, (i) => clock.at(clockOf(9 * 60 + 5 + i * 16)));

  clock.at('19:40');
  const supervisorId = (await seed.call('listConsultants', {})).find((c) => c.role === 'admin')?.id ?? 0;
  const signIn = async () => (await seed.call('signIn', { consultantId: supervisorId, pin: '9999' })).token;
  const closed = await seed.call('closeDay', { token: await signIn(), day: DAY });
  clock.at('09:20', '2026-11-21');
  await seed.call('amendSheetRow', {
    token: await signIn(),
    visitId: closed.rows[5]?.visitId ?? 0,
    note: '客户来电,电话登记错一位',
    changes: { phone: '13912345678' },
  });

  const offer = await seed.call('saveDailySheetPdf', { token: await signIn(), day: DAY, orientation: null });
  const pdf = await request.get(`/download/${offer.ticket}`);
  expect(pdf.ok()).toBe(true);
  const work = mkdtempSync(join(tmpdir(), 'sheet-docs-'));
  try {
    const file = join(work, 'sheet.pdf');
    writeFileSync(file, await pdf.body());
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (const [n, name] of [
      [1, 'daily-sheet-page1'],
      [pages, 'daily-sheet-last-page'],
    ] as const) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        String(n),
        '-l',
        String(n),
        '-singlefile',
        file,
        join(work, name),
      ]);
      renameSync(join(work, `${name}.png`), join(OUT, `${name}.png`));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('登记表');
  const sheet = new DailySheetPage(page);
  await sheet.showDay(DAY);
  await expect(sheet.status).toContainText('已更正 1 处');
  await page.getByLabel('日期').blur();
  await page.screenshot({ path: join(OUT, 'daily-sheet.png') });
});
