/**
 * The flow's messages, in one catalogue format: ICU MessageFormat, one JSON file per area and
 * locale (`catalogues/<area>/<locale>.json`), formatted with intl-messageformat, so plurals,
 * numbers and select follow `Intl`'s rules for the locale (Arabic's six plural forms, Polish's
 * four, Japanese's one). Why not @lit/localize: it has no plurals or select, and these strings need
 * both. The build compiles each catalogue to ASTs (vite.icu-catalogues.ts); the browser never
 * parses ICU.
 *
 * Areas load with what shows them: `app` (the shell, consent, done and error screens) with the
 * first screen — its English catalogue is in the entry chunk, the fallback when another fails to
 * load — and `identity`, `link`, `payment` with their flow. Only the active locale's files load.
 *
 * `setLocale()` picks the locale and text direction from a BCP 47 tag (session locale, else the
 * host's init locale, else the browser's), English for a language without a catalogue.
 * Components render `t('area', 'key', values)` and re-render when a catalogue arrives
 * (`LocaleController`).
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import appEn from './catalogues/app/en.json';
import type identityEn from './catalogues/identity/en.json';
import type linkEn from './catalogues/link/en.json';
import type paymentEn from './catalogues/payment/en.json';

/** The languages with a full catalogue. */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'tr', 'ar', 'he', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
const RTL = new Set<string>(['ar', 'he']);

/** The keys of each area, from its English catalogue (every other locale has the same keys: tested). */
export interface Areas {
  app: typeof appEn;
  identity: typeof identityEn;
  link: typeof linkEn;
  payment: typeof paymentEn;
}
export type Area = keyof Areas;
export type MessageKey<A extends Area> = keyof Areas[A] & string;
export type MessageValues = Record<string, string | number | Date>;

/** A compiled message: plain text, or the AST of one with arguments. */
type Compiled = string | MessageFormatElement[];
type Catalogue = Record<string, Compiled>;

export interface ActiveLocale {
  /** The tag Intl formats with (money, dates, plurals). */
  tag: string;
  /** The language whose catalogue is shown. */
  lang: Language;
  dir: 'ltr' | 'rtl';
}

const files = import.meta.glob<{ default: Catalogue }>('./catalogues/*/*.json');
const catalogues = new Map<string, Catalogue>([['app/en', appEn as unknown as Catalogue]]);
const loading = new Map<string, Promise<void>>();
const used = new Set<Area>(['app']);
const formats = new Map<string, IntlMessageFormat>();
let active: ActiveLocale = { tag: 'en', lang: 'en', dir: 'ltr' };

/** Fired (`change`) when a catalogue of the active language has arrived: components re-render. */
export const localeChanges = new EventTarget();

export function currentLocale(): ActiveLocale {
  return active;
}

/** The first usable tag wins; a language without a catalogue gets English text. */
export function setLocale(...candidates: (string | null | undefined)[]): ActiveLocale {
  const tag = candidates.map(canonical).find((c): c is string => c !== undefined) ?? 'en';
  const base = tag.split('-')[0]!.toLowerCase();
  const lang = (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
  if (tag !== active.tag) formats.clear();
  active = { tag, lang, dir: RTL.has(lang) ? 'rtl' : 'ltr' };
  for (const area of used) void load(area, lang);
  return active;
}

/** Loads an area's catalogue for the active language (and for every later language). */
export function useArea(area: Area): Promise<void> {
  used.add(area);
  return load(area, active.lang);
}

/** Resolves once every area in use is loaded for the active language (or failed: English shows). */
export async function localeReady(): Promise<void> {
  await Promise.all([...used].map((area) => load(area, active.lang).catch(() => undefined)));
}

function load(area: Area, lang: Language): Promise<void> {
  const id = `${area}/${lang}`;
  if (catalogues.has(id)) return Promise.resolve();
  let pending = loading.get(id);
  if (!pending) {
    const file = files[`./catalogues/${id}.json`];
    pending = (file ? file() : Promise.reject(new Error(`no catalogue ${id}`))).then(
      (module) => {
        catalogues.set(id, module.default);
        if (lang === active.lang) localeChanges.dispatchEvent(new Event('change'));
      },
      (error: unknown) => {
        // Forgotten, so a later attempt (the error screen's Retry) loads it again.
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/**
 * The message `key` of `area` in the active locale, formatted with `values`. Falls back to English
 * while (or if) the locale's catalogue is not there, and to the key itself as a last resort.
 */
export function t<A extends Area>(area: A, key: MessageKey<A>, values?: MessageValues): string {
  return format(active.lang, area, key, values);
}

/** The same message in English: what developers read (the `exit` message sent to the host page). */
export function tEnglish<A extends Area>(area: A, key: MessageKey<A>, values?: MessageValues): string {
  return format('en', area, key, values);
}

/** Whether the area has the message (every locale has the same keys: tested): for codes that may have one. */
export function hasMessage<A extends Area>(area: A, key: string): key is MessageKey<A> {
  const catalogue = catalogues.get(`${area}/${active.lang}`) ?? catalogues.get(`${area}/en`);
  return catalogue !== undefined && key in catalogue;
}

/** A formatter bound to one area: `const m = messages('identity'); m('detailsTitle')`. */
export function messages<A extends Area>(area: A) {
  return (key: MessageKey<A>, values?: MessageValues): string => t(area, key, values);
}

function format(lang: Language, area: Area, key: string, values?: MessageValues): string {
  // The locale's own message, else English while (or if) its catalogue is not there.
  const source = catalogues.get(`${area}/${lang}`)?.[key] !== undefined ? lang : 'en';
  const message = catalogues.get(`${area}/${source}`)?.[key];
  if (message === undefined) return key;
  if (typeof message === 'string') return message;
  const tag = lang === active.lang ? active.tag : lang;
  // Keyed by the catalogue the message came from: an English stand-in is not kept once the
  // locale's own catalogue has arrived.
  const cacheKey = `${tag}\u0000${source}\u0000${area}\u0000${key}`;
  let formatter = formats.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, tag, undefined, { ignoreTag: true });
    formats.set(cacheKey, formatter);
  }
  return String(formatter.format(values));
}

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
