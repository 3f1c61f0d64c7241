import { describe, expect, it } from 'vitest';
import {
  ERASED,
  needlesOf,
  redactChanges,
  redactSheetRows,
  scrubber,
  scrubJson,
} from '../../electron/domain/privacy/redact';

describe('redaction: a person’s words out of a record that otherwise stays as it was', () => {
  it('replaces every occurrence of a name or phone in every string, leaving ids and numbers alone', () => {
    const event = {
      type: 'assigned',
      visitId: 12,
      order: [3, 1, 2],
      reasons: [{ code: 'household', zh: '与欧阳晓明同一电话,以欧阳晓明的登记为准', en: 'Same phone as 欧阳晓明' }],
      note: '13912345678 打来',
    };
    expect(scrubJson(event, scrubber(needlesOf(['欧阳晓明', '13912345678'])))).toEqual({
      ...event,
      reasons: [{ code: 'household', zh: `与${ERASED}同一电话,以${ERASED}的登记为准`, en: `Same phone as ${ERASED}` }],
      note: `${ERASED} 打来`,
    });
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

  it('takes a whole phone before its masked form, longest first', () => {
    expect(needlesOf(['139****5678', '+8613912345678', '13912345678'])).toEqual([
      '+8613912345678',
      '139****5678',
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
