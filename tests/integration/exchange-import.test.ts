import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/api/contract';
import { checkIn, complete } from '../helpers/check-in';
import { memoryOffice, type TestOffice } from '../helpers/office';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** An office that already knows 张三 (13900000001), registered at the desk and owned by 王芳. */
function officeKnowingZhang(): TestOffice {
  const office = memoryOffice('09:00');
  office.clock.set('09:10');
  checkIn(office, { registration: complete('张三', '13900000001') });
  return office;
}

/** A ledger typed by another office: its own header words, and two lines that cannot be imported. */
const LEDGER = [
  '客户名,联系方式,性别,到访时间,负责人,备注',
  '张三,139-0000-0001,男,2026-10-05 10:30,王芳,老客户',
  '赵六,13800000006,女,2026-10-06 11:00,刘洋,三房',
  '赵六,138 0000 0006,女,2026-10-09 15:00,刘洋,再次来访',
  '钱七,无,男,2026-10-07 09:00,李雷,',
  '孙八,13800000008,男,上周三,李雷,',
].join('\r\n');

const MAPPING = {
  ref: null,
  name: 0,
  phone: 1,
  gender: 2,
  visitedAt: 3,
  consultant: 4,
  needs: 5,
} satisfies MethodInput<'previewImport'>['mapping'];

function tally(office: TestOffice) {
  const n = (table: string) => (office.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    clients: n('clients'),
    visits: n('visits'),
    consultants: n('consultants'),
    ownership: n('ownership_changes'),
    phones: n('client_phones'),
  };
}

const input = (office: TestOffice, content = LEDGER, fileName = '台账.csv') => ({
  token: office.token(),
  fileName,
  content: b64(content),
});

describe('reading an uploaded ledger', () => {
  it('lists its columns with samples and suggests a mapping from the headers it knows', async () => {
    const office = officeKnowingZhang();
    const view = await office.callAsync(
      'readImportFile',
      input(office, `\uFEFF姓名,手机,来访日期,顾问\r\n张三,13900000001,2026-10-05,王芳\r\n`),
    );
    expect(view).toMatchObject({ kind: 'csv', rows: 1, required: ['name', 'phone', 'visitedAt'] });
    expect(view.columns).toEqual([
      { index: 0, header: '姓名', samples: ['张三'] },
      { index: 1, header: '手机', samples: ['13900000001'] },
      { index: 2, header: '来访日期', samples: ['2026-10-05'] },
      { index: 3, header: '顾问', samples: ['王芳'] },
    ]);
    expect(view.mapping).toEqual({
      ref: null,
      name: 0,
      gender: null,
      phone: 1,
      consultant: 3,
      visitedAt: 2,
      needs: null,
    });
  });

  it('reads an XLSX, date cells shown as office time', async () => {
    const office = officeKnowingZhang();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('登记');
    sheet.addRow(['姓名', '电话', '来访时间']);
    sheet.addRow(['王五', '13700001111', new Date(Date.UTC(2026, 9, 5, 14, 15))]);
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const view = await office.callAsync('readImportFile', { token: office.token(), fileName: 'a.xlsx', content });
    expect(view.columns[2]).toEqual({ index: 2, header: '来访时间', samples: ['2026-10-05 14:15'] });
  });

  it('says plainly when the file cannot be read, is of another kind, or is too large', async () => {
    const office = officeKnowingZhang();
    const broken = await office.attemptAsync('readImportFile', input(office, 'PK not really a zip', '台账.xlsx'));
    expect(!broken.ok && broken.error).toMatchObject({ code: 'invalid_input' });
    expect(!broken.ok && broken.error.message).toContain('不是有效的 Excel(.xlsx)文件');
    const pdf = await office.attemptAsync('readImportFile', input(office, '%PDF-1.7', '台账.pdf'));
    expect(!pdf.ok && pdf.error.message).toContain('请使用 .csv 或 .xlsx');
    const empty = await office.attemptAsync('readImportFile', input(office, '', '台账.csv'));
    expect(!empty.ok && empty.error.message).toContain('是空的');
    const huge = await office.attemptAsync('readImportFile', {
      token: office.token(),
      fileName: '台账.csv',
      content: 'A'.repeat(28_000_000),
    });
    expect(!huge.ok && huge.error.message).toContain('超过 20 MB');
  });
});

describe('the dry run', () => {
  it('says what would be created, matched and rejected — and writes nothing', async () => {
    const office = officeKnowingZhang();
    const before = tally(office);
    const preview = await office.callAsync('previewImport', { ...input(office), mapping: MAPPING });
    expect(preview).toMatchObject({
      rows: 5,
      imported: 3,
      clientsCreated: 1,
      clientsMatched: 2,
      consultantsCreated: ['刘洋'],
      written: false,
      rejectedTotal: 2,
      linesTotal: 3,
    });
    expect(preview.lines.map((l) => [l.line, l.outcome, l.clientName, l.onFile, l.maskedPhone])).toEqual([
      [2, 'matched', '张三', true, '139****0001'],
      [3, 'created', '赵六', false, '138****0006'],
      [4, 'matched', '赵六', false, '138****0006'],
    ]);
    expect(preview.lines[0]?.clientRef).toBe('C00001');
    expect(preview.rejected).toEqual([
      { line: 5, field: 'phone', message: '电话不能为空' },
      { line: 6, field: 'visitedAt', message: '来访日期“上周三”应为 YYYY-MM-DD HH:mm' },
    ]);
    expect(tally(office)).toEqual(before);
  });
});

