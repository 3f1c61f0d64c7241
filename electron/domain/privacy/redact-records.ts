import type { DayEventBody, DayEventType } from '../day-events';
import type { Reason } from '../reasons';
import { ERASED, type Scrub } from './redact';

/**
 * Redaction of the kept records already linked to the erased person by id (their visits, their
 * client records). Only the fields that hold words — a note, a reason's zh/en — are scrubbed of the
 * person's names and whole phones; codes, ids, statuses and everything the queue or the commission
 * records read stay as they were. Nothing here finds a record by its words: that would rewrite a
 * namesake's rows.
 */

/** A reason's words scrubbed; its code names the kind of reason, not a person. */
export const scrubReasons = (reasons: readonly Reason[], scrub: Scrub): Reason[] =>
  reasons.map((r) => ({ ...r, zh: scrub(r.zh), en: scrub(r.en) }));

type FieldsOf<T extends DayEventType> = keyof Extract<DayEventBody, { type: T }>;

/**
 * Where each kind of day event holds words (a whitelist). Every other field — type, visitId, status,
 * mode, policy, timeZone, order, forfeited, passedOver — is structure (what the fold reads, or who was passed
 * over and how), never scrubbed, whatever a
 * visitor is called ('available', 'leave'). Keyed by every event type, so a new event must say here
 * which of its fields are words before it compiles.
 */
const EVENT_WORDS: { [T in DayEventType]: { notes: FieldsOf<T>[]; reasons: FieldsOf<T>[] } } = {
  day_opened: { notes: [], reasons: [] },
  roster_set: { notes: ['note'], reasons: [] },
  status_changed: { notes: ['note'], reasons: [] },
  arrival: { notes: [], reasons: ['lead'] },
  waiting: { notes: [], reasons: ['reasons'] },
  assigned: { notes: [], reasons: ['reasons'] },
  claimed: { notes: [], reasons: ['reasons'] },
  visitor_left: { notes: ['note'], reasons: [] },
  queue_reordered: { notes: ['note'], reasons: [] },
  turn_skipped: { notes: ['note'], reasons: [] },
  makeup_granted: { notes: ['note'], reasons: ['reasons'] },
  rotation_suspended: { notes: ['note'], reasons: [] },
  rotation_resumed: { notes: ['note'], reasons: [] },
  policy_changed: { notes: ['note'], reasons: [] },
};

/**
 * A day event linked to the person by id, its words scrubbed. `own`: the event is about the person's
 * own visit, so a note on it is theirs and goes whole (the desk's note on their leaving).
 */
export function redactEvent<B extends { type: DayEventType }>(body: B, scrub: Scrub, own: boolean): B {
  const words = EVENT_WORDS[body.type] as { notes: string[]; reasons: string[] } | undefined;
  if (words === undefined) return body;
  const next: Record<string, unknown> = { ...body };
  for (const field of words.notes) {
    const note = next[field];
    if (typeof note === 'string') next[field] = own ? ERASED : scrub(note);
  }
  for (const field of words.reasons) {
    const reasons = next[field];
    if (Array.isArray(reasons)) next[field] = scrubReasons(reasons as Reason[], scrub);
  }
  return next as B;
}

/** A clash as a ruling filed it (ClashView), as much of it as redaction reads. */
export interface RedactableClash {
  sides: { client: { id: number; name: string }; maskedPhones: string[]; followUps: { content: string }[] }[];
  reasons: Reason[];
  suggestion: { reasons: Reason[] };
}

/**
 * A ruling that concerns one of the person's client records: their side of the clash loses name,
 * phones and the follow-ups' words; the other side stays as it was; the note and the reasons lose the
 * person's names and phones. Who decided, for whom and what it did stay.
 */
export function redactRuling<C extends RedactableClash>(
  ruling: { note: string; clash: C; reasons: Reason[] },
  clientIds: ReadonlySet<number>,
  scrub: Scrub,
): { note: string; clash: C; reasons: Reason[] } {
  const { clash } = ruling;
  return {
    note: scrub(ruling.note),
    reasons: scrubReasons(ruling.reasons, scrub),
    clash: {
      ...clash,
      sides: clash.sides.map((s) =>
        clientIds.has(s.client.id)
          ? {
              ...s,
              client: { ...s.client, name: ERASED },
              maskedPhones: [],
              followUps: s.followUps.map((f) => ({ ...f, content: ERASED })),
            }
          : s,
      ),
      reasons: scrubReasons(clash.reasons, scrub),
      suggestion: { ...clash.suggestion, reasons: scrubReasons(clash.suggestion.reasons, scrub) },
    },
  };
}
