/**
 * The independent false-hit sets: ordinary people (given name and surname, sometimes two given names)
 * and ordinary companies (a distinctive word, one or two business words, often a legal form), drawn
 * from the hand-written pools in name-pool.ts. A name whose words are exactly those of a listed name
 * (in any order; for companies without the legal form) is dropped: that one is on a list. Any hit on
 * what remains, at the threshold, is a false hit.
 */
import type { ListEntry } from '../../types.ts';
import { pick, seededRandom } from '../seeded-random.ts';
import { foldWords, wordSetKey } from './fold.ts';
import { splitForm } from './legal-forms.ts';
import { COMPANY_FORMS, COMPANY_HEADS, COMPANY_WORDS, GIVEN_NAMES, SURNAMES } from './name-pool.ts';

function listedKeys(entries: ListEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entries) {
    for (const text of [e.name, ...e.aliases.map((a) => a.name)]) {
      keys.add(wordSetKey(foldWords(text)));
      const head = splitForm(text)?.head;
      if (head) keys.add(wordSetKey(foldWords(head)));
    }
  }
  return keys;
}

function draw(entries: ListEntry[], count: number, make: () => string, strip: (n: string) => string) {
  const listed = listedKeys(entries);
  const out = new Set<string>();
  for (let k = 0; out.size < count && k < count * 50; k++) {
    const name = make();
    if (!listed.has(wordSetKey(foldWords(strip(name))))) out.add(name);
  }
  return [...out];
}

export function ordinaryPeople(entries: ListEntry[], count: number, seed: number): string[] {
  const rnd = seededRandom(seed);
  const make = () =>
    rnd() < 0.2
      ? `${pick(rnd, GIVEN_NAMES)} ${pick(rnd, GIVEN_NAMES)} ${pick(rnd, SURNAMES)}`
      : `${pick(rnd, GIVEN_NAMES)} ${pick(rnd, SURNAMES)}`;
  return draw(entries, count, make, (n) => n);
}

export function ordinaryCompanies(entries: ListEntry[], count: number, seed: number): string[] {
  const rnd = seededRandom(seed);
  const make = () => {
    const words =
      rnd() < 0.3 ? `${pick(rnd, COMPANY_WORDS)} ${pick(rnd, COMPANY_WORDS)}` : pick(rnd, COMPANY_WORDS);
    return `${pick(rnd, COMPANY_HEADS)} ${words} ${pick(rnd, COMPANY_FORMS)}`.trim();
  };
  return draw(entries, count, make, (n) => splitForm(n)?.head ?? n);
}
