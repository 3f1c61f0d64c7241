import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATE_TIME_FORMAT } from '../../electron/services/export-xlsx';
import { checkIn, complete, daysLater } from '../helpers/check-in';
import { memoryOffice, type TestOffice } from '../helpers/office';

/** The file behind a download ticket, as the transports would serve it. */
function downloaded(office: TestOffice, ticket: string): { path: string; fileName: string; contentType: string } {
  const file = office.backend.deps.downloads.take(ticket);
  if (!file) throw new Error('no such download');
  return file;
}

async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

/**
 * Two days at the desk: 张三 on the 20th (王芳 receives and owns), 李四 without the basics, and 张三 back
 * on the 22nd while 王芳 is on leave (李雷 stands in; 张三 stays hers).
 */
function twoDays(): TestOffice {
  const office = memoryOffice('09:00');
  office.clock.set('09:10');
  checkIn(office, {
    partySize: 2,
    registration: {
      ...complete('张三', '13900000001'),
      channel: 'referral',
      intent: 'A',
      party: [{ name: '李娜', relation: '妻子' }],
      notes: '看三房, 想要南向',
    },
  });
  office.clock.set('10:30');
  checkIn(office, { registration: { consent: 'given', name: '李四', phone: '13900000002' } });
  daysLater(office, 2, '15:45');
  office.setStatus('王芳', 'leave');
  const [known] = office.call('findCandidates', { phone: '13900000001' });
  checkIn(office, { registration: complete('张三', '13900000001'), clientId: known?.clientId ?? null });
  return office;
}

describe('exporting registrations', () => {
  it('writes an XLSX with Chinese headers, widths, a frozen header, one row per visit and dates as date cells', async () => {
    const office = twoDays();
    const result = await office.callAsync('exportRecords', {
      token: office.token(),
      what: 'registrations',
      format: 'xlsx',
      from: '2026-11-20',
      to: '2026-11-22',
    });
    expect(result).toMatchObject({ rows: 3, fileName: '来访登记_2026-11-20至2026-11-22.xlsx' });
    const file = downloaded(office, result.ticket);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const sheet = await sheetOf(file.path);
    expect(values(sheet, 1).slice(0, 6)).toEqual(['来访时间', '客户编号', '姓名', '性别', '电话', '来访人数']);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(17);

    const first = sheet.getRow(2);
    const visited = first.getCell(1);
    // 09:10 at the office, whatever the time zone of the computer that opens the file.
    expect(visited.value).toBeInstanceOf(Date);
    expect((visited.value as Date).toISOString()).toBe('2026-11-20T09:10:00.000Z');
    expect(visited.numFmt).toBe(DATE_TIME_FORMAT);
    const header = values(sheet, 1) as string[];
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1).value;
    expect([cell(2, '客户编号'), cell(2, '姓名'), cell(2, '性别'), cell(2, '电话')]).toEqual([
      'C00001',
      '张三',
      '男',
      '139****0001',
    ]);
    expect([cell(2, '来访人数'), cell(2, '同行人'), cell(2, '来访渠道'), cell(2, '意向等级')]).toEqual([
      2,
      '李娜(妻子)',
      '老带新/介绍',
      'A',
    ]);
    expect([cell(2, '首访/复访'), cell(2, '接待顾问'), cell(2, '归属顾问'), cell(2, '登记完整')]).toEqual([
      '首访',
      '王芳',
      '王芳',
      '是',
    ]);
    // 李四 came without the three basics: no client record, so neither first nor returning.
    expect([cell(3, '姓名'), cell(3, '客户编号'), cell(3, '首访/复访'), cell(3, '登记完整')]).toEqual([
      '李四',
      null,
      null,
      '否',
    ]);
    expect([cell(4, '姓名'), cell(4, '首访/复访'), cell(4, '接待顾问'), cell(4, '归属顾问')]).toEqual([
      '张三',
      '复访',
      '李雷',
      '王芳',
    ]);
    expect((cell(4, '来访时间') as Date).toISOString()).toBe('2026-11-22T15:45:00.000Z');
  });

  it('exports only the days asked for, in English when asked', async () => {
    const office = twoDays();
    const result = await office.callAsync('exportRecords', {
      token: office.token(),
      what: 'registrations',
      format: 'xlsx',
      from: '2026-11-22',
      to: '2026-11-22',
      lang: 'en',
    });
    expect(result).toMatchObject({ rows: 1, fileName: 'registrations_2026-11-22_to_2026-11-22.xlsx' });
    const sheet = await sheetOf(downloaded(office, result.ticket).path);
    expect(values(sheet, 1).slice(0, 3)).toEqual(['Visited at', 'Client ref', 'Name']);
    expect(values(sheet, 2).slice(1, 4)).toEqual(['C00001', '张三', 'M']);
  });

  it('writes a CSV that Excel opens right: BOM, CRLF, quoted commas, no formulas, and it parses back', async () => {
    const office = twoDays();
    office.clock.advance(60 * 60_000);
    checkIn(office, {
      registration: { ...complete('王五', '13700000005'), notes: '=HYPERLINK("http://x.cn","点我")' },
    });
    const result = await office.callAsync('exportRecords', {
      token: office.token(),
      what: 'registrations',
      format: 'csv',
      from: '2026-11-20',
      to: '2026-11-22',
      fullPhones: true,
    });
    const file = downloaded(office, result.ticket);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const bytes = readFileSync(file.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(6);
    const records: string[][] = parse(text, { bom: true });
    expect(records).toHaveLength(5);
    const [header, zhang] = records as [string[], string[]];
    const col = (name: string) => zhang[header.indexOf(name)];
    expect([col('来访时间'), col('姓名'), col('电话'), col('备注')]).toEqual([
      '2026-11-20 09:10',
      '张三',
      '13900000001',
      '看三房, 想要南向',
    ]);
    // Excel shows the note as typed and never runs it.
    const wang = records.find((r) => r[header.indexOf('姓名')] === '王五');
    expect(wang?.[header.indexOf('备注')]).toBe(`'=HYPERLINK("http://x.cn","点我")`);
  });
});

