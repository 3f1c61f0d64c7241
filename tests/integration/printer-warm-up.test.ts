import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { createChromiumPrinter, launchChromium } from '../../electron/print/chromium-printer';
import type { PdfPrinter } from '../../electron/services/pdf-printer';
import { DAY } from '../helpers/day-builder';
import { memoryOffice, PINS, type TestOffice } from '../helpers/office';
import { registerVisits } from '../helpers/sheet-visits';

/**
 * An office with three visits on DAY, printing with the installed Chromium: `launches` counts the browser starts
 * asked for, `started` holds each browser started.
 */
function printingOffice(options: { idleCloseMs?: number; warn?: (message: string) => void } = {}) {
  const office = memoryOffice('08:00');
  registerVisits(office, 3);
  const started: Browser[] = [];
  const launches = { count: 0 };
  const printer = createChromiumPrinter({
    ...options,
    launch: async () => {
      launches.count++;
      const browser = await launchChromium();
      started.push(browser);
      return browser;
    },
  });
  office.backend.deps.pdf = printer;
  printers.push(printer);
  return { office, printer, started, launches };
}

const printers: PdfPrinter[] = [];
afterEach(async () => {
  await Promise.all(printers.splice(0).map((p) => p.close()));
});

async function savedSheet(office: TestOffice): Promise<string> {
  const offer = await office.callAsync('saveDailySheetPdf', { token: office.token(), day: DAY });
  return offer.fileName;
}

describe('getting the PDF printer ready before the first print (preparePrinter)', () => {
  it('answers at once and starts the browser in the background; the print after it uses that browser', async () => {
    const { office, printer, started } = printingOffice();
    expect(office.call('preparePrinter', { token: office.token() })).toBeNull();
    await vi.waitFor(() => expect(started).toHaveLength(1), { timeout: 60_000 });
    // Joins the preparation under way: when it settles, the browser is up and its page has printed once.
    await printer.prepare();
    expect(started[0]?.isConnected()).toBe(true);

    expect(await savedSheet(office)).toBe(`来访客户登记表-${DAY}.pdf`);
    expect(started).toHaveLength(1);
  }, 120_000);

  it('starts one browser however often the tab is opened, before or after a print', async () => {
    const { office, printer, started } = printingOffice();
    for (let i = 0; i < 3; i++) office.call('preparePrinter', { token: office.token() });
    await printer.prepare();
    await savedSheet(office);
    office.call('preparePrinter', { token: office.token() });
    await printer.prepare();
    expect(started).toHaveLength(1);
    expect(started[0]?.isConnected()).toBe(true);
  }, 120_000);

  it('is refused to a consultant, and starts nothing', async () => {
    const { office, launches } = printingOffice();
    const token = office.call('signIn', { consultantId: office.ids.王芳, pin: PINS.王芳 }).token;
    const refused = office.attempt('preparePrinter', { token });
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
    // A preparation asks for its browser within the promise callbacks that follow the call; after them, none was.
    await new Promise((settled) => setTimeout(settled, 0));
    expect(launches.count).toBe(0);
  });

  it('closes the browser after the idle time, and a print after that starts it again', async () => {
    const { office, printer, started } = printingOffice({ idleCloseMs: 200 });
    await printer.prepare();
    await vi.waitFor(() => expect(started[0]?.isConnected()).toBe(false), { timeout: 30_000 });

    expect(await savedSheet(office)).toBe(`来访客户登记表-${DAY}.pdf`);
    expect(started).toHaveLength(2);
  }, 120_000);

  it('logs a browser that cannot start, and the print after it reports its own failure', async () => {
    const warnings: string[] = [];
    const { office, printer } = printingOffice({ warn: (m) => warnings.push(m) });
    vi.stubEnv('FRONT_DESK_CHROMIUM', '/nowhere/chromium');
    try {
      expect(office.call('preparePrinter', { token: office.token() })).toBeNull();
      await printer.prepare();
      expect(warnings[0]).toContain('打印程序预先启动失败');
      expect(warnings[0]).toContain('/nowhere/chromium');
      const print = await office.attemptAsync('saveDailySheetPdf', { token: office.token(), day: DAY });
      // Told what is missing and how to install it, not a system error.
      expect(print).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(print.ok ? '' : print.error.message).toContain('找不到可用于生成 PDF 的浏览器');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
