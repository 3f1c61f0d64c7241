import { describe, expect, it } from 'vitest';
import { checkIn } from '../helpers/check-in';
import { memoryOffice, type TestOffice } from '../helpers/office';

/**
 * 几号访客: every screen numbers the day's visitors in the order they came and shows the surname only. The names
 * of the first few dozen visitors asked for are read one by one, the rest of the day's at once (the day log names
 * them all): both ways must say the same.
 */

const SURNAMES = [...'赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚'];
const VISITORS = 45;
const ERASED = 42;
const DECLINED = 43;
const ENGLISH = 44;

const phoneOf = (n: number) => `1390000${String(n).padStart(4, '0')}`;
const nameOf = (n: number) => (n === ENGLISH ? 'Smith' : `${SURNAMES[n - 1] ?? '?'}${n % 2 ? '一' : '小明'}`);
const clock = (n: number) => `${9 + Math.floor(n / 60)}:${String(n % 60).padStart(2, '0')}`;

/** What a screen shows for the day's n-th visitor. */
function expectedTag(n: number): { sequence: number; maskedName: string | null } {
  if (n === ERASED) return { sequence: n, maskedName: '已**' };
  if (n === DECLINED) return { sequence: n, maskedName: null };
  if (n === ENGLISH) return { sequence: n, maskedName: 'S***' };
  return { sequence: n, maskedName: `${SURNAMES[n - 1] ?? '?'}${n % 2 ? '*' : '**'}` };
}

/**
 * A busy morning: 45 visitors a minute apart, one who declined to give a name, one erased on request since. The
 * three consultants take the first three; the others wait, so the board shows them all.
 */
function busyMorning(): { office: TestOffice; visitIds: number[] } {
  const office = memoryOffice('08:30');
  const visitIds: number[] = [];
  for (let n = 1; n <= VISITORS; n++) {
    if (n === DECLINED) {
      office.clock.set(clock(n));
      visitIds.push(checkIn(office, { partySize: 1, registration: { consent: 'declined' } }).visitId);
    } else {
      visitIds.push(office.walkIn(clock(n), { name: nameOf(n), phone: phoneOf(n) }).visitId);
    }
  }
  const phone = phoneOf(ERASED);
  office.call('erasePersonData', { token: office.token(), phone, confirmPhone: phone, reason: 'subjectRequest' });
  return { office, visitIds };
}

describe('the day’s visitor tags', () => {
  it('number the visitors on the board by arrival, the declined and the erased keeping their places', () => {
    const { office, visitIds } = busyMorning();
    const board = office.call('getBoard', {});
    const shown = [...board.waiting, ...board.recent];
    const numbers = shown.map((s) => visitIds.indexOf(s.visitId) + 1);
    expect([...numbers].sort((a, b) => a - b)).toEqual(visitIds.map((_, i) => i + 1));
    expect(shown.map((s) => s.visitor)).toEqual(numbers.map(expectedTag));
  });

  it('are the same in the day log, which names every visitor of the day', () => {
    const { office } = busyMorning();
    const log = office
      .call('getDayLog', { token: office.token() })
      .map((e) => e.summary.zh)
      .join('\n');
    for (let n = 1; n <= VISITORS; n++) {
      const { maskedName } = expectedTag(n);
      expect(log).toContain(maskedName ? `${n}号访客 ${maskedName}` : `${n}号访客`);
    }
    expect(log).not.toMatch(new RegExp(`(^|[^0-9])${DECLINED}号访客 `));
  });
});
