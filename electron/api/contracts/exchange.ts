import { z } from 'zod';
import { isValidDay } from '../../domain/office-time';
import { LEDGER_FIELDS, type LedgerField } from '../../services/ledger-fields';
import { fileMethod, method, returns, supervisors } from '../contract-kit';
import type { ExportResult, ImportFileView, ImportPreview } from '../exchange-types';
import { token } from '../schemas';

/** The largest ledger the import screen takes: years of a busy office's registrations. */
export const MAX_IMPORT_MB = 20;
const MAX_BASE64 = Math.ceil((MAX_IMPORT_MB * 1024 * 1024) / 3) * 4;

const day = z.string().trim().refine(isValidDay, { error: '日期应为 YYYY-MM-DD,且是真实存在的日期' });

const file = {
  fileName: z.string().trim().min(1, { error: '请选择文件' }).max(200),
  /** The file's bytes, base64: the same call works over IPC and HTTP. */
  content: z
    .string()
    .max(MAX_BASE64, { error: `超过 ${MAX_IMPORT_MB} MB,请按年份拆分后分批导入` })
    .pipe(z.base64({ error: '内容无法读取,请重新选择文件' })),
};

const column = z.int().min(0).max(999).nullable().default(null);
/** Which column (0-based) holds each field; null: the file has none. */
const mapping = z.object(
  Object.fromEntries(LEDGER_FIELDS.map((f) => [f, column])) as Record<LedgerField, typeof column>,
);

/** 导入导出: registrations and clients out to XLSX/CSV, a registration ledger in. */
export const exchangeContract = {
  exportRecords: method(
    supervisors,
    z
      .object({
        token,
        what: z.enum(['registrations', 'clients'], { error: '请选择导出来访登记或客户档案' }),
        format: z.enum(['xlsx', 'csv'], { error: '格式应为 XLSX 或 CSV' }),
        from: day,
        to: day,
        lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
        /** 包含完整电话: phones are masked in the file unless the supervisor chooses whole numbers (audited). */
        fullPhones: z.boolean().default(false),
      })
      .refine((x) => x.from <= x.to, { error: '开始日期不能晚于结束日期', path: ['to'] }),
    returns<Promise<ExportResult>>(),
  ),
  readImportFile: fileMethod(supervisors, z.object({ token, ...file }), returns<Promise<ImportFileView>>()),
  /** The import, run and rolled back: what it would create, match and reject. */
  previewImport: fileMethod(supervisors, z.object({ token, ...file, mapping }), returns<Promise<ImportPreview>>()),
  /** All or nothing; with skipBad, the good lines and the rejected ones reported. */
  importLedger: fileMethod(
    supervisors,
    z.object({ token, ...file, mapping, skipBad: z.boolean().default(false) }),
    returns<Promise<ImportPreview>>(),
  ),
};
