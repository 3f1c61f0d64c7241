import { z } from 'zod';
import { isValidDay } from '../../domain/office-time';
import { CHANNELS } from '../check-in-schemas';
import { method, returns, supervisors } from '../contract-kit';
import type { DailySheetView, FileOffer } from '../daily-sheet-types';
import { id, note, token } from '../schemas';

const day = z.string().trim().refine(isValidDay, { error: '日期应为 YYYY-MM-DD,且是真实存在的日期' });
const month = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份应为 YYYY-MM' });
/** This print only; the office's default is the sheetOrientation setting. */
const orientation = z.enum(['portrait', 'landscape']).nullable().default(null);

/** A corrected value, or absent to leave it as it is; empty text clears it. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

const correction = z.object({
  name: text(40),
  gender: z.enum(['male', 'female']).nullable().optional(),
  phone: text(30),
  partySize: z.int().min(1).max(50).optional(),
  channel: z.enum(CHANNELS).nullable().optional(),
  needs: z
    .object({ project: text(60), unitType: text(40), area: text(40), budget: text(40) })
    .transform((n) => ({
      project: n.project ?? null,
      unitType: n.unitType ?? null,
      area: n.area ?? null,
      budget: n.budget ?? null,
    }))
    .optional(),
  notes: text(500),
});

/** 来访客户登记表: preview, PDF, 日结, 更正 and the month's archive. */
export const dailySheetContract = {
  getDailySheet: method(supervisors, z.object({ token, day, orientation }), returns<DailySheetView>()),
  saveDailySheetPdf: method(supervisors, z.object({ token, day, orientation }), returns<Promise<FileOffer>>()),
  closeDay: method(supervisors, z.object({ token, day }), returns<DailySheetView>()),
  /** 更正: a correction to a row of a closed day, with the reason in `note`. */
  amendSheetRow: method(
    supervisors,
    z.object({ token, visitId: id, note, changes: correction }),
    returns<DailySheetView>(),
  ),
  saveMonthSheetsPdf: method(supervisors, z.object({ token, month, orientation }), returns<Promise<FileOffer>>()),
};
