/**
 * The recall set: perturbed list names whose right answer is the entry they came from. Only names
 * that identify one entry are perturbed, and a perturbed query that another entry could equally be
 * the answer to is left out (see `perturbedQueries` and AmbiguityCheck), so a miss is always the
 * engine's miss. Drawn from a seed, so the set is the same on every run.
 */
import { normalizeName } from '../normalize.ts';
import type { ListEntry } from '../types.ts';
import { AmbiguityCheck } from './ambiguity.ts';
import { nameKeys } from './name-keys.ts';
import { PERTURBATIONS, type Perturbation, perturb } from './perturbations.ts';
import { pick, seededRandom } from './seeded-random.ts';

export interface PerturbedQuery {
  query: string;
  source: string;
  entry: ListEntry;
  perturbation: Perturbation;
}

/** Names a draw tries before it gives up (a perturbation that suits almost no name of a small list). */
const TRIES = 200;

/** The k-th draw's seed: the set's seed and k mixed (a multiplicative hash), so neighbours differ. */
function drawSeed(seed: number, k: number): number {
  return Math.imul(seed ^ Math.imul(k + 1, 0x9e3779b1), 0x85ebca6b) ^ k;
}

/**
 * Perturbed queries from list names with at least two tokens whose name belongs to one entry only
 * (a name shared by two entries, as the same person on both lists often is, cannot be told apart by
 * name alone, so it has no right answer; names are compared by token set and by their tokens written
 * together, so AL-JAZA' IR and al-Jaza'ir are the same name). For the same reason a perturbed query
 * that is exactly a name of another entry (a dropped middle name can leave one), or that is as close
 * to another entry's name as to its source (see AmbiguityCheck), is not used.
 */
export function perturbedQueries(entries: ListEntry[], count: number, seed = 42): PerturbedQuery[] {
  const owners = new Map<string, Set<ListEntry>>();
  const names: { text: string; entry: ListEntry; keys: string[] }[] = [];
  const own = (map: Map<string, Set<ListEntry>>, keys: string[], entry: ListEntry) => {
    for (const key of keys) {
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)!.add(entry);
    }
  };
  for (const entry of entries) {
    for (const text of [
      entry.name,
      ...entry.aliases.filter((a) => a.strength === 'strong' && !a.script).map((a) => a.name),
    ]) {
      const keys = nameKeys(text, entry.type);
      own(owners, keys, entry);
      names.push({ text, entry, keys });
    }
  }
  // Every name of every entry, weak aliases included, to recognise a query that is another entry's.
  const anyName = new Map<string, Set<ListEntry>>();
  for (const entry of entries) {
    for (const text of [entry.name, ...entry.aliases.map((a) => a.name)]) {
      own(anyName, nameKeys(text, entry.type), entry);
    }
  }
  const usable = (n: (typeof names)[number]) =>
    n.keys.every((key) => owners.get(key)!.size === 1) && n.keys[0]!.split(' ').length >= 2;
  const ambiguity = new AmbiguityCheck(entries);
  const attempt = (rnd: () => number, kind: Perturbation): PerturbedQuery | undefined => {
    const n = pick(rnd, names);
    if (!usable(n)) return undefined;
    // Display order (Given SURNAME) so that swaps and surname-first forms are real changes.
    const words = normalizeName(n.text, n.entry.type).reordered
      ? [...n.text.split(',').slice(1).join(' ').split(/\s+/), ...n.text.split(',')[0]!.split(/\s+/)].filter(
          Boolean,
        )
      : n.text.split(/\s+/).filter(Boolean);
    const perturbed = perturb(words, kind, n.entry.type, rnd);
    // A letter put in for itself in the other case (EP-IEF → EP-IEf) is no typo.
    if (!perturbed || perturbed.join(' ').toLowerCase() === words.join(' ').toLowerCase()) return undefined;
    const query = perturbed.join(' ');
    const elsewhere = nameKeys(query, n.entry.type).some((key) =>
      [...(anyName.get(key) ?? [])].some((e) => e !== n.entry),
    );
    if (elsewhere || ambiguity.ambiguous(query, n.entry, kind)) return undefined;
    return { query, source: n.text, entry: n.entry, perturbation: kind };
  };
  const out: PerturbedQuery[] = [];
  // Draw k makes one query of the k-th perturbation, with a generator of its own, trying names (all
  // of them, usable or not) until one takes it. A name that becomes usable or ambiguous when the
  // engine's normalisation changes what counts as one name changes the draws that met it, not every
  // draw after them.
  for (let k = 0; out.length < count && k < count * 2; k++) {
    const rnd = seededRandom(drawSeed(seed, k));
    const kind = PERTURBATIONS[k % PERTURBATIONS.length]!;
    for (let tries = 0; tries < TRIES; tries++) {
      const query = attempt(rnd, kind);
      if (query) {
        out.push(query);
        break;
      }
    }
  }
  return out;
}
