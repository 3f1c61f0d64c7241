import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { localToEpoch } from '../../electron/domain/office-time';
import { checkIn, complete } from '../helpers/check-in';
import { memoryOffice, type TestOffice } from '../helpers/office';

const VISITS = 100_000;
const PER_DAY = 100;
const TZ = 'Asia/Shanghai';

/** Three years of a busy office, straight into the tables: visits, their clients, who received them. */
function seed(office: TestOffice): { from: string; to: string } {
  const db = office.db;
  const consultants = Object.values(office.ids);
  const insertClient = db.prepare(
    `INSERT INTO clients (ref, name, gender, owner_id, first_visit_at, last_visit_at, created_at)
     VALUES (?, ?, 'female', ?, ?, ?, ?)`,
  );
  const insertVisit = db.prepare(
    `INSERT INTO visits (day, arrived_at, name, phone, party_size, client_id, gender, needs, channel, complete)
     VALUES (?, ?, ?, ?, 1, ?, 'female', '{"project":null,"unitType":"三房","area":null,"budget":null}', 'walkIn', 1)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO day_events (day, at, type, actor_id, data) VALUES (?, ?, 'assigned', NULL, ?)`,
  );
  const start = Date.UTC(2023, 0, 1);
  const dayOf = (n: number) => new Date(start + n * 86_400_000).toISOString().slice(0, 10);
  db.transaction(() => {
    for (let i = 0; i < VISITS; i++) {
      const day = dayOf(Math.floor(i / PER_DAY));
      const at = localToEpoch(day, 9 * 60 + (i % PER_DAY) * 5, TZ);
      const owner = consultants[i % consultants.length] ?? null;
      const clientId = Number(insertClient.run(`S${i}`, `访客${i}`, owner, at, at, at).lastInsertRowid);
      const visitId = Number(
        insertVisit.run(day, at, `访客${i}`, `139${String(i).padStart(8, '0')}`, clientId).lastInsertRowid,
      );
      insertEvent.run(day, at, JSON.stringify({ type: 'assigned', visitId, consultantId: owner, ownerId: owner }));
    }
  })();
  return { from: dayOf(0), to: dayOf(VISITS / PER_DAY - 1) };
}

async function countRows(path: string): Promise<number> {
  let rows = 0;
  for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(path, {})) {
    for await (const _row of sheet) rows++;
  }
  return rows;
}

describe('exporting 100,000 visits', () => {
  it('streams to the file while the event loop keeps turning and the desk keeps checking visitors in', async () => {
    const office = memoryOffice('09:00');
    const range = seed(office);
    const token = office.token();

    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    let exportDone = false;
    let checkedInDuringExport: boolean | null = null;
    // Runs on the first turn of the loop after the export starts: a write, while the export is mid-way.
    setTimeout(() => {
      checkIn(office, { registration: complete('王五', '13700000005') });
      checkedInDuringExport = !exportDone;
    }, 0);
    const result = await office
      .callAsync('exportRecords', { token, what: 'registrations', format: 'xlsx', ...range })
      .finally(() => {
        exportDone = true;
        clearInterval(ticker);
      });

    expect(result.rows).toBe(VISITS);
    expect(checkedInDuringExport).toBe(true);
    expect(ticks).toBeGreaterThan(1);
    const file = office.backend.deps.downloads.take(result.ticket);
    expect(await countRows(file?.path ?? '')).toBe(VISITS + 1);
  }, 180_000);
});
