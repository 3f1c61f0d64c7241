import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { recordPinResult, setPinHash, staffChanges, updateConsultant } from '../../db/queries/consultants';
import { loadStaff } from '../../electron/services/staff-cache';
import { memoryOffice, TestOffice, tempDataDir, testClock } from '../helpers/office';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** The desk and a second process (serve, the CLI) on the same office file. */
function twoProcesses(): { desk: TestOffice; other: TestOffice } {
  const dir = tempDataDir();
  cleanups.push(dir.cleanup);
  const desk = new TestOffice(openDatabase(dir.file), testClock('09:00'));
  const other = desk.reopen(openDatabase(dir.file));
  cleanups.push(() => (desk.db.close(), other.db.close()));
  return { desk, other };
}

const renamed = { phone: null, role: 'consultant', photo: null } as const;

describe('the staff list, read once and kept until it changes', () => {
  it('hands out the same list while nobody changes the staff, PIN attempts included', () => {
    const office = memoryOffice('09:00');
    const first = loadStaff(office.db);
    office.setStatus('王芳', 'available');
    office.attempt('setStatus', { consultantId: office.ids.李雷, pin: '0000', status: 'available' });
    recordPinResult(office.db, office.ids.张伟, 2, null);
    setPinHash(office.db, office.ids.张伟, 'a new hash');
    expect(loadStaff(office.db)).toBe(first);
  });

  it('shows a consultant renamed by another process on the desk’s board', () => {
    const { desk, other } = twoProcesses();
    expect(desk.queue()).toContain('王芳');
    other.call('saveConsultant', { token: other.token(), id: other.ids.王芳, name: '王芳芳', role: 'consultant' });
    expect(desk.queue()).toEqual(expect.arrayContaining(['王芳芳']));
    expect(loadStaff(desk.db).rows.get(desk.ids.王芳)?.name).toBe('王芳芳');
  });

  it('gives nobody a visitor after another process took them off the books', () => {
    const { desk, other } = twoProcesses();
    desk.walkIn('09:05', { name: '访客甲' });
    other.call('deactivateConsultant', { token: other.token(), id: other.ids.李雷, note: '离职' });
    expect(loadStaff(desk.db).people.get(desk.ids.李雷)?.active).toBe(false);
    expect(desk.queue()).not.toContain('李雷');
    const received = desk.walkIn('09:10', { name: '访客乙' }).receivedBy;
    expect(received?.name).not.toBe('李雷');
  });

  it('forgets a change rolled back, even when the next change counts the same', () => {
    const office = memoryOffice('09:00');
    const id = office.ids.张伟;
    loadStaff(office.db);
    const before = staffChanges(office.db);
    expect(() =>
      office.db.transaction(() => {
        updateConsultant(office.db, id, { name: '张伟伟', ...renamed });
        expect(loadStaff(office.db).rows.get(id)?.name).toBe('张伟伟');
        throw new Error('the supervisor’s save failed further on');
      })(),
    ).toThrow();
    updateConsultant(office.db, id, { name: '张大伟', ...renamed });
    expect(staffChanges(office.db)).toBe(before + 1);
    expect(loadStaff(office.db).rows.get(id)?.name).toBe('张大伟');
  });

  it('lets no caller change the list it shares with every other', () => {
    const office = memoryOffice('09:00');
    const staff = loadStaff(office.db);
    const wang = staff.rows.get(office.ids.王芳);
    if (!wang) throw new Error('王芳 is not on the list');
    expect(() => Object.assign(wang, { active: false })).toThrow(TypeError);
    expect(() => (staff.list as unknown[]).push(wang)).toThrow(TypeError);
    expect(loadStaff(office.db).people.get(office.ids.王芳)?.active).toBe(true);
  });
});
