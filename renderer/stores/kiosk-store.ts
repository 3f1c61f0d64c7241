import { createStore, type StoreApi } from 'zustand';

export interface KioskState {
  /** Minutes without a touch before a signed-in screen returns to the receptionist's view (案场设置). */
  idleMinutes: number;
  setIdleMinutes: (minutes: number) => void;
}

/** This screen's own behaviour, as the office set it: read at start and after the office settings are saved. */
export function createKioskStore(): StoreApi<KioskState> {
  return createStore<KioskState>()((set) => ({
    idleMinutes: 2,
    setIdleMinutes: (idleMinutes) => set({ idleMinutes }),
  }));
}
