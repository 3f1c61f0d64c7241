import { describe, expect, it } from 'vitest';
import type { DayEventBody } from '../../electron/domain/day-events';
import {
  ERASED,
  needlesOf,
  phoneNeedles,
  redactChanges,
  redactSheetRows,
  scrubber,
} from '../../electron/domain/privacy/redact';
import { redactEvent, redactRuling } from '../../electron/domain/privacy/redact-records';

describe('redaction: a person’s words out of a record that otherwise stays as it was', () => {
  it('scrubs a day event only in its words (reasons, note), leaving type, ids, mode and the queue alone', () => {
    const event: DayEventBody = {
      type: 'assigned',
      visitId: 12,
      consultantId: 3,
      ownerId: 3,
      mode: 'rotation',
      turnConsumed: true,
      standIn: false,
      order: [3, 1, 2],
      passedOver: [{ consultantId: 1, status: 'leave', effect: 'kept' }],
      notify: null,
      reasons: [{ code: 'household', zh: '与欧阳晓明同一电话,以欧阳晓明的登记为准', en: 'Same phone as 欧阳晓明' }],
    };
    expect(redactEvent(event, scrubber(needlesOf(['欧阳晓明', '13912345678'])), true)).toEqual({
      ...event,
      reasons: [{ code: 'household', zh: `与${ERASED}同一电话,以${ERASED}的登记为准`, en: `Same phone as ${ERASED}` }],
    });
  });

  it('never touches an event’s structure, whatever the visitor is called: a visitor named leave, default or Asia/Shanghai', () => {
    const scrub = scrubber(['leave', 'rotation', 'available', 'default', 'Asia/Shanghai']);
    const day: DayEventBody = {
      type: 'day_opened',
      policy: { preset: 'default', overrides: {} },
      timeZone: 'Asia/Shanghai',
      order: [1, 2],
      off: [],
      lunchDuty: [],
      lunch: null,
    };
    const status: DayEventBody = { type: 'status_changed', consultantId: 2, status: 'leave', note: null };
    const left: DayEventBody = { type: 'visitor_left', visitId: 4, note: 'leave 了' };
    expect(redactEvent(day, scrub, false)).toEqual(day);
    expect(redactEvent(status, scrub, false)).toEqual(status);
    expect(redactEvent(left, scrub, false)).toEqual({ ...left, note: `${ERASED} 了` });
    expect(redactEvent(left, scrub, true)).toEqual({ ...left, note: ERASED });
  });

  it('takes out only the erased side of a ruling’s clash; the other side keeps its name, phones and notes', () => {
    const side = (id: number, name: string) => ({
      consultantId: id,
      client: { id, ref: `C0000${id}`, name },
      maskedPhones: ['139****5678'],
      followUps: [{ content: `给${name}发了户型图` }],
    });
    const clash = { sides: [side(1, '张伟'), side(2, '张伟')], reasons: [], suggestion: { reasons: [] } };
    const redacted = redactRuling({ note: '同名不同人', clash, reasons: [] }, new Set([2]), scrubber(['张伟']));
    expect(redacted.clash.sides).toEqual([
      side(1, '张伟'),
      {
        ...side(2, '张伟'),
        client: { id: 2, ref: 'C00002', name: ERASED },
        maskedPhones: [],
        followUps: [{ content: ERASED }],
      },
    ]);
  });

  it('makes needles of whole phones only, in the forms people write them, never masked', () => {
    expect(phoneNeedles('139-1234-5678')).toEqual([
      '139-1234-5678',
      '13912345678',
      '139 1234 5678',
      '139-1234-5678',
      '+8613912345678',
      '+86 13912345678',
      '+86 139 1234 5678',
      '+86-139-1234-5678',
    ]);
    expect(phoneNeedles('139-1234-5678').some((n) => n.includes('*'))).toBe(false);
    expect(phoneNeedles('不详')).toEqual([]);
    expect(phoneNeedles('5678')).toEqual([]);
  });

  it('leaves the staff’s names whole: a visitor called 王芳 does not take the consultant 王芳芳 out of a reason', () => {
    const scrub = scrubber(['王芳', '13912345678'], ['王芳芳', '李雷']);
    expect(scrub('轮到王芳芳接待;访客王芳,电话13912345678')).toBe(`轮到王芳芳接待;访客${ERASED},电话${ERASED}`);
  });

  it('keeps a name that is also a consultant’s: the text cannot tell the two apart', () => {
    expect(scrubber(['李雷'], ['李雷'])('计入李雷的老带新')).toBe('计入李雷的老带新');
  });

  it('reads needles as plain text, not as patterns', () => {
    expect(scrubber(['(139)1234*'])('号码 (139)1234* 与 13912344')).toBe(`号码 ${ERASED} 与 13912344`);
  });

  it('takes no one-character word: a surname alone would hit half the notes', () => {
    expect(needlesOf(['王', ' ', null, '王芳', '王芳'])).toEqual(['王芳']);
  });

  it('takes the longest form of a phone first, so a phone goes before its parts', () => {
    expect(needlesOf(['13912345678', '+86 139 1234 5678', '139 1234 5678'])).toEqual([
      '+86 139 1234 5678',
      '139 1234 5678',
      '13912345678',
    ]);
  });

  it('empties the erased person’s sheet rows and keeps the row, so the totals still add up', () => {
    const row = (visitId: number) => ({
      visitId,
      visitor: '欧阳晓明',
      maskedPhone: '139****5678',
      needs: '三房',
      notes: null,
      partySize: 3,
    });
    expect(redactSheetRows([row(1), row(2)], new Set([2]))).toEqual([
      row(1),
      { ...row(2), visitor: ERASED, maskedPhone: null, needs: null, notes: null },
    ]);
  });

  it('keeps what a correction did to gender or party size, not what a name or note was', () => {
    expect(
      redactChanges([
        { field: 'visitor', from: '欧阳小明', to: '欧阳晓明' },
        { field: 'maskedPhone', from: '139****5677', to: '139****5678' },
        { field: 'notes', from: null, to: '改看湖景' },
        { field: 'partySize', from: 2, to: 3 },
      ]),
    ).toEqual([
      { field: 'visitor', from: ERASED, to: ERASED },
      { field: 'maskedPhone', from: null, to: null },
      { field: 'notes', from: null, to: ERASED },
      { field: 'partySize', from: 2, to: 3 },
    ]);
  });
});
