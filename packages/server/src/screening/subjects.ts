/**
 * Which list entries are the same subject, so that a hit shows a person or company once with every
 * list that names it. Two entries are the same subject when:
 *
 * - they share an identical normalised name (primary or strong alias; the same canonical words in
 *   any order, normalize.ts) AND either a matching date of birth or a shared identifier (passport,
 *   national id, registration or IMO number, lists/identifiers.ts). Dates of birth match when both
 *   give the same full date; a year or a range matches a date in it only for a shared name of three
 *   words or more ("MUHAMMAD, Mustafa" born 1976 is two different men on OFAC's list). A shared name
 *   alone is not enough: two people of one name are not one because their names are; an identical
 *   name with a matching date of birth or document is how a reviewer links two listings too;
 * - on two lists, they share two identical names or more (as read or as written) and a year of
 *   birth, whatever the days: two people seldom share two spellings of a name (OFAC's `ADAM,
 *   Nourreddine`, born 1969 to 1971, and the UN's `NOURREDINE ADAM`, born 1970, each also
 *   `Nourreldine Adam`; OFAC's `MURAD, Abdul Hakim`, born 4 January 1968, and the UN's `ABDUL HAKIM
 *   MURAD`, 11 April 1968: one list writes the day first);
 * - of the same type on two different lists, they alone share a document or registration number,
 *   whatever their names: the lists transcribe one name on their own (OFAC's `QADHAFI, Ayesha` is
 *   the UN's `AISHA MUAMMAR MUHAMMED ABU MINYAR QADHAFI`), and a number held by exactly those two
 *   listings is the subject's, not a coincidence; a number three entries share (a family's, a firm's
 *   and its branch's) links nothing by itself;
 * - people on two lists born the same day (a full date, not 1 January), their names sharing two
 *   words or more, each the other's only such listing on its list (bornTheSameDay): the UN's
 *   `MOHAMMED YUSIP KARIM` is OFAC's `FAIZ, Mohammed Karim Yusop`;
 * - of the same type on two lists, they alone hold a name of three words or more (particles not
 *   counted), each the other's only such partner, their dates of birth not apart (one list gives
 *   none, or the years overlap), and no list in common between what each is already linked to
 *   (onlyHolders): the UN's `SEYED JABER SAFDARI`, undated, is OFAC's `SAFDARI, Seyed Jaber`, and
 *   its `KOREA DAESONG BANK` is OFAC's.
 *
 * The relation is closed transitively (an OFAC entry linked to a UN one linked to an OpenSanctions
 * one is one subject).
 */
import { PARTICLES } from './match.ts';
import type { BirthDate, ListEntry } from './types.ts';

/** Shared names this long make a year of birth, not only a full date, enough. */
const FULL_NAME = 3;
/** So do this many names two lists' entries share, however short. */
const SHARED_NAMES = 2;

/** Two birth dates' years (a year, a range, or a full date's year) overlap. */
const yearsOverlap = (x: BirthDate, y: BirthDate) => x.from_year <= y.to_year && y.from_year <= x.to_year;

function birthDatesMatch(a: BirthDate[], b: BirthDate[], words: number): boolean {
  return a.some((x) =>
    b.some((y) => (x.date && y.date ? x.date === y.date : words >= FULL_NAME && yearsOverlap(x, y))),
  );
}

/**
 * A year of birth in common, whatever the days: lists that share two names of a person may still
 * write its date day first and month first (OFAC's `ARIF, Said` born 5 December 1965, the UN's
 * `SAID ARIF` 12 May 1965).
 */
function birthYearsMatch(a: BirthDate[], b: BirthDate[]): boolean {
  return a.some((x) => b.some((y) => yearsOverlap(x, y)));
}

function sameSubject(a: ListEntry, b: ListEntry, words: number): boolean {
  if (birthDatesMatch(a.birth_dates, b.birth_dates, words)) return true;
  const ids = new Set(a.identifiers ?? []);
  return (b.identifiers ?? []).some((id) => ids.has(id));
}

/**
 * For each entry (by index), the index of the first entry of its subject. `names`: the canonical
 * tokens of each entry's primary name and strong aliases (normalize.ts), as the screener has them,
 * and their words as written (`written`, folded; the tokens where not given).
 */
