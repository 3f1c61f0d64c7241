import type { Database } from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHandlers } from '../api/create-handlers';
import { createDispatch, type Dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handler-types';
import type { BackupHost } from './backup-host';
import { createDayCache } from './day-cache';
import { createPushBus, systemClock, type Clock, type Deps } from './deps';
import { createDownloads } from './downloads';
import { createLan } from './lan';
import type { PdfPrinter } from './pdf-printer';
import { createSessions } from './sessions';

export interface Backend {
  deps: Deps;
  handlers: Handlers;
  dispatch: Dispatch;
}

/** The one backend behind every way in: the kiosk's IPC, `serve`'s HTTP, the CLI and the tests. */
export function createBackend(
  db: Database,
  clock: Clock = systemClock,
  options: { pdf?: PdfPrinter; backups?: BackupHost } = {},
): Backend {
  let memoryDir: string | null = null;
  const bus = createPushBus();
  const deps: Deps = {
    db,
    clock,
    bus,
    sessions: createSessions(),
    downloads: createDownloads(clock),
    pdf: options.pdf,
    backups: options.backups,
    lan: createLan(db, clock, bus),
    days: createDayCache(),
    // Made on first use: most backends (tests, the CLI's replay) never write a file.
    get dataDir() {
      if (!db.memory) return dirname(db.name);
      return (memoryDir ??= mkdtempSync(join(tmpdir(), 'front-desk-')));
    },
  };
  const handlers = createHandlers(deps);
  return { deps, handlers, dispatch: createDispatch(deps, handlers) };
}
