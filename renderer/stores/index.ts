import { useStore } from 'zustand';
import { api } from '../api';
import { createBoardStore, type BoardState } from './board-store';
import { createSessionStore, type SessionState } from './session-store';

export const boardStore = createBoardStore(api);
export const sessionStore = createSessionStore(api);

export const useBoardStore = <T>(selector: (s: BoardState) => T): T => useStore(boardStore, selector);
export const useSessionStore = <T>(selector: (s: SessionState) => T): T => useStore(sessionStore, selector);
