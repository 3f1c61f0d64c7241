import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { memoryOffice, TestOffice, tempDataDir, testClock } from '../helpers/office';

const dirs: { cleanup: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

/** An office on a database file in its own temporary data folder. */
function fileOffice(): { office: TestOffice; file: string } {
  const dir = tempDataDir();
  dirs.push(dir);
  return { office: new TestOffice(openDatabase(dir.file), testClock()), file: dir.file };
}

/** A busy morning: someone out, someone stepping out, a reorder, a stand-in, a visitor left waiting. */
function busyMorning(office: TestOffice): void {
  office.setStatus('李雷', 'away_personal', '09:00');
  office.walkIn('09:10', { name: '赵六' });
  office.walkIn('09:12', { name: '孙七' });
  office.clock.set('09:15');
  const { order } = office.call('getRoster', { token: office.token() });
  office.call('reorderQueue', {
    token: office.token(),
    order: [office.ids.张伟, office.ids.李雷, office.ids.王芳],
    note: '张伟先接',
    basedOn: order,
  });
  office.setStatus('张伟', 'away_work', '09:20');
  office.setStatus('王芳', 'available', '09:22');
  office.walkIn('09:25', { name: '周八', directedTo: office.ids.张伟, directedKind: 'appointment' });
  office.walkIn('09:30', { name: '吴九' });
}

/** What the board shows, without the instant it was asked. */
function boardOf(office: TestOffice) {
  const { now: _now, ...rest } = office.call('getBoard', {});
  return rest;
}

describe('restarting the app mid-day', () => {
  it('restores exactly the same queue, statuses and waiting visitors', () => {
    const { office, file } = fileOffice();
    busyMorning(office);
    const before = boardOf(office);
    expect(before.queue.map((m) => [m.name, m.status])).toEqual([
      ['张伟', 'away_work'],
      ['李雷', 'away_personal'],
      ['王芳', 'receiving'],
    ]);
    expect(before.notices.map((n) => [n.consultantName, n.receivedBy])).toEqual([['张伟', '王芳']]);
    expect(before.waiting.map((w) => w.visitor)).toEqual([{ sequence: 4, maskedName: '吴*' }]);
    office.db.close();

    const restarted = office.reopen(openDatabase(file));
    expect(boardOf(restarted)).toEqual(before);
    expect(restarted.call('getDayLog', { token: restarted.token() }).length).toBe(
      (restarted.db.prepare('SELECT count(*) AS n FROM day_events').get() as { n: number }).n,
    );
    restarted.db.close();
  });

  it('carries on after the restart exactly as if the app had never stopped', () => {
    const { office, file } = fileOffice();
    const twin = memoryOffice();
    busyMorning(office);
    busyMorning(twin);
    office.db.close();
    const restarted = office.reopen(openDatabase(file));

    for (const o of [restarted, twin]) {
      o.setStatus('李雷', 'available', '09:40');
      o.setStatus('王芳', 'available', '09:45');
      o.walkIn('09:50');
    }
    expect(boardOf(restarted).queue).toEqual(boardOf(twin).queue);
    expect(restarted.queue()).toEqual(twin.queue());
    expect(boardOf(restarted).recent.map((r) => [r.visitor, r.receivedBy])).toEqual(
      boardOf(twin).recent.map((r) => [r.visitor, r.receivedBy]),
    );
    restarted.db.close();
  });

  it('remembers who was passed over, so the 5-minute make-up still works after a restart', () => {
    const { office, file } = fileOffice();
    office.clock.set('08:50');
    office.call('setPolicy', { token: office.token(), preset: 'returnWindow5', overrides: {}, note: '试行补位' });
    office.setStatus('王芳', 'away_personal', '09:00');
    office.walkIn('09:10');
    expect(office.queue()).toEqual(['张伟', '王芳', '李雷']);
    office.db.close();

    const restarted = office.reopen(openDatabase(file));
    const back = restarted.setStatus('王芳', 'available', '09:13');
    expect(back.position).toBe(1);
    expect(back.reasons.map((r) => r.zh)).toEqual(['王芳在被跳过后5分钟内回到前台,恢复到队首(补位)']);
    expect(restarted.queue()).toEqual(['王芳', '张伟', '李雷']);
    restarted.db.close();
  });

  it('keeps opening-day mode on across a restart', () => {
    const { office, file } = fileOffice();
    office.clock.set('08:30');
    office.call('setRotationSuspended', { token: office.token(), suspended: true, note: '开盘' });
    office.db.close();
    const restarted = office.reopen(openDatabase(file));
    expect(restarted.call('getBoard', {}).suspended).toBe(true);
    expect(restarted.walkIn('09:00').waiting).toBe(true);
    restarted.db.close();
  });
});
