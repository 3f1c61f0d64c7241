import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { BoardPage } from './pages/board-page';
import { ExchangePage } from './pages/exchange-page';
import { SupervisorPage } from './pages/supervisor-page';
import { SeedApi } from './seed';

/** An office with two clients registered today at the desk: 张三 and 李娜. */
async function office(seed: SeedApi): Promise<string> {
  await seed.setUpOffice('滨江壹号营销中心', '陈静', '9999');
  await seed.addConsultants([
    { name: '王芳', pin: '1111' },
    { name: '李雷', pin: '2222' },
  ]);
  await seed.client('张三', '13900000001');
  await seed.client('李娜', '13900000002', 'female');
  return (await seed.call('getBoard', {})).day;
}

async function asSupervisor(page: Page): Promise<ExchangePage> {
  await page.goto('/');
  await new BoardPage(page).supervisor();
  const supervisor = new SupervisorPage(page);
  await supervisor.signIn('陈静', '9999');
  await supervisor.open('导入导出');
  return new ExchangePage(page);
}

test('the supervisor exports today’s registrations to XLSX and opens the download', async ({ page, request }) => {
  const today = await office(new SeedApi(request));
  const exchange = await asSupervisor(page);

  const { rows, download } = await exchange.exportFile({
    what: '来访登记',
    from: today,
    to: today,
    format: 'Excel(XLSX)',
  });
  expect(rows).toBe('已生成:2 行');
  expect(download.suggestedFilename()).toBe(`来访登记_${today}至${today}.xlsx`);

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.worksheets[0];
  expect(sheet?.getRow(1).getCell(1).value).toBe('来访时间');
  expect(sheet?.rowCount).toBe(3);
  expect([sheet?.getRow(2).getCell(3).value, sheet?.getRow(3).getCell(3).value]).toEqual(['张三', '李娜']);
  expect(sheet?.getRow(2).getCell(1).value).toBeInstanceOf(Date);
});

const LEDGER = [
  '客户名,联系方式,性别,到访时间,负责人',
  '张三,139-0000-0001,男,2026-10-05 10:30,王芳',
  '赵六,13800000006,女,2026-10-06 11:00,刘洋',
  '钱七,13800000007,男,上周三,李雷',
].join('\r\n');

test('the supervisor imports a small CSV: columns mapped, the dry run previewed, then imported', async ({
  page,
  request,
}) => {
  await office(new SeedApi(request));
  const exchange = await asSupervisor(page);
  await exchange.mode('导入');
  await exchange.chooseFile('老台账.csv', LEDGER);

  // The headers are not our words: 性别 is known, the others are chosen by hand.
  await expect(exchange.column('性别')).toHaveValue('2');
  await expect(exchange.column('姓名')).toHaveValue('');
  await exchange.column('姓名').selectOption({ label: '客户名' });
  await exchange.column('电话').selectOption({ label: '联系方式' });
  await exchange.column('来访日期').selectOption({ label: '到访时间' });
  await exchange.column('置业顾问').selectOption({ label: '负责人' });
  await exchange.preview();

  await expect(exchange.count('数据行')).toHaveText('3');
  await expect(exchange.count('新建客户')).toHaveText('1');
  await expect(exchange.count('归入已有客户')).toHaveText('1');
  await expect(exchange.count('有误,不导入')).toHaveText('1');
  await expect(exchange.rejected).toHaveText([/4.*来访日期“上周三”应为 YYYY-MM-DD HH:mm/]);
  await expect(exchange.lines).toHaveText([/张三.*139\*\*\*\*0001.*归入 C00001 张三/, /赵六.*新建 C00003/]);
  await expect(page.getByText('将新建顾问:刘洋')).toBeVisible();

  await exchange.runImport(/跳过 1 行有误的,导入其余 2 行/);
  await expect(page.getByText('已导入 2 条来访:新建客户 1 位,归入已有客户 1 次;跳过有误的 1 行')).toBeVisible();
});

test('a mapping that cannot be right is refused with what is wrong', async ({ page, request }) => {
  await office(new SeedApi(request));
  const exchange = await asSupervisor(page);
  await exchange.mode('导入');
  await exchange.chooseFile('老台账.csv', LEDGER);
  await exchange.column('姓名').selectOption({ label: '客户名' });
  await exchange.column('电话').selectOption({ label: '联系方式' });
  await exchange.column('来访日期').selectOption({ label: '负责人' });
  await page.getByRole('button', { name: '预览导入结果' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    '“来访日期”对应的列“负责人”里大多不是日期(如第 2 行“王芳”),请检查列的对应',
  );
});
