import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../electron/api/contract';
import type { PeriodKind, Report } from '../../electron/api/report-types';
import { errorText } from '../lib/errors';
import type { SessionState } from './session-store';

export interface ReportState {
  kind: PeriodKind;
  /** An office day inside the period shown; null: the period the office is in now. */
  date: string | null;
  report: Report | null;
  error: string | null;
  load: () => Promise<void>;
  setKind: (kind: PeriodKind) => void;
  /** Another period: a day inside it (the report's previous / next, or a picked date), null for the current one. */
  go: (date: string | null) => void;
}

/** The report on screen. The server does the period math; this store only remembers what was asked. */
export function createReportStore(api: Api, session: StoreApi<SessionState>): StoreApi<ReportState> {
  // A quick tap through the weeks starts several loads: only the last one asked may land.
  let asked = 0;
  return createStore<ReportState>()((set, get) => ({
    kind: 'day',
    date: null,
    report: null,
    error: null,
    load: async () => {
      const ticket = ++asked;
      const { kind, date } = get();
      try {
        const report = await session.getState().authorized((token) => api.getReport({ token, period: kind, date }));
        if (ticket === asked) set({ report, error: null });
      } catch (err) {
        if (ticket === asked) set({ error: errorText(err) });
      }
    },
    setKind: (kind) => {
      // Keep looking at the same stretch of time: the new period is the one holding the day shown.
      set({ kind, date: get().report?.period.from ?? get().date });
      void get().load();
    },
    go: (date) => {
      set({ date });
      void get().load();
    },
  }));
}
