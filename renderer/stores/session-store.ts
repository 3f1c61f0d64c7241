import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../electron/api/contract';
import type { Session } from '../../electron/api/types';

export interface SessionState {
  session: Session | null;
  signIn: (consultantId: number, pin: string) => Promise<void>;
  adopt: (session: Session) => void;
  signOut: () => Promise<void>;
}

/** The supervisor signed in at this screen. Memory only: a reload or restart signs them out. */
export function createSessionStore(api: Api): StoreApi<SessionState> {
  return createStore<SessionState>()((set, get) => ({
    session: null,
    signIn: async (consultantId, pin) => set({ session: await api.signIn({ consultantId, pin }) }),
    adopt: (session) => set({ session }),
    signOut: async () => {
      const s = get().session;
      set({ session: null });
      if (s) await api.signOut({ token: s.token }).catch(() => undefined);
    },
  }));
}
