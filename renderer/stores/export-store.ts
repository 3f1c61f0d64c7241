import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../electron/api/contract';
import type { ExportResult } from '../../electron/api/exchange-types';
import { errorText } from '../lib/errors';
import type { Lang } from './locale-store';
import type { SessionState } from './session-store';

export interface ExportChoice {
  what: 'registrations' | 'clients';
  format: 'xlsx' | 'csv';
  /** Office days, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** 包含完整电话: off unless chosen for this export, every time the panel opens. */
  fullPhones: boolean;
}

export interface ExportState extends ExportChoice {
  busy: boolean;
  error: string | null;
  /** The last file made for the choice as it stands; cleared when the choice changes. */
  made: ExportResult | null;
  /** This month so far, the first time the panel opens; whole phones off each time. */
  init: (today: string) => void;
  choose: (change: Partial<ExportChoice>) => void;
  run: (lang: Lang) => Promise<ExportResult | null>;
}

/** 导出: what to export, the range and format, and the file the backend made. */
export function createExportStore(api: Api, session: StoreApi<SessionState>): StoreApi<ExportState> {
  return createStore<ExportState>()((set, get) => ({
    what: 'registrations',
    format: 'xlsx',
    from: '',
    to: '',
    fullPhones: false,
    busy: false,
    error: null,
    made: null,
    init: (today) => {
      set({ fullPhones: false });
      if (!get().from && today) set({ from: `${today.slice(0, 8)}01`, to: today });
    },
    choose: (change) => set({ ...change, made: null, error: null }),
    run: async (lang) => {
      const { what, format, from, to, fullPhones } = get();
      set({ busy: true, error: null, made: null });
      try {
        const made = await session
          .getState()
          .authorized((token) => api.exportRecords({ token, what, format, from, to, lang, fullPhones }));
        set({ made });
        return made;
      } catch (err) {
        set({ error: errorText(err) });
        return null;
      } finally {
        set({ busy: false });
      }
    },
  }));
}
