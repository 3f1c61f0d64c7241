import { randomBytes } from 'node:crypto';
import type { Clock } from './deps';

/** A file the backend wrote for the user to take away: a sheet's PDF, an export. */
export interface DownloadFile {
  path: string;
  /** The name the user's save dialog proposes; Chinese is fine. */
  fileName: string;
  contentType: string;
}

/**
 * Files on offer, each behind an unguessable ticket that lapses after a while. The renderer fetches
 * `/download/<ticket>` — served by `serve`'s HTTP server and by the kiosk's app:// protocol alike — so
 * no file path and no PIN or token ever travels in a URL.
 */
export interface Downloads {
  offer(file: DownloadFile): string;
  take(ticket: string): DownloadFile | null;
}

export const DOWNLOAD_TTL_MS = 10 * 60_000;
const TICKET = /^[0-9a-f]{32}$/;

export function createDownloads(clock: Clock): Downloads {
  const offers = new Map<string, DownloadFile & { until: number }>();
  const sweep = (now: number) => {
    for (const [ticket, offer] of offers) if (offer.until <= now) offers.delete(ticket);
  };
  return {
    offer(file) {
      const now = clock.now();
      sweep(now);
      const ticket = randomBytes(16).toString('hex');
      offers.set(ticket, { ...file, until: now + DOWNLOAD_TTL_MS });
      return ticket;
    },
    take(ticket) {
      if (!TICKET.test(ticket)) return null;
      sweep(clock.now());
      const offer = offers.get(ticket);
      return offer ? { path: offer.path, fileName: offer.fileName, contentType: offer.contentType } : null;
    },
  };
}

/** The path both transports serve a ticket under; the renderer links to it relative to its own origin. */
export const DOWNLOAD_PATH = '/download/';

/** Content-Disposition with the UTF-8 name (RFC 6266) and a plain fallback for old clients. */
export function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  // RFC 5987 attr-chars exclude ' ( ) * which encodeURIComponent leaves alone.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
