import { useCallback } from 'react';
import { useLocaleStore, type Lang } from '../stores/locale-store';
import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

const dictionaries: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  let node: unknown = dictionaries[lang];
  // A key built from data (an audit action, a reason code) may name no text: it is shown as the key, never a crash.
  for (const part of key.split('.'))
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  const text = typeof node === 'string' ? node : key;
  return params ? text.replace(/\{(\w+)\}/g, (m, p: string) => String(params[p] ?? m)) : text;
}

export function useT() {
  const lang = useLocaleStore((s) => s.lang);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );
}

/** Picks the current language's text of a bilingual record (reasons, presets, log lines). */
export function useBilingual() {
  const lang = useLocaleStore((s) => s.lang);
  return useCallback((t: { zh: string; en: string }) => (lang === 'en' ? t.en : t.zh), [lang]);
}
