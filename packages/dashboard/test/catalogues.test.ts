/**
 * The dashboard speaks the widget's 12 languages whole: every catalogue has exactly English's
 * messages (the nested `flowName`, `roles` and `errors` too, which the type check cannot hold, being
 * records), none left in English but a few identifiers, every message with parameters shows what it
 * is given, and Arabic and Hebrew read right to left.
 */
import { describe, expect, it } from 'vitest';
import { en, type Messages } from '../src/i18n/en.ts';
import { CATALOGUES, direction, LANGUAGES, type Lang, pickLang } from '../src/i18n/i18n.ts';

/** Identifiers that read the same in every language. */
const SAME_EVERYWHERE = new Set(['id', 'url', 'iban']);
/**
 * Words a language spells as English does (French "Session", German "Status"), or loanwords its
 * users say as they are (Spanish "Endpoint"): each checked by hand, listed so no other can slip in.
 */
const SAME_AS_ENGLISH: Partial<Record<Lang, string[]>> = {
  es: ['endpoint', 'sortCode'],
  fr: ['menu', 'session', 'sessions', 'selfie', 'score', 'type', 'description'],
  de: ['themeAuto', 'institution', 'selfie', 'passkeys'],
  it: ['menu', 'password'],
  pt: ['menu', 'selfie', 'endpoint'],
  nl: ['menu', 'partners', 'institution', 'selfie', 'score', 'connector', 'passkeys'],
  pl: ['menu', 'institution'],
};

const others = (Object.keys(LANGUAGES) as Lang[]).filter((l) => l !== 'en');

/** Every message of a catalogue by its path (`errors.weak_password`), nested records flattened. */
function flatten(catalogue: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (value && typeof value === 'object')
      for (const [k, v] of flatten(value, `${prefix}${key}.`)) found.set(k, v);
    else found.set(`${prefix}${key}`, value);
  }
  return found;
}

const source = flatten(en);
const sample = (i: number) => `⟦arg${i}⟧`;

describe('dashboard catalogues', () => {
  it('offer the widget’s 12 languages, each under its own name', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual(
      ['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pl', 'pt', 'tr'].sort(),
    );
    expect(new Set(Object.values(LANGUAGES)).size).toBe(12);
    expect(LANGUAGES).toMatchObject({ de: 'Deutsch', he: 'עברית', ja: '日本語' });
  });

  describe.each(others)('%s', (lang) => {
    let catalogue: Messages;
    const load = async () => (catalogue ??= await CATALOGUES[lang]());

    it('has exactly the messages of English, nested ones too', async () => {
      const messages = flatten(await load());
      expect([...messages.keys()].sort()).toEqual([...source.keys()].sort());
      for (const [key, message] of messages) expect(typeof message, key).toBe(typeof source.get(key));
    });

    it('leaves no message in English but the allowed identifiers', async () => {
      const problems: string[] = [];
      for (const [key, message] of flatten(await load())) {
        if (typeof message === 'string' && !message.trim()) problems.push(`${key}: empty`);
        const english = source.get(key);
        const same =
          typeof message === 'function' && typeof english === 'function'
            ? message(...[0, 1, 2].map(sample)) === english(...[0, 1, 2].map(sample))
            : message === english;
        if (same && !SAME_EVERYWHERE.has(key) && !SAME_AS_ENGLISH[lang]?.includes(key))
          problems.push(`${key}: not translated`);
      }
      expect(problems).toEqual([]);
    });

    it('shows every argument a message is given', async () => {
      const problems: string[] = [];
      for (const [key, message] of flatten(await load())) {
        if (typeof message !== 'function') continue;
        const english = source.get(key) as (...args: string[]) => string;
        expect(message.length, `${key}: parameters`).toBe(english.length);
        const args = Array.from({ length: english.length }, (_, i) => sample(i));
        const text = message(...args);
        expect(typeof text, key).toBe('string');
        for (const arg of args) if (!text.includes(arg)) problems.push(`${key}: drops ${arg}`);
      }
      expect(problems).toEqual([]);
    });
  });

  it('shows an invitation’s optional partner when there is one, in every language', async () => {
    for (const lang of Object.keys(LANGUAGES) as Lang[]) {
      const { inviteIntro } = await CATALOGUES[lang]();
      expect(inviteIntro('a@b.example', 'R', null), lang).not.toContain('null');
    }
  });

  it('reads Arabic and Hebrew right to left, every other language left to right', () => {
    expect(direction('ar')).toBe('rtl');
    expect(direction('he')).toBe('rtl');
    for (const lang of Object.keys(LANGUAGES).filter((l) => l !== 'ar' && l !== 'he'))
      expect(direction(lang), lang).toBe('ltr');
  });

  it('picks the first language it speaks from a browser’s tags, else English', () => {
    expect(pickLang(null, 'he-IL')).toBe('he');
    expect(pickLang('xx', 'ja')).toBe('ja');
    expect(pickLang('pt-BR')).toBe('pt');
    expect(pickLang('zz', undefined)).toBe('en');
    expect(pickLang('constructor')).toBe('en');
  });
});