export function subjectsOf(entries: readonly ListEntry[], names: readonly Name[]): Int32Array {
  const parent = Int32Array.from(entries, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // The smaller root stays the subject's, so it is the subject's first entry.
  const union = (i: number, j: number) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  const byName = groupByName(entries, names, (n) => n.tokens);
  for (const [key, group] of byName) {
    const words = Number(key.slice(1, key.indexOf(':')));
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [i, j] = [group[x]!, group[y]!];
        if (find(i) !== find(j) && sameSubject(entries[i]!, entries[j]!, words)) union(i, j);
      }
    }
  }
  // Pairs of entries on two lists and how many identical names they share, counted as read
  // (canonical words) or as written, whichever is more: `RAHMAT, Qari` and `RAHMAT, Kari` read alike
  // but are two spellings the two lists both give.
  const canonical = sharedAcrossLists(entries, byName);
  const written = sharedAcrossLists(
    entries,
    groupByName(entries, names, (n) => n.written ?? n.tokens),
  );
  for (const [pair, count] of written) canonical.set(pair, Math.max(count, canonical.get(pair) ?? 0));
  for (const [pair, count] of canonical) {
    if (count < SHARED_NAMES) continue;
    const [i, j] = pair.split(':').map(Number) as [number, number];
    if (birthYearsMatch(entries[i]!.birth_dates, entries[j]!.birth_dates)) union(i, j);
  }
  for (const [i, j] of exclusivelyNumbered(entries)) union(i, j);
  for (const [i, j] of bornTheSameDay(entries, names)) union(i, j);
  // Last, and only between subjects that have no list in common: a name alone is weaker evidence
  // than the rules above, and must not join two entries one list keeps apart.
  const lists = new Map<number, Set<string>>();
  entries.forEach((e, i) => {
    const root = find(i);
    const set = lists.get(root) ?? new Set<string>();
    set.add(e.list);
    lists.set(root, set);
  });
  for (const [i, j] of onlyHolders(entries, byName)) {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) continue;
    const [a, b] = [lists.get(ri)!, lists.get(rj)!];
    if ([...a].some((l) => b.has(l))) continue;
    union(i, j);
    lists.set(find(i), new Set([...a, ...b]));
  }
  return Int32Array.from(entries, (_, i) => find(i));
}

type Name = { entry: number; tokens: readonly string[]; written?: readonly string[] };

/** Entries by name (its words in any order, `words` of it), keyed `p2:ali hasan` (o for the others). */
function groupByName(
  entries: readonly ListEntry[],
  names: readonly Name[],
  words: (name: Name) => readonly string[],
): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  for (const name of names) {
    const w = words(name);
    if (w.length === 0) continue;
    const person = entries[name.entry]!.type === 'individual';
    const key = `${person ? 'p' : 'o'}${w.length}:${[...w].sort().join(' ')}`;
    const group = byName.get(key);
    if (!group) byName.set(key, [name.entry]);
    else if (!group.includes(name.entry)) group.push(name.entry);
  }
  return byName;
}

/** For each pair `i:j` of entries on two different lists, how many of the groups hold both. */
function sharedAcrossLists(
  entries: readonly ListEntry[],
  byName: Map<string, number[]>,
): Map<string, number> {
  const shared = new Map<string, number>();
  for (const group of byName.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [i, j] = [Math.min(group[x]!, group[y]!), Math.max(group[x]!, group[y]!)];
        if (entries[i]!.list === entries[j]!.list) continue;
        shared.set(`${i}:${j}`, (shared.get(`${i}:${j}`) ?? 0) + 1);
      }
    }
  }
  return shared;
}

/**
 * Pairs of same-type entries on two different lists that alone hold a name of FULL_NAME words or more
 * (particles not counted), whose birth dates do not disagree: one list gives none, or their years
 * overlap. The UN lists `SEYED JABER SAFDARI` without a date of birth, OFAC `SAFDARI, Seyed Jaber`
 * born 1968 or 1969; no other entry on either list has that name. Two people of one full name, one on
 * each list and on neither twice, are far rarer than one person on both.
 */
