/**
 * The independent evaluation's tuning / test split. Every list entry falls on one side by a hash of
 * its list and id, so a query made from an entry is a tuning query or a test query for good, whatever
 * the seed. TUNING: 30 % of entries, with the tuning seeds; the only part anyone may look at while
 * changing the engine. TEST: the other 70 %, with seeds the tuning never used; reported, not tuned on.
 */
import type { ListEntry } from '../../types.ts';

export type Split = 'tuning' | 'test';

/** Seeds of the independent generators per side (the test seeds were not run while tuning). */
export const SEEDS: Record<Split, number> = { tuning: 2027, test: 9413 };

export function splitOf(entry: Pick<ListEntry, 'list' | 'entry_id'>): Split {
  let h = 0x811c9dc5;
  for (const ch of `${entry.list}:${entry.entry_id}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return (h >>> 0) % 10 < 3 ? 'tuning' : 'test';
}
