import type { Database } from 'better-sqlite3';
import { createHandlers } from '../api/create-handlers';
import { createDispatch, type Dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handler-types';
import { createPushBus, systemClock, type Clock, type Deps } from './deps';
import { createSessions } from './sessions';

export interface Backend {
  deps: Deps;
  handlers: Handlers;
  dispatch: Dispatch;
}

/** The one backend behind every way in: the kiosk's IPC, `serve`'s HTTP, the CLI and the tests. */
export function createBackend(db: Database, clock: Clock = systemClock): Backend {
  const deps: Deps = { db, clock, bus: createPushBus(), sessions: createSessions() };
  const handlers = createHandlers(deps);
  return { deps, handlers, dispatch: createDispatch(deps, handlers) };
}