function onlyHolders(entries: readonly ListEntry[], byName: Map<string, number[]>): [number, number][] {
  const pairs = new Map<string, [number, number]>();
  for (const [key, group] of byName) {
    if (group.length !== 2) continue;
    const [i, j] = [Math.min(group[0]!, group[1]!), Math.max(group[0]!, group[1]!)];
    const [a, b] = [entries[i]!, entries[j]!];
    if (a.list === b.list || a.type !== b.type) continue;
    const words = key.slice(key.indexOf(':') + 1).split(' ');
    if (words.filter((w) => !PARTICLES.has(w)).length < FULL_NAME) continue;
    const dated = a.birth_dates.length > 0 && b.birth_dates.length > 0;
    if (!dated || birthYearsMatch(a.birth_dates, b.birth_dates)) pairs.set(`${i}:${j}`, [i, j]);
  }
  return onlyPartners(entries, [...pairs.values()]);
}

/**
 * The pairs in which each entry is the other's only partner on the other's list: OFAC's AL QA'IDA,
 * also written EGYPTIAN ISLAMIC JIHAD, meets two UN entries so, and the UN lists them apart, so it
 * is linked to neither.
 */
function onlyPartners(entries: readonly ListEntry[], pairs: [number, number][]): [number, number][] {
  const partners = new Map<string, number>();
  const key = (i: number, list: string) => `${i}:${list}`;
  for (const [i, j] of pairs) {
    for (const [x, y] of [
      [i, j],
      [j, i],
    ] as const) {
      const k = key(x, entries[y]!.list);
      partners.set(k, (partners.get(k) ?? 0) + 1);
    }
  }
  return pairs.filter(
    ([i, j]) => partners.get(key(i, entries[j]!.list)) === 1 && partners.get(key(j, entries[i]!.list)) === 1,
  );
}

/** Names sharing this many words (particles not counted) and a full date of birth are one subject's. */
const SHARED_WORDS = 2;

/**
 * Pairs of entries on two different lists, each the other's type, with the same full date of birth
 * (not 1 January, which lists also write for a year alone) and SHARED_WORDS words or more in common
 * among their names, whatever else each list writes: OFAC's `FAIZ, Mohammed Karim Yusop` and the
 * UN's `MOHAMMED YUSIP KARIM`, `KONIG, Emilie` and `EMILIE EDWIGE KONIG`.
 */
function bornTheSameDay(entries: readonly ListEntry[], names: readonly Name[]): [number, number][] {
  const words = new Map<number, Set<string>>();
  for (const { entry, tokens } of names) {
    const set = words.get(entry) ?? new Set<string>();
    for (const t of tokens) if (!PARTICLES.has(t)) set.add(t);
    words.set(entry, set);
  }
  const byDate = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const date of new Set(e.birth_dates.map((d) => d.date))) {
      if (!date || date.endsWith('-01-01')) continue;
      const group = byDate.get(date);
      if (group) group.push(i);
      else byDate.set(date, [i]);
    }
  });
  const pairs: [number, number][] = [];
  for (const group of byDate.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [i, j] = [group[x]!, group[y]!];
        const [a, b] = [entries[i]!, entries[j]!];
        if (a.list === b.list || a.type !== b.type) continue;
        const theirs = words.get(j) ?? new Set<string>();
        let shared = 0;
        for (const w of words.get(i) ?? []) if (theirs.has(w)) shared++;
        if (shared >= SHARED_WORDS) pairs.push([i, j]);
      }
    }
  }
  // Each must be the other's only such entry on its list: two brothers born the same day on one
  // list, both near a third listing, are not made one subject through it.
  return onlyPartners(entries, pairs);
}

/** Pairs of same-type entries on two different lists that alone hold one identifier. */
function exclusivelyNumbered(entries: readonly ListEntry[]): [number, number][] {
  const holders = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const id of new Set(e.identifiers ?? [])) {
      const group = holders.get(id);
      if (group) group.push(i);
      else holders.set(id, [i]);
    }
  });
  const pairs: [number, number][] = [];
  for (const group of holders.values()) {
    if (group.length !== 2) continue;
    const [a, b] = [entries[group[0]!]!, entries[group[1]!]!];
    if (a.list !== b.list && a.type === b.type) pairs.push([group[0]!, group[1]!]);
  }
  return pairs;
}
