import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../electron/api/contract';
import type { Session } from '../../electron/api/types';
import { ApiError } from '../api/client';

export interface SessionState {
  session: Session | null;
  /** Why the last session ended without the supervisor signing out (expired on the server). */
  endedBecause: string | null;
  signIn: (consultantId: number, pin: string) => Promise<void>;
  adopt: (session: Session) => void;
  signOut: () => Promise<void>;
  /**
   * Runs a supervisor call with the current token. A session the server no longer knows ends
   * here too, so the screen falls back to the sign-in instead of failing call after call.
   */
  authorized: <T>(call: (token: string) => Promise<T>) => Promise<T>;
}

/** The supervisor signed in at this screen. Memory only: a reload or restart signs them out. */
export function createSessionStore(api: Api): StoreApi<SessionState> {
  return createStore<SessionState>()((set, get) => ({
    session: null,
    endedBecause: null,
    signIn: async (consultantId, pin) => set({ session: await api.signIn({ consultantId, pin }), endedBecause: null }),
    adopt: (session) => set({ session, endedBecause: null }),
    signOut: async () => {
      const s = get().session;
      set({ session: null });
      if (s) await api.signOut({ token: s.token }).catch(() => undefined);
    },
    authorized: async (call) => {
      const s = get().session;
      if (!s) throw new ApiError({ code: 'unauthorized', message: '请先登录主管账号' });
      try {
        return await call(s.token);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'unauthorized') set({ session: null, endedBecause: err.message });
        throw err;
      }
    },
  }));
}
