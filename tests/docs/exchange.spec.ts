import { expect } from '@playwright/test';
import { join } from 'node:path';
import { withOfficeClock } from '../e2e/office-clock';
import { BoardPage } from '../e2e/pages/board-page';
import { ExchangePage } from '../e2e/pages/exchange-page';
import { SupervisorPage } from '../e2e/pages/supervisor-page';
import { SeedApi } from '../e2e/seed';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');

/** Today is 2026-11-24; the office has known 张三 and 李娜 since the 5th. */
const test = withOfficeClock('2026-11-24', { day: '2026-11-05', hhmm: '10:20' });

/** An old ledger from before the kiosk: another office's headers, a returning client, a date nobody can read. */
const LEDGER = [
  '客户名,联系方式,性别,到访时间,负责人,意向',
  '张三,139-0000-0001,男,2026-10-05 10:30,王芳,三房',
  '赵六,13800000006,女,2026-10-06 11:00,刘洋,两房',
  '赵六,138 0000 0006,女,2026-10-09 15:00,刘洋,两房',
  '孙八,13800000008,男,上周三,李雷,',
  '周九,13800000009,男,2026-10-12 16:20,李雷,loft',
].join('\r\n');

test('import and export screenshots for the docs', async ({ page, request, clock }) => {
  const seed = new SeedApi(request);
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
  ]);
  await seed.client('张三', '13900000001');
  await seed.client('李娜', '13900000002', 'female');
  clock.at('16:40');

  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('导入导出');
  const exchange = new ExchangePage(page);

  await exchange.exportFile({ what: '来访登记', from: '2026-11-01', to: '2026-11-24', format: 'Excel(XLSX)' });
  await page.screenshot({ path: `${OUT}/export.png` });
  await page.getByRole('button', { name: '关闭' }).click();

  await exchange.mode('导入');
  await exchange.chooseFile('老台账.csv', LEDGER);
  await exchange.column('姓名').selectOption({ label: '客户名' });
  await exchange.column('电话').selectOption({ label: '联系方式' });
  await exchange.column('来访日期').selectOption({ label: '到访时间' });
  await exchange.column('置业顾问').selectOption({ label: '负责人' });
  await expect(exchange.column('需求')).toHaveValue('5');
  await page.screenshot({ path: `${OUT}/import-mapping.png`, fullPage: true });
  await exchange.preview();
  await page.screenshot({ path: `${OUT}/import-preview.png`, fullPage: true });
});
