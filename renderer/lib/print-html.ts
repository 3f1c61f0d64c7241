/**
 * Prints a whole HTML page (a sheet, a ruling, the rules page) through the system print dialog —
 * the kiosk's and the browser's alike — from a hidden iframe, so the app's own screen is not what
 * gets printed. The frame may not run scripts; it is same-origin only so that we can call print().
 */
export async function printHtml(html: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow;
    if (!win) throw new Error('print frame has no window');
    // Chinese fonts load lazily: print only once the page would show its glyphs, not boxes.
    await win.document.fonts.ready;
    win.focus();
    win.print();
  } finally {
    // print() returns when the dialog closes (or at once where the dialog is not modal); let it spool first.
    setTimeout(() => frame.remove(), 1_000);
  }
}
