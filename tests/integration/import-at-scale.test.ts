import { describe, expect, it } from 'vitest';
import { importLedger } from '../../electron/services/ledger-import';
import type { LedgerRow } from '../../electron/services/ledger-rows';
import { matchLine } from '../../electron/cli/match-lines';
import { localToEpoch } from '../../electron/domain/office-time';
import { memoryDatabase } from '../helpers/memory-database';

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚'];
const CONSULTANTS = ['王芳', '李雷', '张伟', '刘洋', '赵敏'];
const phoneOf = (i: number) => `139${String(10_000_000 + i * 37).slice(-8)}`;

/** A year of an office's ledger: 3,000 visits, every tenth one a returning client under a formatted phone. */
function ledger(): LedgerRow[] {
  return Array.from({ length: 3000 }, (_, k) => {
    const i = k % 10 === 9 ? k - 5 : k;
    const phone = phoneOf(i);
    return {
      line: k + 2,
      ref: null,
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13) % GIVEN.length]}`,
      gender: i % 2 ? 'male' : 'female',
      phone: k % 10 === 9 ? `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}` : phone,
      consultant: CONSULTANTS[i % CONSULTANTS.length] ?? null,
      visitedAt: localToEpoch('2026-01-01', 9 * 60, 'Asia/Shanghai') + k * 2 * 3_600_000,
      needs: '三房',
    };
  });
}

describe('a year of ledger, imported and matched', () => {
  it('imports 3,000 visits as their clients and finds 400 visitors among them by phone', () => {
    const db = memoryDatabase();
    const rows = ledger();
    const report = importLedger(db, rows, [], { skipBad: false, now: 0 });
    expect(report).toMatchObject({ imported: 3000, clientsCreated: 2700, clientsMatched: 300, written: true });

    const now = localToEpoch('2026-12-01', 10 * 60, 'Asia/Shanghai');
    // 400 visitors whose phones are on file (rows that are not themselves returns).
    const asked = Array.from({ length: 3000 }, (_, k) => k)
      .filter((k) => k % 10 !== 9 && k % 3 === 0)
      .slice(0, 400);
    const answers = asked.map((k, n) => {
      const out = matchLine(db, JSON.stringify({ id: `q${n}`, phone: phoneOf(k) }), n + 1, now);
      return 'candidates' in out ? out.candidates[0] : undefined;
    });
    expect(answers).toHaveLength(400);
    expect(answers.every((c) => c?.level === 'strong')).toBe(true);
    expect(answers.map((c) => c?.name)).toEqual(asked.map((k) => rows[k]?.name));
  });
});
