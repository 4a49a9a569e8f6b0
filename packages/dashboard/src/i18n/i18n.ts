/**
 * The dashboard's message catalogue (one, typed from English: a language missing a message fails
 * the type check), like the widget's: `m()` gives the active language's messages, `setLocale()`
 * picks it (the user's choice, else the browser's) and sets `lang` and `dir` on the document, and
 * `money()` / `date()` format with Intl in that locale.
 */
import { ar } from './ar.ts';
import { en, type Messages } from './en.ts';
import { es } from './es.ts';

export const LANGUAGES = { en: 'English', es: 'Español', ar: 'العربية' } as const;
export type Lang = keyof typeof LANGUAGES;
const catalogues: Record<Lang, Messages> = { en, es, ar };

let lang: Lang = 'en';

export const m = (): Messages => catalogues[lang];
export const currentLang = () => lang;

export function setLocale(...candidates: (string | null | undefined)[]): Lang {
  const found = candidates
    .map((c) => c?.split('-')[0]?.toLowerCase())
    .find((c): c is Lang => !!c && c in catalogues);
  lang = found ?? 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
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
