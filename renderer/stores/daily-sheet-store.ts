import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../electron/api/contract';
import type { DailySheetView, FileOffer, Orientation } from '../../electron/api/daily-sheet-types';
import { errorText } from '../lib/errors';
import type { SessionState } from './session-store';

/** A correction as the dialog gathers it; absent fields stay as they are. */
export type SheetCorrection = Parameters<Api['amendSheetRow']>[0]['changes'];

export interface DailySheetState {
  /** YYYY-MM-DD; empty until the first load picks today. */
  day: string;
  /** Null: the office's setting. */
  orientation: Orientation | null;
  view: DailySheetView | null;
  error: string | null;
  busy: boolean;
  load: (day?: string) => Promise<void>;
  setOrientation: (orientation: Orientation) => Promise<void>;
  closeDay: () => Promise<void>;
  /** Throws the refusal, so the dialog stays open with the message. */
  amend: (visitId: number, changes: SheetCorrection, note: string) => Promise<void>;
  savePdf: () => Promise<FileOffer | null>;
  saveMonth: (month: string) => Promise<FileOffer | null>;
  /** Asks the backend to get its PDF printer ready, so the first 保存 PDF need not wait for a browser to start. */
  preparePrinter: () => Promise<void>;
}

/** 登记表: the day being looked at, its sheet from the server, and the supervisor's acts on it. */
export function createDailySheetStore(api: Api, session: StoreApi<SessionState>, today: () => string) {
  const authorized = <T>(call: (token: string) => Promise<T>) => session.getState().authorized(call);

  return createStore<DailySheetState>()((set, get) => {
    /** Runs one act; a refusal is shown on the panel, the result (if any) returned. */
    const act = async <T>(call: () => Promise<T>): Promise<T | null> => {
      set({ busy: true, error: null });
      try {
        return await call();
      } catch (err) {
        set({ error: errorText(err) });
        return null;
      } finally {
        set({ busy: false });
      }
    };
    const reload = (day = get().day || today()) =>
      act(async () => {
        const view = await authorized((token) => api.getDailySheet({ token, day, orientation: get().orientation }));
        if (get().day === day) set({ view });
      });

    return {
      day: '',
      orientation: null,
      view: null,
      error: null,
      busy: false,
      load: async (day) => {
        const next = day ?? (get().day || today());
        if (next !== get().day) set({ day: next, view: null });
        await reload(next);
      },
      setOrientation: async (orientation) => {
        set({ orientation });
        await reload();
      },
      closeDay: async () => {
        const { day } = get();
        const view = await act(() => authorized((token) => api.closeDay({ token, day })));
        if (view) await reload(view.day);
      },
      amend: async (visitId, changes, note) => {
        await authorized((token) => api.amendSheetRow({ token, visitId, note, changes }));
        await reload();
      },
      savePdf: () =>
        act(() =>
          authorized((token) => api.saveDailySheetPdf({ token, day: get().day, orientation: get().orientation })),
        ),
      saveMonth: (month) =>
        act(() => authorized((token) => api.saveMonthSheetsPdf({ token, month, orientation: get().orientation }))),
      // Nothing to show either way: a printer that cannot start is reported by the print itself.
      preparePrinter: () =>
        authorized((token) => api.preparePrinter({ token })).then(
          () => undefined,
          () => undefined,
        ),
    };
  });
}
