import { describe, expect, it } from 'vitest';
import { createClient } from '../../renderer/api/client';
import { createExportStore } from '../../renderer/stores/export-store';
import { createImportStore } from '../../renderer/stores/import-store';
import { createSessionStore } from '../../renderer/stores/session-store';
import { checkIn, complete } from '../helpers/check-in';
import { memoryOffice, SUPERVISOR_PIN, type TestOffice } from '../helpers/office';

/** The renderer's stores on the real backend, in process, signed in as the supervisor. */
async function storesOn(office: TestOffice) {
  const api = createClient({
    call: async (method, input) => office.backend.dispatch(method, input),
    listen: () => () => undefined,
  });
  const session = createSessionStore(api);
  await session.getState().signIn(office.supervisorId, SUPERVISOR_PIN);
  return { exports: createExportStore(api, session), imports: createImportStore(api, session) };
}

const file = (text: string) => ({ fileName: '台账.csv', content: Buffer.from(text, 'utf8').toString('base64') });
const LEDGER = '客户名,联系方式,到访时间\r\n张三,13900000001,2026-10-05 10:30\r\n赵六,13800000006,2026-10-06 11:00\r\n';

describe('the export store', () => {
  it('opens on this month so far, and forgets the file when the choice changes', async () => {
    const office = memoryOffice('09:00');
    office.clock.set('09:10');
    checkIn(office, { registration: complete('张三', '13900000001') });
    const { exports } = await storesOn(office);
    exports.getState().init('2026-11-20');
    expect(exports.getState()).toMatchObject({ from: '2026-11-01', to: '2026-11-20', what: 'registrations' });

    const made = await exports.getState().run('zh-CN');
    expect(made).toMatchObject({ rows: 1, fileName: '来访登记_2026-11-01至2026-11-20.xlsx' });
    expect(office.backend.deps.downloads.take(made?.ticket ?? '')).not.toBeNull();
    exports.getState().choose({ format: 'csv' });
    expect(exports.getState().made).toBeNull();
  });

  it('shows the refusal of a range that ends before it starts', async () => {
    const { exports } = await storesOn(memoryOffice('09:00'));
    exports.getState().choose({ from: '2026-11-20', to: '2026-11-01' });
    expect(await exports.getState().run('zh-CN')).toBeNull();
    expect(exports.getState().error).toContain('开始日期不能晚于结束日期');
  });
});

describe('the import store', () => {
  it('walks file → mapping → preview → import, and back', async () => {
    const office = memoryOffice('09:00');
    const { imports } = await storesOn(office);
    await imports.getState().choose(file(LEDGER));
    expect(imports.getState()).toMatchObject({ step: 'mapping', error: null });
    expect(imports.getState().mapping).toMatchObject({ name: null, phone: null, visitedAt: null });

    await imports.getState().runPreview();
    expect(imports.getState()).toMatchObject({
      step: 'mapping',
      error: '请为“姓名”、“电话”、“来访日期”选择文件中的一列',
    });

    imports.getState().setColumn('name', 0);
    imports.getState().setColumn('phone', 1);
    imports.getState().setColumn('visitedAt', 2);
    await imports.getState().runPreview();
    expect(imports.getState().step).toBe('preview');
    expect(imports.getState().preview).toMatchObject({ clientsCreated: 2, written: false });

    imports.getState().back();
    expect(imports.getState()).toMatchObject({ step: 'mapping', mapping: { name: 0, phone: 1, visitedAt: 2 } });
    await imports.getState().runPreview();
    await imports.getState().runImport();
    expect(imports.getState()).toMatchObject({ step: 'done', result: { imported: 2, written: true } });
    expect(office.db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 2 });

    imports.getState().reset();
    expect(imports.getState()).toMatchObject({ step: 'file', file: null, preview: null, result: null });
  });

  it('keeps the mapping step when a column changes while the dry run is out', async () => {
    const office = memoryOffice('09:00');
    const { imports } = await storesOn(office);
    await imports.getState().choose(file(LEDGER));
    imports.getState().setColumn('name', 0);
    imports.getState().setColumn('phone', 1);
    imports.getState().setColumn('visitedAt', 2);
    const running = imports.getState().runPreview();
    imports.getState().setColumn('needs', 0);
    await running;
    expect(imports.getState()).toMatchObject({ step: 'mapping', preview: null });
  });
});
