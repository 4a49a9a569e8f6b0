/**
 * The dashboard's message catalogue (one, typed from English: a language missing a message fails
 * the type check), like the widget's and in the widget's 12 languages: `m()` gives the active
 * language's messages, `setLocale()` picks it (the user's choice, else the browser's), loads its
 * catalogue and sets `lang` and `dir` on the document, and `money()` / `date()` format with Intl in
 * that locale. English is built in; every other catalogue is a lazy chunk of its own, so the first
 * screen carries one language, not twelve (the budget test holds it to 30 KB gzip).
 */
import { en, type Messages } from './en.ts';

/** Each language under its own name, as a speaker of it looks for it in the language menu. */
export const LANGUAGES = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  pt: 'Português',
  nl: 'Nederlands',
  pl: 'Polski',
  tr: 'Türkçe',
  ar: 'العربية',
  he: 'עברית',
  ja: '日本語',
} as const;
export type Lang = keyof typeof LANGUAGES;

/** The catalogue of each language, loaded when first chosen. */
export const CATALOGUES: Record<Lang, () => Promise<Messages>> = {
  en: async () => en,
  es: () => import('./es.ts').then((c) => c.es),
  fr: () => import('./fr.ts').then((c) => c.fr),
  de: () => import('./de.ts').then((c) => c.de),
  it: () => import('./it.ts').then((c) => c.it),
  pt: () => import('./pt.ts').then((c) => c.pt),
  nl: () => import('./nl.ts').then((c) => c.nl),
  pl: () => import('./pl.ts').then((c) => c.pl),
  tr: () => import('./tr.ts').then((c) => c.tr),
  ar: () => import('./ar.ts').then((c) => c.ar),
  he: () => import('./he.ts').then((c) => c.he),
  ja: () => import('./ja.ts').then((c) => c.ja),
};

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set<Lang>(['ar', 'he']);

/** The writing direction of a language: Arabic and Hebrew read right to left. */
export const direction = (lang: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr');

/** The first candidate (a language tag such as `fr-CA`, or null) the dashboard speaks, else English. */
export const pickLang = (...candidates: (string | null | undefined)[]): Lang =>
  candidates
    .map((c) => c?.split('-')[0]?.toLowerCase())
    .find((c): c is Lang => !!c && Object.hasOwn(LANGUAGES, c)) ?? 'en';

let lang: Lang = 'en';
let messages: Messages = en;
let latest = 0;

export const m = (): Messages => messages;
export const currentLang = () => lang;

/**
 * Picks the language, loads its catalogue and applies it. A catalogue that cannot be loaded (the
 * chunk fails to download) leaves the dashboard in English rather than without words; of two quick
 * choices the later one wins, whichever catalogue arrives first.
 */
export async function setLocale(...candidates: (string | null | undefined)[]): Promise<Lang> {
  const call = ++latest;
  const chosen = pickLang(...candidates);
  const loaded = await CATALOGUES[chosen]().catch(() => undefined);
  if (call !== latest) return lang;
  lang = loaded ? chosen : 'en';
  messages = loaded ?? en;
  document.documentElement.lang = lang;
  document.documentElement.dir = direction(lang);
  return lang;
}

export const money = (amount: number, currency: string) => {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount / 10 ** digits);
};

export const date = (iso: string | null | undefined) =>
  iso
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
    : '—';

/** The localized text of a server error code (or a generic one with the code). */
export const errorText = (code: string) => m().errors[code] ?? `${m().error}. ${m().errorCode(code)}`;
