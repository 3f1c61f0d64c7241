/**
 * Takes away a file the backend offered: the same relative URL works in the browser (`serve`'s
 * HTTP) and in the kiosk (the app:// protocol), where the download opens the system's save dialog.
 */
export function downloadTicket(ticket: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = `/download/${encodeURIComponent(ticket)}`;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}
