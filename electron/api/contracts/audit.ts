import { z } from 'zod';
import type { AuditPage } from '../audit-types';
import { method, returns, adminsOnly } from '../contract-kit';
import { token } from '../schemas';

/** 审计日志: the supervisor reads the log, newest first, a page at a time (beforeId: the last id already shown). */
export const auditContract = {
  listAuditLog: method(
    adminsOnly,
    z.object({
      token,
      limit: z.int().min(1).max(200).default(50),
      beforeId: z.int().min(1).nullable().default(null),
    }),
    returns<AuditPage>(),
  ),
};