describe('a wrong column mapping', () => {
  it('is refused with what is wrong, before any line is read, and nothing is written', async () => {
    const office = officeKnowingZhang();
    const before = tally(office);
    const attempt = (mapping: MethodInput<'previewImport'>['mapping']) =>
      office.attemptAsync('importLedger', { ...input(office), mapping, skipBad: true });

    const datesAsPhones = await attempt({ ...MAPPING, phone: 3, visitedAt: 1 });
    expect(!datesAsPhones.ok && datesAsPhones.error).toEqual({
      code: 'invalid_input',
      message: '“电话”对应的列“到访时间”里大多不是电话号码(如第 2 行“2026-10-05 10:30”),请检查列的对应',
    });
    const notDates = await attempt({ ...MAPPING, visitedAt: 4, consultant: 3 });
    expect(!notDates.ok && notDates.error.message).toBe(
      '“来访日期”对应的列“负责人”里大多不是日期(如第 2 行“王芳”),请检查列的对应',
    );
    const unmapped = await attempt({ ...MAPPING, phone: null });
    expect(!unmapped.ok && unmapped.error.message).toBe('请为“电话”选择文件中的一列');
    const twice = await attempt({ ...MAPPING, needs: 0 });
    expect(!twice.ok && twice.error.message).toBe('“姓名”和“需求”都对应了列“客户名”:一列只能对应一项');
    const outside = await attempt({ ...MAPPING, needs: 9 });
    expect(!outside.ok && outside.error.message).toBe('“需求”对应的第 10 列不存在:文件只有 6 列');
    expect(tally(office)).toEqual(before);
  });
});

describe('the import', () => {
  it('writes nothing while any line is bad, unless told to skip the bad lines', async () => {
    const office = officeKnowingZhang();
    const before = tally(office);
    const refused = await office.attemptAsync('importLedger', { ...input(office), mapping: MAPPING });
    expect(!refused.ok && refused.error.message).toContain('文件中有 2 行有误,未导入任何数据(第 5 行:电话不能为空');
    expect(tally(office)).toEqual(before);

    const preview = await office.callAsync('previewImport', { ...input(office), mapping: MAPPING });
    const done = await office.callAsync('importLedger', { ...input(office), mapping: MAPPING, skipBad: true });
    expect({ ...done, written: false }).toEqual(preview);
    expect(done.written).toBe(true);
    expect(tally(office)).toEqual({
      clients: before.clients + 1,
      visits: before.visits + 3,
      consultants: before.consultants + 1,
      ownership: before.ownership + 1,
      phones: before.phones + 1,
    });
    const history = office.db
      .prepare("SELECT actor_id AS actorId, reasons FROM ownership_changes WHERE kind = 'import'")
      .get() as { actorId: number; reasons: string };
    expect(history.actorId).toBe(office.supervisorId);
    expect(JSON.parse(history.reasons)).toEqual([
      { code: 'imported', zh: '由登记台账导入(第 3 行)', en: 'Imported from the ledger (line 3)' },
    ]);
  });

  it('imports a file only once: the second time every visit is already on file', async () => {
    const office = officeKnowingZhang();
    await office.callAsync('importLedger', { ...input(office), mapping: MAPPING, skipBad: true });
    const after = tally(office);
    const again = await office.callAsync('previewImport', { ...input(office), mapping: MAPPING });
    expect(again.imported).toBe(0);
    expect(again.rejected.filter((p) => p.message.endsWith('的来访已在系统中(重复导入)')).map((p) => p.line)).toEqual([
      2, 3, 4,
    ]);
    const refused = await office.attemptAsync('importLedger', { ...input(office), mapping: MAPPING, skipBad: true });
    expect(!refused.ok && refused.error.message).toContain('没有可导入的行');
    expect(tally(office)).toEqual(after);
  });

  it('is one transaction: a failure on the last line leaves nothing of the earlier ones', async () => {
    const office = officeKnowingZhang();
    const before = tally(office);
    office.db.exec(
      // Only the December visit, which the import writes last (it goes in visit order).
      `CREATE TEMP TRIGGER refuse_last BEFORE INSERT ON visits WHEN NEW.day = '2026-12-31'
       BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    const lines = `${LEDGER.split('\r\n').slice(0, 4).join('\r\n')}\r\n赵六,13800000006,女,2026-12-31 10:00,刘洋,`;
    const failed = await office.attemptAsync('importLedger', {
      ...input(office, lines),
      mapping: { ...MAPPING, needs: null },
      skipBad: true,
    });
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(tally(office)).toEqual(before);
  });
});
