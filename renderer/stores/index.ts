import { useStore } from 'zustand';
import { api } from '../api';
import { createBoardStore, type BoardState } from './board-store';
import { createCheckInStore, type CheckInState } from './check-in-store';
import { createDisputesStore, type DisputesState } from './disputes-store';
import { createDailySheetStore, type DailySheetState } from './daily-sheet-store';
import { createNavStore, type NavState } from './nav-store';
import { createRosterStore, type RosterState } from './roster-store';
import { createSessionStore, type SessionState } from './session-store';
import { createToastStore, type ToastState } from './toast-store';

export const boardStore = createBoardStore(api);
export const sessionStore = createSessionStore(api);
export const navStore = createNavStore();
export const toastStore = createToastStore();
export const rosterStore = createRosterStore(api, sessionStore);
export const checkInStore = createCheckInStore(api);
export const disputesStore = createDisputesStore(api, sessionStore);
export const dailySheetStore = createDailySheetStore(api, sessionStore, () => boardStore.getState().board?.day ?? '');

export const useBoardStore = <T>(selector: (s: BoardState) => T): T => useStore(boardStore, selector);
export const useSessionStore = <T>(selector: (s: SessionState) => T): T => useStore(sessionStore, selector);
export const useNavStore = <T>(selector: (s: NavState) => T): T => useStore(navStore, selector);
export const useToastStore = <T>(selector: (s: ToastState) => T): T => useStore(toastStore, selector);
export const useCheckInStore = <T>(selector: (s: CheckInState) => T): T => useStore(checkInStore, selector);
export const useRosterStore = <T>(selector: (s: RosterState) => T): T => useStore(rosterStore, selector);
export const useDailySheetStore = <T>(selector: (s: DailySheetState) => T): T => useStore(dailySheetStore, selector);
export const useDisputesStore = <T>(selector: (s: DisputesState) => T): T => useStore(disputesStore, selector);
