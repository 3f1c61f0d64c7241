import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PAGE_MARGINS_MM } from '../documents/page';
import { BLANK_HEADER, type PdfOptions, type PdfPrinter } from '../services/pdf-printer';
import { findChromium, NoChromiumError } from './find-chromium';

const ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function launch(): Promise<Browser> {
  // Loaded on the first print, not at start: compiling playwright-core costs `serve` a few hundred milliseconds
  // before its first answer, for a browser most starts never use.
  const { chromium } = await import('playwright-core');
  const found = findChromium();
  const executablePath = found ?? chromium.executablePath();
  if (!found && !existsSync(executablePath)) throw new NoChromiumError('');
  // Nothing on the page depends on the clock, and a preloaded library (libfaketime moving the office's
  // clock for the docs and tests) keeps Chromium from printing at all: the browser runs without it.
  const { LD_PRELOAD: _preload, ...env } = process.env;
  return chromium.launch({ executablePath, args: ARGS, env });
}

const mm = (n: number) => `${n}mm`;

/**
 * The longest a print may take before its page is given up (a month's archive of a busy office takes seconds):
 * prints take turns, so one wedged in Chromium must not hold every later one for good.
 */
const PRINT_TIME_LIMIT_MS = 120_000;

class PrintTimedOut extends Error {
  constructor() {
    super(`打印超过 ${PRINT_TIME_LIMIT_MS / 1000} 秒仍未完成,已放弃;请再试一次`);
  }
}

/**
 * Headless Chromium for `serve` and the CLI. The browser starts on the first print and is kept for
 * the next (a month's archive prints thirty days); the page has no JavaScript and no network.
 *
 * One page is kept too, and the prints take turns on it: a fresh context per print starts a fresh renderer that
 * loads the CJK fonts again, which cost the 300-visit daily sheet about a second and a half of its three.
 * A print that fails drops the page, so the next print starts on a new one.
 */
export function createChromiumPrinter(): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  let page: Promise<Page> | null = null;
  let turn: Promise<unknown> = Promise.resolve();

  async function printOn(html: string, { landscape, footerTemplate }: PdfOptions): Promise<Buffer> {
    // A browser that crashed or was killed is started again, rather than kept as the answer to every later print.
    if (browser && !(await browser.then((b) => b.isConnected()).catch(() => false))) {
      browser = null;
      page = null;
    }
    browser ??= launch();
    page ??= browser.then(async (open) =>
      (await open.newContext({ javaScriptEnabled: false, offline: true })).newPage(),
    );
    const p = await page.catch((error: unknown) => {
      page = null;
      throw error;
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrintTimedOut()), PRINT_TIME_LIMIT_MS);
    });
    try {
      const m = PAGE_MARGINS_MM;
      const printing = p.setContent(html, { waitUntil: 'load' }).then(() =>
        p.pdf({
          format: 'A4',
          landscape,
          printBackground: true,
          displayHeaderFooter: footerTemplate !== undefined,
          headerTemplate: BLANK_HEADER,
          footerTemplate: footerTemplate ?? BLANK_HEADER,
          margin: { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) },
        }),
      );
      // Given up on, it may still fail later, when its page is closed: that is no one's to hear.
      printing.catch(() => undefined);
      return await Promise.race([printing, timedOut]);
    } catch (error) {
      page = null;
      await p
        .context()
        .close()
        .catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    print(html, options) {
      const printed = turn.then(() => printOn(html, options));
      turn = printed.catch(() => undefined);
      return printed;
    },
    async close() {
      const b = browser;
      browser = null;
      page = null;
      await turn;
      if (b) await (await b).close();
    },
  };
}
