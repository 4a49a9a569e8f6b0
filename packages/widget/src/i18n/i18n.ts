/**
 * The flow's message catalogue: a small typed catalogue per language (no runtime library needed).
 * Components read `t()` for strings; `setLocale()` picks the catalogue and text direction from a
 * BCP 47 tag (session locale, else the host's init locale, else the browser's), English fallback.
 */
import { ar } from './locales/ar.ts';
import { en, type Messages } from './locales/en.ts';
import { es } from './locales/es.ts';

export type { Messages };

const catalogues: Record<string, Messages> = { en, es, ar };
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

export interface ActiveLocale {
  /** The tag Intl formats with (money, dates). */
  tag: string;
  /** The language whose catalogue is shown. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

let messages: Messages = en;
let active: ActiveLocale = { tag: 'en', lang: 'en', dir: 'ltr' };

export function t(): Messages {
  return messages;
}

export function currentLocale(): ActiveLocale {
  return active;
}

/** The first usable tag wins; unknown languages fall back to English text. */
export function setLocale(...candidates: (string | null | undefined)[]): ActiveLocale {
  const tag = candidates.find((c): c is string => !!c && isValidTag(c)) ?? 'en';
  const base = tag.split('-')[0]!.toLowerCase();
  const lang = base in catalogues ? base : 'en';
  messages = catalogues[lang]!;
  active = { tag, lang, dir: RTL.has(lang) ? 'rtl' : 'ltr' };
  return active;
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * A flow's own catalogue, loaded with the flow's lazy chunk so the first screen stays small.
 * `M` is the English catalogue's type, so a language missing a message fails the type check.
 * Usage: `const m = flowMessages({ en, es, ar }); html`<h2>${m().title}</h2>``.
 */
export function flowMessages<M>(byLang: { en: M; es: M; ar: M }): () => M {
  return () => byLang[active.lang as 'en' | 'es' | 'ar'] ?? byLang.en;
}
