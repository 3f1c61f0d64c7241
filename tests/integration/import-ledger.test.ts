import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection';
import { importLedger } from '../../electron/services/ledger-import';
import type { LedgerRow } from '../../electron/services/ledger-rows';
import { matchLine } from '../../electron/cli/match-lines';
import { localToEpoch } from '../../electron/domain/office-time';
import { memoryDatabase } from '../helpers/memory-database';

const at = (day: string, hour: number) => localToEpoch(day, hour * 60, 'Asia/Shanghai');
let line = 1;
const row = (r: Partial<LedgerRow> & Pick<LedgerRow, 'name' | 'phone' | 'visitedAt'>): LedgerRow => ({
  line: ++line,
  ref: null,
  gender: null,
  consultant: '王芳',
  needs: null,
  ...r,
});

const owners = (db: Database) =>
  db
    .prepare(
      'SELECT c.ref, c.name, k.name AS owner FROM clients c LEFT JOIN consultants k ON k.id = c.owner_id ORDER BY c.ref',
    )
    .all();

describe('importing a registration ledger', () => {
  it('keeps the ledger’s refs, creates unknown consultants, and gives each client to their earliest visit’s consultant', () => {
    const db = memoryDatabase();
    const report = importLedger(
      db,
      [
        row({ ref: 'A2', name: '张伟', phone: '138 1234 5678', consultant: '李雷', visitedAt: at('2026-10-09', 10) }),
        row({ ref: 'A1', name: '张伟', phone: '13812345678', consultant: '王芳', visitedAt: at('2026-10-02', 10) }),
        row({
          ref: 'A3',
          name: '李娜',
          phone: '+86 139-0000-0003',
          consultant: '李雷',
          visitedAt: at('2026-10-05', 10),
        }),
      ],
      [],
      { skipBad: false, now: 0 },
    );
    expect(report).toMatchObject({ imported: 3, clientsCreated: 2, clientsMatched: 1, written: true });
    expect(report.consultantsCreated.sort()).toEqual(['李雷', '王芳']);
    expect(owners(db)).toEqual([
      { ref: 'A1', name: '张伟', owner: '王芳' },
      { ref: 'A3', name: '李娜', owner: '李雷' },
    ]);
    const visits = db.prepare('SELECT count(*) AS n FROM visits WHERE complete = 1').get();
    expect(visits).toEqual({ n: 3 });
  });

  it('rejects the whole file when any row is bad, naming every bad line — nothing is written', () => {
    const db = memoryDatabase();
    const report = importLedger(
      db,
      [
        row({ name: '张伟', phone: '13812345678', visitedAt: at('2026-10-02', 10) }),
        row({ name: '李娜', phone: '无', visitedAt: at('2026-10-03', 10) }),
      ],
      [{ line: 9, field: 'visitedAt', message: '来访日期“昨天”应为 YYYY-MM-DD HH:mm' }],
      { skipBad: false, now: 0 },
    );
    expect(report.written).toBe(false);
    expect(report.rejected.map((p) => [p.line, p.field])).toEqual([
      [line, 'phone'],
      [9, 'visitedAt'],
    ]);
    expect(db.prepare('SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM visits) AS n').get()).toEqual({
      n: 0,
    });
  });

  it('imports the good rows with --skip-bad and still reports the bad ones', () => {
    const db = memoryDatabase();
    const report = importLedger(
      db,
      [
        row({ name: '张伟', phone: '13812345678', visitedAt: at('2026-10-02', 10) }),
        row({ name: '李娜', phone: '无', visitedAt: at('2026-10-03', 10) }),
      ],
      [],
      { skipBad: true, now: 0 },
    );
    expect(report).toMatchObject({ imported: 1, written: true });
    expect(report.rejected).toHaveLength(1);
  });
});

describe('matching lines against the imported clients', () => {
  it('answers each line with its candidates best first, owner and protection judged at the given time', () => {
    const db = memoryDatabase();
    importLedger(
      db,
      [
        row({ ref: 'C00012', name: '张伟', phone: '13812345678', consultant: '王芳', visitedAt: at('2026-10-02', 10) }),
        row({ ref: 'C00013', name: '章伟', phone: '13900005678', consultant: '李雷', visitedAt: at('2026-10-20', 10) }),
      ],
      [],
      { skipBad: false, now: 0 },
    );
    const out = matchLine(
      db,
      JSON.stringify({ id: 'v1', name: '张伟', phone: '138-1234-5678' }),
      1,
      at('2026-10-20', 12),
    );
    expect(out).toMatchObject({
      id: 'v1',
      candidates: [
        { ref: 'C00012', name: '张伟', owner: '王芳', protected: true, level: 'strong' },
        {
          ref: 'C00013',
          name: '章伟',
          owner: '李雷',
          level: 'possible',
          reasons: ['姓名读音相同(zhang wei)', '电话与档案不同'],
        },
      ],
    });
    const lapsed = matchLine(db, JSON.stringify({ id: 'v2', phone: '13812345678' }), 2, at('2026-11-20', 12));
    expect(lapsed).toMatchObject({ candidates: [{ ref: 'C00012', owner: '王芳', protected: false }] });
    const homophone = matchLine(db, JSON.stringify({ id: 'v3', name: '张伟', phone: '5678' }), 3, at('2026-10-21', 9));
    expect('candidates' in homophone ? homophone.candidates.map((c) => [c.ref, c.level]) : []).toEqual([
      ['C00012', 'strong'],
      ['C00013', 'strong'],
    ]);
  });

  it('answers a line that is not a JSON object with its line number', () => {
    const db = memoryDatabase();
    expect(matchLine(db, '{name: 张伟}', 7, 0)).toEqual({ line: 7, error: '第 7 行不是有效的 JSON' });
    expect(matchLine(db, '{"name":"张伟"}', 8, 0)).toEqual({ line: 8, error: '第 8 行缺少 id' });
  });
});
