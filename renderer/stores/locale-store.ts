import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Lang = 'zh-CN' | 'en';

interface LocaleState {
  lang: Lang;
  toggle: () => void;
}

/** A UI preference, the only thing the renderer persists. */
export const useLocaleStore = create<LocaleState>()(
  persist(
    (set, get) => ({
      lang: 'zh-CN',
      toggle: () => set({ lang: get().lang === 'zh-CN' ? 'en' : 'zh-CN' }),
    }),
    { name: 'front-desk.locale' },
  ),
);
