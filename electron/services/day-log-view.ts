import type { DayEvent } from '../domain/day-events';
import { PRESETS } from '../domain/policy';
import { STATUS_TEXT } from '../domain/reasons';
import type { DayLogEntry, VisitorTag } from '../api/types';

type Text = { zh: string; en: string };

export interface LogNames {
  consultant: (id: number) => string;
  visitor: (visitId: number) => VisitorTag;
}

const visitorZh = (t: VisitorTag) => (t.maskedName ? `${t.sequence}号访客 ${t.maskedName}` : `${t.sequence}号访客`);
const visitorEn = (t: VisitorTag) =>
  t.maskedName ? `visitor ${t.sequence} (${t.maskedName})` : `visitor ${t.sequence}`;

/** One line per event of the day's log, so a supervisor can see why the queue is what it is. */
export function describeEvent(e: DayEvent, names: LogNames): Text {
  const name = names.consultant;
  const v = (visitId: number) => {
    const tag = names.visitor(visitId);
    return { zh: visitorZh(tag), en: visitorEn(tag) };
  };
  const list = (ids: number[]) => ids.map(name).join('、') || '—';
  const withNote = (t: Text, note: string | null): Text =>
    note ? { zh: `${t.zh}(${note})`, en: `${t.en} (${note})` } : t;
  switch (e.type) {
    case 'day_opened':
      return { zh: `开始营业,轮排:${list(e.order)}`, en: `Day opened; rotation: ${list(e.order)}` };
    case 'roster_set':
      return withNote(
        {
          zh: `排班:${list(e.order)};休假:${list(e.off)}`,
          en: `Roster: ${list(e.order)}; on leave: ${list(e.off)}`,
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
        ? { zh: `${v(e.visitId).zh}到达`, en: `${v(e.visitId).en} arrived` }
        : {
            zh: `${v(e.visitId).zh}到达,找${name(e.directedTo)}`,
            en: `${v(e.visitId).en} arrived, asking for ${name(e.directedTo)}`,
          };
    case 'waiting':
      return { zh: `${v(e.visitId).zh}等候`, en: `${v(e.visitId).en} waits` };
    case 'assigned':
      return {
        zh: `${name(e.consultantId)}接待${v(e.visitId).zh}`,
        en: `${name(e.consultantId)} receives ${v(e.visitId).en}`,
      };
    case 'claimed':
      return {
        zh: `${name(e.claimantId)}认领${v(e.visitId).zh},${name(e.freedId)}恢复轮次`,
        en: `${name(e.claimantId)} claims ${v(e.visitId).en}; ${name(e.freedId)} gets the turn back`,
      };
    case 'visitor_left':
      return withNote({ zh: `${v(e.visitId).zh}离开`, en: `${v(e.visitId).en} left` }, e.note);
    case 'queue_reordered':
      return withNote({ zh: `调整顺序:${list(e.order)}`, en: `Reordered: ${list(e.order)}` }, e.note);
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
      return withNote(
        {
          zh: `规则改为“${PRESETS[e.policy.preset].zh}”${Object.keys(e.policy.overrides).length > 0 ? '(含个别调整)' : ''}`,
          en: `Rules changed to “${PRESETS[e.policy.preset].en}”${Object.keys(e.policy.overrides).length > 0 ? ' (with changes)' : ''}`,
        },
        e.note,
      );
  }
}

export function dayLogEntries(events: DayEvent[], names: LogNames): DayLogEntry[] {
  return events.map((e) => ({
    id: e.id,
    at: e.at,
    type: e.type,
    actor: e.actorId === null ? null : names.consultant(e.actorId),
    summary: describeEvent(e, names),
    reasons: 'reasons' in e ? e.reasons : [],
  }));
}
