import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PAGE_MARGINS_MM } from '../documents/page';
import { warmUpDocument } from '../documents/warm-up';
import { BLANK_HEADER, pdfHtmlFor, systemBoldAs, type PdfOptions, type PdfPrinter } from '../services/pdf-printer';
import { findChromium, NoChromiumError } from './find-chromium';

const ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
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

/** Ten minutes without a print: the supervisor has left the sheet, and the browser's 100-odd MB go back to the PC. */
const IDLE_CLOSE_MS = 10 * 60_000;

export interface ChromiumPrinterOptions {
  /** How long the browser is kept with nothing printed before it is closed. */
  idleCloseMs?: number;
  /** Starts the browser: the installed Chromium; a test passes the same, wrapped to see the browser it started. */
  launch?: () => Promise<Browser>;
  /** Where a warm-up that failed is told: nobody waits on it, and the print after it reports its own error. */
  warn?: (message: string) => void;
}

/**
 * Headless Chromium for `serve` and the CLI. The browser starts on the first print — or earlier, when the printer is
 * prepared — and is kept for the next (a month's archive prints thirty days), until it has been idle for
 * `idleCloseMs`; the page has no JavaScript and no network.
 *
 * One page is kept too, and the prints take turns on it: a fresh context per print starts a fresh renderer that
 * loads the CJK fonts again, which cost the 300-visit daily sheet about a second and a half of its three.
 * A print that fails drops the page, so the next print starts on a new one. Preparing and the idle close take turns
 * with the prints, so neither ever starts or closes the browser under a print.
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  const { idleCloseMs = IDLE_CLOSE_MS, launch = launchChromium, warn = console.warn } = options;
  let browser: Promise<Browser> | null = null;
  let page: Promise<Page> | null = null;
  let turn: Promise<unknown> = Promise.resolve();
  /** Prints and preparations asked for so far: the idle close stands down when one came after it was set. */
  let asked = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  /** The page a print last succeeded on: ready, with nothing left to warm. */
  let printedOn: Page | null = null;

  /** Runs `work` when the turns before it are done; a failure is the caller's, never the next turn's. */
  function takeTurn<T>(work: () => Promise<T>): Promise<T> {
    const done = turn.then(work);
    turn = done.catch(() => undefined).then(closeWhenIdle);
    return done;
  }

  function closeWhenIdle(): void {
    clearTimeout(idleTimer);
    if (!browser) return;
    const askedBefore = asked;
    idleTimer = setTimeout(() => {
      void takeTurn(async () => {
        if (asked !== askedBefore || !browser) return;
        const b = browser;
        browser = null;
        page = null;
        await b.then(
          (open) => open.close(),
          () => undefined,
        );
      }).catch(() => undefined);
    }, idleCloseMs);
    // The timer never holds a process open: the CLI exits when its print is done.
    idleTimer.unref();
  }

  async function openPage(): Promise<Page> {
    // A browser that crashed or was killed is started again, rather than kept as the answer to every later print.
    if (browser && !(await browser.then((b) => b.isConnected()).catch(() => false))) {
      browser = null;
      page = null;
    }
    browser ??= launch();
    page ??= browser.then(async (open) =>
      (await open.newContext({ javaScriptEnabled: false, offline: true })).newPage(),
    );
    return page.catch((error: unknown) => {
      page = null;
      throw error;
    });
  }

  async function printOn(html: string, { landscape, footerTemplate }: PdfOptions): Promise<Buffer> {
    const p = await openPage();
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
      const pdf = await Promise.race([printing, timedOut]);
      printedOn = p;
      return pdf;
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

  const boldAs = systemBoldAs();
  return {
    boldAs,
    print(html, options) {
      asked++;
      return takeTurn(() => printOn(html, options));
    },
    prepare() {
      asked++;
      // Ready means the browser, the page, the CJK faces loaded in the page's renderer and the PDF writer run once:
      // a renderer's first sheet loads the faces (what a fresh page per print cost every print, 02038f6).
      return takeTurn(async () => {
        if ((await openPage()) === printedOn) return;
        const warm = warmUpDocument();
        await printOn(pdfHtmlFor(boldAs, warm), { landscape: warm.landscape, footerTemplate: warm.footerTemplate });
      }).then(
        () => undefined,
        (error: unknown) =>
          warn(`打印程序预先启动失败(打印时会再试):${error instanceof Error ? error.message : String(error)}`),
      );
    },
    close() {
      clearTimeout(idleTimer);
      // After the prints already asked for; a print asked after it starts the browser again.
      return takeTurn(async () => {
        const b = browser;
        browser = null;
        page = null;
        // A browser that never started has nothing to close.
        if (b)
          await b.then(
            (open) => open.close(),
            () => undefined,
          );
      });
    },
  };
}
