import { createStore, type StoreApi } from 'zustand';

export type Screen = 'board' | 'checkIn' | 'status' | 'supervisor';

export interface NavState {
  screen: Screen;
  go: (screen: Screen) => void;
}

/** Which screen the kiosk shows. The board is home; every other screen returns to it. */
export function createNavStore(): StoreApi<NavState> {
  return createStore<NavState>()((set) => ({
    screen: 'board',
    go: (screen) => set({ screen }),
  }));
}
