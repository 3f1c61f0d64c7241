import type { Database } from 'better-sqlite3';
import type { StaffRole } from '../domain/roles';
import type { PushName, PushPayload } from '../api/contract';
import type { BackupHost } from './backup-host';
import type { DayCache } from './day-cache';
import type { Downloads } from './downloads';
import type { Lan } from './lan';
import type { PdfPrinter } from './pdf-printer';
import type { Sessions } from './sessions';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Where pushes go: the IPC transport and the HTTP event stream both subscribe. */
export interface PushBus {
  emit<P extends PushName>(name: P, payload: PushPayload<P>): void;
  on<P extends PushName>(name: P, listener: (payload: PushPayload<P>) => void): () => void;
}

export function createPushBus(): PushBus {
  const listeners = new Map<string, Set<(payload: never) => void>>();
  return {
    emit(name, payload) {
      for (const l of listeners.get(name) ?? []) (l as (p: typeof payload) => void)(payload);
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/** Everything a handler needs; injected, so a test can say "it is 12:10". */
export interface Deps {
  db: Database;
  clock: Clock;
  bus: PushBus;
  sessions: Sessions;
  /** Files offered to the user (PDFs, exports), fetched from /download/<ticket>. */
  downloads: Downloads;
  /** Where the backend writes the files it makes: beside the database, or a temp folder for :memory:. */
  dataDir: string;
  /** Prints documents to PDF: headless Chromium in `serve` and the CLI, Electron in the kiosk; absent in tests that print nothing. */
  pdf?: PdfPrinter;
  /** Restores a backup over the open database: only the kiosk and serve, which own it, pass one (backup-host.ts). */
  backups?: BackupHost;
  /** Devices on the office LAN: pairing codes, device tokens, and the listener of the process that owns one (lan.ts). */
  lan: Lan;
  /** Today's log folded and kept, so a call reads only the events since (day-cache.ts). */
  days: DayCache;
}

/** Who is calling: a consultant, a supervisor, or the system itself (replay, automatic decisions). */
export interface Actor {
  id: number | null;
  name: string;
  role: StaffRole;
}
