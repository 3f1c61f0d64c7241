import { createStore, type StoreApi } from 'zustand';

export interface Toast {
  id: number;
  text: string;
  tone: 'ok' | 'error';
}

export interface ToastState {
  toasts: Toast[];
  show: (text: string, tone?: Toast['tone']) => void;
  dismiss: (id: number) => void;
}

const SHOWN_MS = 6_000;

/** Short confirmations and errors that have no field of their own to sit next to. */
export function createToastStore(): StoreApi<ToastState> {
  let nextId = 1;
  return createStore<ToastState>()((set, get) => ({
    toasts: [],
    show: (text, tone = 'ok') => {
      const id = nextId++;
      set({ toasts: [...get().toasts, { id, text, tone }] });
      setTimeout(() => get().dismiss(id), tone === 'error' ? SHOWN_MS * 2 : SHOWN_MS);
    },
    dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
  }));
}
