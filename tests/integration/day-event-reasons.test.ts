import { describe, expect, it } from 'vitest';
import { explanationsOf, listDayEvents, listDayLog } from '../../db/queries/day-events';
import { setRedactionGate } from '../../db/queries/erasure';
import type { DayEvent } from '../../electron/domain/day-events';
import { today } from '../../electron/services/day-tx';
import { memoryOffice, type TestOffice } from '../helpers/office';

const day = (office: TestOffice) => today(office.backend.deps);

function rowsOf(office: TestOffice, type: string) {
  return office.db
    .prepare(
      `SELECT e.id, e.data, x.data AS explanation FROM day_events AS e
         LEFT JOIN day_event_reasons AS x ON x.event_id = e.id WHERE e.type = ? ORDER BY e.id`,
    )
    .all(type) as { id: number; data: string; explanation: string | null }[];
}

function eventsOf<T extends DayEvent['type']>(office: TestOffice, type: T) {
  return listDayEvents(office.db, day(office)).filter((e): e is Extract<DayEvent, { type: T }> => e.type === type);
}

/** Three consultants, four walk-ins: the fourth waits. */
function busyMorning() {
  const office = memoryOffice('09:00');
  for (const [i, name] of ['赵一', '钱二', '孙三', '李四'].entries()) {
    office.walkIn(`09:1${i}`, { name, phone: `1391111000${i}` });
  }
  return office;
}

describe("a decision's reasons, kept beside its log row", () => {
  it('writes the reception into the log and its reasons beside it, and reads the event back whole', () => {
    const office = memoryOffice('09:00');
    const answer = office.walkIn('09:10', { name: '赵六', phone: '13900001111' });

    const [row] = rowsOf(office, 'assigned');
    expect(JSON.parse(row?.data ?? '{}')).not.toHaveProperty('reasons');
    expect(JSON.parse(row?.explanation ?? '{}')).toEqual({ reasons: answer.reasons, passedOver: [] });
    expect(answer.reasons.length).toBeGreaterThan(0);

    const [assigned] = eventsOf(office, 'assigned');
    expect(assigned?.reasons).toEqual(answer.reasons);
    expect(office.call('getBoard', {}).recent[0]?.reasons).toEqual(answer.reasons);
  });

  it('folds the queue from a log that holds no words', () => {
    const office = busyMorning();
    const logged = JSON.stringify(listDayLog(office.db, day(office)));
    expect(logged).not.toContain('"reasons"');
    expect(logged).not.toContain('"lead"');
    expect(logged).not.toContain('"passedOver"');
    expect(office.queue()).toEqual(['王芳', '李雷', '张伟']);
  });

  it("shows why a visitor waits after a restart, and carries their check-in's reasons into the reception", () => {
    const office = busyMorning();
    const waitingBefore = office.call('getBoard', {}).waiting;
    expect(waitingBefore).toHaveLength(1);
    expect(waitingBefore[0]?.reasons.length).toBeGreaterThan(0);

    const restarted = office.reopen(office.db);
    expect(restarted.call('getBoard', {}).waiting).toEqual(waitingBefore);

    const freed = restarted.setStatus('王芳', 'available', '09:40');
    const [arrival] = eventsOf(restarted, 'arrival').filter((e) => e.visitId === waitingBefore[0]?.visitId);
    const lead = arrival?.lead ?? [];
    expect(lead.length).toBeGreaterThan(0);
    const served = eventsOf(restarted, 'assigned').find((e) => e.visitId === waitingBefore[0]?.visitId);
    expect(served?.reasons.slice(0, lead.length)).toEqual(lead);
    expect(freed.reasons).toEqual(served?.reasons);
  });

  it('continues a day logged before migration 14, words inline: why a visitor waits, carried into their reception', () => {
    const inline = busyMorning();
    const asToday = busyMorning();
    // Today's log as version 13 wrote it: every event whole in its row, and no `forfeited` (the file is the test's).
    inline.db.exec('DROP TRIGGER day_event_reasons_append_only_delete');
    inline.db.transaction(() => {
      setRedactionGate(inline.db, true);
      for (const { id, at: _at, actorId: _actor, ...body } of listDayEvents(inline.db, day(inline))) {
        const { forfeited: _forfeited, ...whole } = body as typeof body & { forfeited?: unknown };
        inline.db.prepare('UPDATE day_events SET data = ? WHERE id = ?').run(JSON.stringify(whole), id);
      }
      inline.db.exec('DELETE FROM day_event_reasons');
      setRedactionGate(inline.db, false);
    })();
    const upgraded = inline.reopen(inline.db);

    expect(upgraded.call('getBoard', {}).waiting).toEqual(asToday.call('getBoard', {}).waiting);
    expect(upgraded.setStatus('王芳', 'available', '09:40')).toEqual(asToday.setStatus('王芳', 'available', '09:40'));
    const served = (office: TestOffice) => eventsOf(office, 'assigned').at(-1)?.reasons;
    expect(served(upgraded)).toEqual(served(asToday));
  });

  it('reads an event logged before the reasons moved out (before migration 14) as it was written', () => {
    const office = memoryOffice('09:00');
    office.walkIn('09:10', { name: '赵六' });
    const reasons = [{ code: 'returnedInWindow', zh: '王芳按时返回,补回轮次', en: '王芳 came back in time' }];
    const legacy = { type: 'makeup_granted', consultantId: office.ids.王芳, note: null, reasons };
    const id = Number(
      office.db
        .prepare("INSERT INTO day_events (day, at, type, actor_id, data) VALUES (?, ?, 'makeup_granted', NULL, ?)")
        .run(day(office), office.clock.now(), JSON.stringify(legacy)).lastInsertRowid,
    );

    expect(eventsOf(office, 'makeup_granted')).toEqual([{ ...legacy, id, at: office.clock.now(), actorId: null }]);
    expect(explanationsOf(office.db, [id]).get(id)).toEqual({ reasons, lead: undefined });
    expect(listDayLog(office.db, day(office)).find((e) => e.id === id)).toMatchObject({ reasons });
  });

  it('refuses to change or remove a kept reason outside an erasure', () => {
    const office = memoryOffice('09:00');
    office.walkIn('09:10', { name: '赵六' });
    const [row] = rowsOf(office, 'assigned');
    expect(() => office.db.prepare("UPDATE day_event_reasons SET data = '{}' WHERE event_id = ?").run(row?.id)).toThrow(
      /append-only/,
    );
    expect(() => office.db.prepare('DELETE FROM day_event_reasons WHERE event_id = ?').run(row?.id)).toThrow(
      /append-only/,
    );
  });
});
