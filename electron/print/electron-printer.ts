import { BrowserWindow } from 'electron';
import { PAGE_MARGINS_MM } from '../documents/page';
import { BLANK_HEADER, systemBoldAs, type PdfPrinter } from '../services/pdf-printer';
import { printWindowOptions } from '../window-security';

const inches = (mm: number) => mm / 25.4;

/**
 * The kiosk prints with its own Chromium: a hidden, sandboxed window with no Node and no JavaScript
 * loads the page from a data: URL (base64: Chinese text percent-encoded would be three times longer,
 * and Chromium caps URLs at 2 MB). Never shown, so it needs no offscreen rendering. A4 is set
 * explicitly — printToPDF defaults to Letter.
 */
export function createElectronPrinter(): PdfPrinter {
  return {
    boldAs: systemBoldAs(),
    async print(html, { landscape, footerTemplate }) {
      const win = new BrowserWindow(printWindowOptions());
      try {
        await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        const m = PAGE_MARGINS_MM;
        return await win.webContents.printToPDF({
          pageSize: 'A4',
          landscape,
          printBackground: true,
          displayHeaderFooter: footerTemplate !== undefined,
          headerTemplate: BLANK_HEADER,
          footerTemplate: footerTemplate ?? BLANK_HEADER,
          margins: { top: inches(m.top), right: inches(m.right), bottom: inches(m.bottom), left: inches(m.left) },
        });
      } finally {
        win.destroy();
      }
    },
    // Nothing to start: the browser is the kiosk itself, already running, and each print's hidden window is a
    // renderer of it that opens in a fraction of a second. A window kept open in advance would hold a renderer's
    // memory all day for a print the office makes a few times.
    prepare: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
