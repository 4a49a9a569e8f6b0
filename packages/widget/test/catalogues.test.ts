/**
 * The message catalogues are complete in every language: each locale has every English key, no
 * message left in English, the same placeholders, and — for plurals — every plural category its
 * language has (`Intl.PluralRules`: Arabic six, Polish four, Japanese one). Every error code a
 * customer can meet has a message in every language. Plurals and numbers come out as `Intl` says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from '@finlet/shared';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../src/flow/failure.ts';
import { LANGUAGES, localeReady, setLocale, t, useArea } from '../src/i18n/i18n.ts';

type Element = ReturnType<typeof parse>[number];
const dir = fileURLToPath(new URL('../src/i18n/catalogues', import.meta.url));
const AREAS = readdirSync(dir);
const read = (area: string, lang: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(dir, area, `${lang}.json`), 'utf8'));

/** Messages that are the same word in every language (the product's name). */
const SAME_EVERYWHERE = new Set(['app/frameTitle']);
/** Words that are the same in English and one language: German says "(optional)", Dutch "Postcode". */
const SAME_AS_ENGLISH = new Set(['de:identity/optional', 'nl:payment/postalCode']);

/** Every argument name in a message, with its kind (`plural`, `select`, `argument`…), nested ones too. */
function argumentsOf(elements: Element[], found = new Map<string, string>()): Map<string, string> {
  for (const e of elements) {
    if ('value' in e && e.type !== 0 && e.type !== 8) {
      const kind = e.type === 6 ? 'plural' : e.type === 5 ? 'select' : 'argument';
      found.set(String(e.value), kind);
    }
    if ('options' in e)
      for (const option of Object.values(e.options)) argumentsOf(option.value as Element[], found);
  }
  return found;
}

function pluralsOf(elements: Element[], found: { name: string; keys: string[] }[] = []) {
  for (const e of elements) {
    if (e.type === 6) found.push({ name: e.value, keys: Object.keys(e.options) });
    if ('options' in e)
      for (const option of Object.values(e.options)) pluralsOf(option.value as Element[], found);
  }
  return found;
}

function selectKeysOf(elements: Element[], found = new Map<string, string[]>()) {
  for (const e of elements) {
    if (e.type === 5) found.set(e.value, Object.keys(e.options).sort());
    if ('options' in e)
      for (const option of Object.values(e.options)) selectKeysOf(option.value as Element[], found);
  }
  return found;
}

describe('message catalogues', () => {
  it('has every area in all twelve languages', () => {
    expect(AREAS.sort()).toEqual(['app', 'identity', 'link', 'payment']);
    expect(LANGUAGES).toHaveLength(12);
    for (const area of AREAS)
      expect(readdirSync(path.join(dir, area)).sort()).toEqual(LANGUAGES.map((l) => `${l}.json`).sort());
  });

  for (const area of AREAS) {
    const en = read(area, 'en');
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      it(`${area}/${lang}: every message translated, with the same placeholders and all plural forms`, () => {
        const catalogue = read(area, lang);
        expect(Object.keys(catalogue).sort(), 'keys').toEqual(Object.keys(en).sort());
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        const problems: string[] = [];
        for (const [key, source] of Object.entries(en)) {
          const message = catalogue[key] ?? '';
          if (
            message === source &&
            !SAME_EVERYWHERE.has(`${area}/${key}`) &&
            !SAME_AS_ENGLISH.has(`${lang}:${area}/${key}`)
          )
            problems.push(`${key}: not translated`);
          if (!message.trim()) problems.push(`${key}: empty`);
          let ast: Element[];
          try {
            ast = parse(message, { ignoreTag: true, requiresOtherClause: true });
          } catch (error) {
            problems.push(`${key}: does not parse (${String(error)})`);
            continue;
          }
          const sourceAst = parse(source, { ignoreTag: true });
          const want = Object.fromEntries(argumentsOf(sourceAst));
          const have = Object.fromEntries(argumentsOf(ast));
          if (JSON.stringify(Object.entries(have).sort()) !== JSON.stringify(Object.entries(want).sort()))
            problems.push(
              `${key}: placeholders ${JSON.stringify(have)}, English has ${JSON.stringify(want)}`,
            );
          for (const plural of pluralsOf(ast)) {
            const missing = categories.filter((c) => !plural.keys.includes(c));
            const foreign = plural.keys.filter(
              (k) => !k.startsWith('=') && !(categories as string[]).includes(k),
            );
            if (missing.length) problems.push(`${key}: plural ${plural.name} lacks ${missing.join(', ')}`);
            if (foreign.length) problems.push(`${key}: plural ${plural.name} has ${foreign.join(', ')}`);
          }
          const wantSelect = selectKeysOf(sourceAst);
          for (const [name, keys] of selectKeysOf(ast))
            if (JSON.stringify(keys) !== JSON.stringify(wantSelect.get(name)))
              problems.push(`${key}: select ${name} has ${keys}, English ${wantSelect.get(name)}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }

  it('has a customer message for every error code of the API', () => {
    const codes = Object.keys(ERROR_CODES);
    expect(codes.filter((code) => !ERROR_MESSAGES[code])).toEqual([]);
    const app = read('app', 'en');
    for (const key of Object.values(ERROR_MESSAGES)) expect(app[key], key).toBeTruthy();
  });

  it('formats plurals and numbers as Intl says for the language', async () => {
    const errors = (count: number) => t('identity', 'errorSummary', { count });
    setLocale('en');
    await useArea('identity');
    expect([errors(1), errors(2)]).toEqual([
      'There is 1 problem with the form.',
      'There are 2 problems with the form.',
    ]);
    // Arabic: one, two (dual), few (3–10), many (11–99) are distinct words.
    setLocale('ar');
    await localeReady();
    const arabic = [1, 2, 3, 11].map(errors);
    expect(new Set(arabic).size).toBe(4);
    // Polish: 2 problems and 5 problems take different forms.
    setLocale('pl');
    await localeReady();
    expect(errors(2)).not.toBe(errors(5).replace('5', '2'));
    setLocale('de-DE');
    await localeReady();
    expect(t('app', 'stepOf', { n: 1, total: 1200 })).toContain('1.200');
  });
});

describe('payment failure messages', () => {
  it('has a message of its own for every decline code the processor reports', async () => {
    const { DECLINE_CODES } = await import('@finlet/shared/api/payments');
    const payment = read('payment', 'en');
    expect(DECLINE_CODES.filter((code) => !payment[`decline.${code}`])).toEqual([]);
  });
});

describe('a catalogue that arrives late', () => {
  it('replaces the English stand-in once it has loaded', async () => {
    setLocale('tr-TR');
    // Asked before the Turkish catalogue is there: English, with Turkish numbers.
    expect(t('app', 'stepOf', { n: 2, total: 5 })).toBe('Step 2 of 5');
    await localeReady();
    expect(t('app', 'stepOf', { n: 2, total: 5 })).toBe('Adım 2/5');
  });
});
