import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../electron/api/contract';
import type { Board } from '../../electron/api/types';

export interface BoardState {
  board: Board | null;
  error: string | null;
  /** Server clock minus this screen's clock at the last refresh, so times shown follow the server. */
  skew: number;
  refresh: () => Promise<void>;
  /** Subscribes to the backend's pushes; returns the unsubscribe. */
  connect: () => () => void;
}

/** Today's board: the single copy of it in the renderer, refreshed whenever the backend says it changed. */
export function createBoardStore(api: Api): StoreApi<BoardState> {
  let inFlight: Promise<void> | null = null;
  return createStore<BoardState>()((set, get) => ({
    board: null,
    error: null,
    skew: 0,
    refresh: () =>
      (inFlight ??= api
        .getBoard({})
        .then((board) => set({ board, error: null, skew: board.now - Date.now() }))
        .catch((err: unknown) => set({ error: err instanceof Error ? err.message : String(err) }))
        .finally(() => {
          inFlight = null;
        })),
    connect: () => {
      void get().refresh();
      const off = api.onPush('boardChanged', () => void get().refresh());
      // The clock moves even when nobody acts (lunch window, "since" times): a slow heartbeat keeps it honest.
      const timer = setInterval(() => void get().refresh(), 30_000);
      return () => {
        off();
        clearInterval(timer);
      };
    },
  }));
}
