import { z } from 'zod';
import { method, returns, supervisors } from '../contract-kit';
import { token } from '../schemas';

/** The PDF printer behind the documents' 保存 PDF (electron/services/pdf-printer.ts). */
export const printingContract = {
  /**
   * Gets the printer ready for a print likely to come soon — the renderer asks when a supervisor opens the daily
   * sheet — so the first print need not wait for a browser to start. Answers at once; the printer starts in the
   * background, and a failure there is logged, for the print itself reports its own.
   */
  preparePrinter: method(supervisors, z.object({ token }), returns<null>()),
};
