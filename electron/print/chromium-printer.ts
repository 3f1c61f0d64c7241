import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { PAGE_MARGINS_MM } from '../documents/page';
import { BLANK_HEADER, type PdfPrinter } from '../services/pdf-printer';
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
 * Headless Chromium for `serve` and the CLI. The browser starts on the first print and is kept for
 * the next (a month's archive prints thirty days); the page has no JavaScript and no network.
 */
export function createChromiumPrinter(): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  return {
    async print(html, { landscape, footerTemplate }) {
      browser ??= launch();
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const m = PAGE_MARGINS_MM;
        return await page.pdf({
          format: 'A4',
          landscape,
          printBackground: true,
          displayHeaderFooter: footerTemplate !== undefined,
          headerTemplate: BLANK_HEADER,
          footerTemplate: footerTemplate ?? BLANK_HEADER,
          margin: { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) },
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      const b = browser;
      browser = null;
      if (b) await (await b).close();
    },
  };
}
