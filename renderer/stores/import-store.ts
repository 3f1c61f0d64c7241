import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../electron/api/contract';
import type { ImportFileView, ImportPreview } from '../../electron/api/exchange-types';
import type { LedgerField, LedgerMapping } from '../../electron/services/ledger-fields';
import { errorText } from '../lib/errors';
import type { SessionState } from './session-store';

export type ImportStep = 'file' | 'mapping' | 'preview' | 'done';

/** The file as chosen: its name and its bytes, base64, as the API takes them. */
export interface ChosenFile {
  fileName: string;
  content: string;
}

export interface ImportState {
  step: ImportStep;
  file: ChosenFile | null;
  view: ImportFileView | null;
  mapping: LedgerMapping | null;
  preview: ImportPreview | null;
  result: ImportPreview | null;
  busy: boolean;
  error: string | null;
  /** Reads the file's columns and moves on to the mapping, pre-filled from the headers. */
  choose: (file: ChosenFile) => Promise<void>;
  setColumn: (field: LedgerField, column: number | null) => void;
  /** The dry run: what the import would create, match and reject. */
  runPreview: () => Promise<void>;
  /** The import itself; skipping the bad lines when the preview had some. */
  runImport: () => Promise<void>;
  back: () => void;
  reset: () => void;
  fail: (message: string) => void;
}

const START = {
  step: 'file',
  file: null,
  view: null,
  mapping: null,
  preview: null,
  result: null,
  error: null,
} as const;
const BACK: Record<ImportStep, ImportStep> = { file: 'file', mapping: 'file', preview: 'mapping', done: 'file' };

/**
 * 导入: choose a file → map its columns → preview (a dry run) → import. The file stays in the store
 * between steps and is sent with each call: the backend keeps nothing between them.
 */
export function createImportStore(api: Api, session: StoreApi<SessionState>): StoreApi<ImportState> {
  const authorized = <T>(call: (token: string) => Promise<T>) => session.getState().authorized(call);

  return createStore<ImportState>()((set, get) => {
    const act = async (work: () => Promise<void>) => {
      set({ busy: true, error: null });
      try {
        await work();
      } catch (err) {
        set({ error: errorText(err) });
      } finally {
        set({ busy: false });
      }
    };
    const withFile = <T>(call: (file: ChosenFile, mapping: LedgerMapping) => Promise<T>) => {
      const { file, mapping } = get();
      if (!file || !mapping) throw new Error('no file chosen');
      return call(file, mapping);
    };

    return {
      ...START,
      busy: false,
      choose: (file) =>
        act(async () => {
          set({ ...START, file });
          const view = await authorized((token) => api.readImportFile({ token, ...file }));
          // Another file chosen meanwhile: its answer is the one to show.
          if (get().file === file) set({ view, mapping: view.mapping, step: 'mapping' });
        }),
      setColumn: (field, column) => {
        const { mapping } = get();
        if (mapping) set({ mapping: { ...mapping, [field]: column }, preview: null, error: null });
      },
      runPreview: () =>
        act(async () => {
          const asked = get().mapping;
          const preview = await withFile((file, mapping) =>
            authorized((token) => api.previewImport({ token, ...file, mapping })),
          );
          // A column changed while the dry run ran: its preview no longer describes the mapping.
          if (get().mapping === asked) set({ preview, step: 'preview' });
        }),
      runImport: () =>
        act(async () => {
          const skipBad = (get().preview?.rejectedTotal ?? 0) > 0;
          const result = await withFile((file, mapping) =>
            authorized((token) => api.importLedger({ token, ...file, mapping, skipBad })),
          );
          set({ result, step: 'done' });
        }),
      back: () => set({ step: BACK[get().step], error: null }),
      reset: () => set({ ...START }),
      fail: (message) => set({ error: message }),
    };
  });
}
