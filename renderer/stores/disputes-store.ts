import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../electron/api/contract';
import type { ClashView, PoolClientView, RulingView, SaleView } from '../../electron/api/disputes-types';
import { errorText } from '../lib/errors';
import type { SessionState } from './session-store';

export interface DisputesState {
  clashes: ClashView[] | null;
  rulings: RulingView[] | null;
  sales: SaleView[] | null;
  pool: PoolClientView[] | null;
  error: string | null;
  /** Everything the tab shows, fetched together when it opens and after every act. */
  load: () => Promise<void>;
  decide: (key: string, ownerId: number, note: string) => Promise<RulingView>;
  reassign: (clientId: number, consultantId: number, note: string) => Promise<void>;
  /** After a sale is recorded elsewhere in the tab. */
  saleRecorded: (sale: SaleView) => void;
  rulingHtml: (rulingId: number, lang: 'zh' | 'en') => Promise<string>;
}

/** 撞单 / 分单 / 公海 as the supervisor sees them; SQLite stays the source of truth, refetched after each act. */
export function createDisputesStore(api: Api, session: StoreApi<SessionState>): StoreApi<DisputesState> {
  const authorized = <T>(call: (token: string) => Promise<T>) => session.getState().authorized(call);

  return createStore<DisputesState>()((set, get) => ({
    clashes: null,
    rulings: null,
    sales: null,
    pool: null,
    error: null,

    load: async () => {
      try {
        const [clashes, rulings, sales, pool] = await Promise.all([
          authorized((token) => api.listClashes({ token })),
          authorized((token) => api.listRulings({ token })),
          authorized((token) => api.listSales({ token })),
          authorized((token) => api.listPublicPool({ token })),
        ]);
        set({ clashes, rulings, sales, pool, error: null });
      } catch (err) {
        set({ error: errorText(err) });
      }
    },

    decide: async (key, ownerId, note) => {
      const ruling = await authorized((token) => api.decideClash({ token, key, ownerId, note }));
      await get().load();
      return ruling;
    },

    reassign: async (clientId, consultantId, note) => {
      await authorized((token) => api.reassignPoolClient({ token, clientId, consultantId, note }));
      await get().load();
    },

    saleRecorded: (sale) => set({ sales: [sale, ...(get().sales ?? [])] }),

    rulingHtml: async (rulingId, lang) =>
      (await authorized((token) => api.getRulingDocument({ token, rulingId, lang }))).html,
  }));
}
