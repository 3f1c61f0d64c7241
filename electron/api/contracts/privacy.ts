import { z } from 'zod';
import { RETENTION_YEARS } from '../../domain/privacy/retention';
import { adminsOnly, kioskMethod, method, returns } from '../contract-kit';
import type { ErasureResult, PersonDataView, PersonExportResult, RetentionView } from '../privacy-types';
import { ERASURE_REASONS } from '../privacy-types';
import { token } from '../schemas';

const phone = z.string().trim().min(1, { error: '请输入电话号码' }).max(30, { error: '电话号码太长' });

/**
 * 个人信息 (PIPL): a person's data found by their phone, exported, or erased; the retention period.
 * Data-subject requests are the administrator's job, and so are these methods, every one.
 */
export const privacyContract = {
  findPersonData: kioskMethod(adminsOnly, z.object({ token, phone }), returns<PersonDataView>()),
  exportPersonData: kioskMethod(adminsOnly, z.object({ token, phone }), returns<Promise<PersonExportResult>>()),
  erasePersonData: kioskMethod(
    adminsOnly,
    z.object({
      token,
      phone,
      /** The number typed a second time: an erasure cannot be undone. */
      confirmPhone: phone,
      reason: z.enum(ERASURE_REASONS, { error: '请选择删除的依据' }),
    }),
    returns<ErasureResult>(),
  ),
  getRetention: method(adminsOnly, z.object({ token }), returns<RetentionView>()),
  setRetention: kioskMethod(
    adminsOnly,
    z.object({
      token,
      years: z
        .int({ error: '请填写整数年' })
        .min(RETENTION_YEARS.min, { error: `至少保存 ${RETENTION_YEARS.min} 年` })
        .max(RETENTION_YEARS.max, { error: `最多保存 ${RETENTION_YEARS.max} 年` }),
    }),
    returns<RetentionView>(),
  ),
};
