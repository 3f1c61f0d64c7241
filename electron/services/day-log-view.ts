import type { DayEvent } from '../domain/day-events';
import { STATUS_TEXT } from '../domain/reasons';
import type { DayLogEntry } from '../api/types';

type Text = { zh: string; en: string };

/** One line per event of the day's log, so a supervisor can see why the queue is what it is. */
export function describeEvent(e: DayEvent, name: (id: number) => string): Text {
  const names = (ids: number[]) => ids.map(name).join('、') || '—';
  const withNote = (t: Text, note: string | null): Text =>
    note ? { zh: `${t.zh}(${note})`, en: `${t.en} (${note})` } : t;
  switch (e.type) {
    case 'day_opened':
      return { zh: `开始营业,轮排:${names(e.order)}`, en: `Day opened; rotation: ${names(e.order)}` };
    case 'roster_set':
      return withNote(
        {
          zh: `排班:${names(e.order)};休假:${names(e.off)}`,
          en: `Roster: ${names(e.order)}; on leave: ${names(e.off)}`,
        },
        e.note,
      );
    case 'status_changed':
      return withNote(
        {
          zh: `${name(e.consultantId)} → ${STATUS_TEXT[e.status].zh}`,
          en: `${name(e.consultantId)} → ${STATUS_TEXT[e.status].en}`,
        },
        e.note,
      );
    case 'arrival':
      return e.directedTo === null
        ? { zh: '访客到达', en: 'Visitor arrived' }
        : { zh: `访客到达,找${name(e.directedTo)}`, en: `Visitor arrived for ${name(e.directedTo)}` };
    case 'waiting':
      return { zh: '访客等候', en: 'Visitor waits' };
    case 'assigned':
      return { zh: `${name(e.consultantId)}接待访客`, en: `${name(e.consultantId)} receives the visitor` };
    case 'visitor_left':
      return withNote({ zh: '等候的访客离开', en: 'A waiting visitor left' }, e.note);
    case 'queue_reordered':
      return withNote({ zh: `调整顺序:${names(e.order)}`, en: `Reordered: ${names(e.order)}` }, e.note);
    case 'turn_skipped':
      return withNote(
        { zh: `${name(e.consultantId)}被跳过,排到队尾`, en: `${name(e.consultantId)} skipped to the back` },
        e.note,
      );
    case 'makeup_granted':
      return withNote(
        { zh: `${name(e.consultantId)}补位到队首`, en: `${name(e.consultantId)} restored to the head` },
        e.note,
      );
    case 'rotation_suspended':
      return withNote({ zh: '暂停轮排(主管分配)', en: 'Rotation suspended (supervisor assigns)' }, e.note);
    case 'rotation_resumed':
      return withNote({ zh: '恢复轮排', en: 'Rotation resumed' }, e.note);
    case 'policy_changed':
      return withNote({ zh: `规则改为 ${e.policy.preset}`, en: `Rules changed to ${e.policy.preset}` }, e.note);
  }
}

export function dayLogEntries(events: DayEvent[], name: (id: number) => string): DayLogEntry[] {
  return events.map((e) => ({
    id: e.id,
    at: e.at,
    type: e.type,
    actor: e.actorId === null ? null : name(e.actorId),
    summary: describeEvent(e, name),
    reasons: 'reasons' in e ? e.reasons : [],
  }));
}
