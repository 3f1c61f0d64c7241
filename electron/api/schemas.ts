import { z } from 'zod';

/** Field schemas shared by the contract's inputs; messages are plain Chinese (see dispatch.ts for field labels). */
export const id = z.int().positive();
export const pin = z.string().regex(/^\d{4,6}$/, { error: '密码须为 4 至 6 位数字' });
export const token = z.string().min(16).max(128);
/** C0 control characters other than tab and line breaks: never typed, and SQLite's length() stops at a NUL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const note = z
  .string()
  .trim()
  .min(1, { error: '请填写原因' })
  .max(500)
  .refine((s) => !CONTROL.test(s), { error: '原因含有无法识别的控制字符,请重新填写' });
export const personName = z.string().trim().min(1, { error: '请填写姓名' }).max(40);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);
export const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间格式应为 HH:MM' });
export const photo = z
  .string()
  .max(400_000, { error: '照片太大' })
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, { error: '照片格式无效' })
  .nullable()
  .default(null);
export const status = z.enum(['available', 'receiving', 'away_work', 'away_personal', 'leave']);
export const lunch = z.object({ from: clock, to: clock }).nullable();
export const ids = z.array(id).max(500);
