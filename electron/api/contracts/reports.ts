import { z } from 'zod';
import { isValidDay } from '../../domain/office-time';
import { method, returns, supervisors } from '../contract-kit';
import type { Report } from '../report-types';
import { token } from '../schemas';

/** Any office day inside the period wanted; null: the period the office is in now. */
const date = z
  .string()
  .trim()
  .refine(isValidDay, { error: '日期应为 YYYY-MM-DD,且是真实存在的日期' })
  .nullable()
  .default(null);

/** Reports (报表): the supervisor's day, week and month in figures. */
export const reportsContract = {
  getReport: method(
    supervisors,
    z.object({ token, period: z.enum(['day', 'week', 'month'], { error: '报表周期应为日、周或月' }), date }),
    returns<Report>(),
  ),
};
