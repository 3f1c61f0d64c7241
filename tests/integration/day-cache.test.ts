import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { dayLogRewrites, listDayEvents } from '../../db/queries/day-events';
import { setDayEventData, setRedactionGate } from '../../db/queries/erasure';
import { getSetting } from '../../db/queries/settings';
import { foldDay } from '../../electron/domain/day-state';
import { today, withDay } from '../../electron/services/day-tx';
import { memoryOffice, TestOffice, tempDataDir, testClock } from '../helpers/office';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** The day as folded from its whole log, the way a restart computes it. */
function wholeLog(office: TestOffice) {
  const deps = office.backend.deps;
  const day = today(deps);
  return foldDay(day, getSetting(office.db, 'timeZone'), listDayEvents(office.db, day));
}

function kept(office: TestOffice) {
  const deps = office.backend.deps;
  return deps.days.fold(office.db, today(deps), getSetting(office.db, 'timeZone'), true);
}

describe("today's log, folded once and kept", () => {
  it('answers exactly as folding the whole log does, call after call through a busy morning', () => {
    const office = memoryOffice('09:00');
    for (let i = 0; i < 12; i++) {
      office.walkIn(`09:${String(10 + i * 3).padStart(2, '0')}`, { name: `访客${i}`, phone: `1390000${1000 + i}` });
      if (i % 4 === 3) office.setStatus('王芳', 'available');
      expect(kept(office)).toEqual(wholeLog(office));
    }
  });

  it('sees the arrivals another process registered in the same file', () => {
    const dir = tempDataDir();
    cleanups.push(dir.cleanup);
    const desk = new TestOffice(openDatabase(dir.file), testClock('09:00'));
    const other = desk.reopen(openDatabase(dir.file));
    cleanups.push(() => (desk.db.close(), other.db.close()));
    desk.walkIn('09:10', { name: '赵六' });
    expect(desk.queue()).toEqual(['李雷', '张伟', '王芳']);
    other.walkIn('09:20', { name: '孙七' });
    expect(desk.queue()).toEqual(['张伟', '王芳', '李雷']);
    expect(kept(desk)).toEqual(wholeLog(desk));
  });

  it('folds the log again once a row of it was rewritten in place, as an erasure does', () => {
    const office = memoryOffice('09:00');
    office.walkIn('09:10', { name: '赵六' });
    office.setStatus('王芳', 'away_personal', '09:20');
    expect(kept(office)).toEqual(wholeLog(office));
    const before = dayLogRewrites(office.db);
    const [status] = listDayEvents(office.db, today(office.backend.deps)).filter((e) => e.type === 'status_changed');
    if (!status) throw new Error('no status change logged');
    office.db.transaction(() => {
      setRedactionGate(office.db, true);
      setDayEventData(office.db, status.id, JSON.stringify({ ...status, status: 'available', note: '已删除' }));
      setRedactionGate(office.db, false);
    })();
    expect(dayLogRewrites(office.db)).toBe(before + 1);
    expect(kept(office)).toEqual(wholeLog(office));
    expect(kept(office).members.get(office.ids.王芳)?.status).toBe('available');
  });

  it('keeps nothing of an action rolled back inside an outer transaction', () => {
    const office = memoryOffice('09:00');
    office.walkIn('09:10', { name: '赵六' });
    const deps = office.backend.deps;
    expect(() =>
      office.db.transaction(() => {
        withDay(deps, (tx) => tx.append({ type: 'rotation_suspended', note: '午休' }, office.supervisorId));
        withDay(deps, (tx) => expect(tx.state.suspended).toBe(true));
        throw new Error('the outer action failed');
      })(),
    ).toThrow('the outer action failed');
    expect(kept(office).suspended).toBe(false);
    office.walkIn('09:20', { name: '孙七' });
    expect(kept(office)).toEqual(wholeLog(office));
  });
});