describe('exporting clients', () => {
  it('lists everyone who came in the range with owner, phones, visits and protection end', async () => {
    const office = twoDays();
    const result = await office.callAsync('exportRecords', {
      token: office.token(),
      what: 'clients',
      format: 'xlsx',
      from: '2026-11-22',
      to: '2026-11-30',
    });
    expect(result.rows).toBe(1);
    const sheet = await sheetOf(downloaded(office, result.ticket).path);
    const header = values(sheet, 1) as string[];
    expect(header).toEqual([
      '客户编号',
      '姓名',
      '性别',
      '电话',
      '归属顾问',
      '介绍人',
      '首次来访',
      '最近来访',
      '最近跟进',
      '保护期至',
      '保护状态',
      '来访次数',
      '区间内来访',
    ]);
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1);
    expect([cell('客户编号').value, cell('电话').value, cell('归属顾问').value]).toEqual([
      'C00001',
      '139****0001',
      '王芳',
    ]);
    expect((cell('首次来访').value as Date).toISOString()).toBe('2026-11-20T09:10:00.000Z');
    // The standard preset protects for 30 days from the last contact: the visit of the 22nd.
    expect((cell('保护期至').value as Date).toISOString()).toBe('2026-12-22T15:45:00.000Z');
    expect(cell('保护期至').numFmt).toBe(DATE_TIME_FORMAT);
    expect([cell('保护状态').value, cell('来访次数').value, cell('区间内来访').value]).toEqual(['保护中', 2, 1]);
  });
});

describe('phones in an export', () => {
  const exportEntry = (office: ReturnType<typeof twoDays>) =>
    office.db
      .prepare("SELECT details FROM audit_log WHERE action = 'export.records' ORDER BY id DESC LIMIT 1")
      .get() as {
      details: string;
    };

  it('are masked unless the supervisor chooses 包含完整电话, and the audit log says which was chosen', async () => {
    const office = twoDays();
    const ask = (fullPhones: boolean) =>
      office.callAsync('exportRecords', {
        token: office.token(),
        what: 'clients',
        format: 'csv',
        from: '2026-11-20',
        to: '2026-11-22',
        fullPhones,
      });
    const phonesIn = (ticket: string) => {
      const records: string[][] = parse(readFileSync(downloaded(office, ticket).path, 'utf8'), { bom: true });
      const [header, ...rows] = records;
      return rows.map((r) => r[header?.indexOf('电话') ?? -1]);
    };

    expect(phonesIn((await ask(false)).ticket)).toEqual(['139****0001']);
    expect(JSON.parse(exportEntry(office).details)).toMatchObject({ fullPhones: false });
    expect(phonesIn((await ask(true)).ticket)).toEqual(['13900000001']);
    expect(JSON.parse(exportEntry(office).details)).toMatchObject({ fullPhones: true });
  });
});

describe('a bad export request', () => {
  it('refuses a range that ends before it starts, and a day that does not exist', async () => {
    const office = twoDays();
    const backwards = await office.attemptAsync('exportRecords', {
      token: office.token(),
      what: 'clients',
      format: 'csv',
      from: '2026-11-22',
      to: '2026-11-20',
    });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!backwards.ok && backwards.error.message).toContain('开始日期不能晚于结束日期');
    const bogus = await office.attemptAsync('exportRecords', {
      token: office.token(),
      what: 'clients',
      format: 'csv',
      from: '2026-02-30',
      to: '2026-03-01',
    });
    expect(!bogus.ok && bogus.error.message).toContain('真实存在的日期');
  });
});
