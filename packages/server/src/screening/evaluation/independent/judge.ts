/**
 * How the independent evaluation counts a query as found: the top hit, at or above the threshold, is
 * the source entry, or a hit that shows the source entry among the entries it merges (the same
 * subject on several lists, shown once: screener.ts). Nothing else counts: no tie rule.
 */
import type { ListEntry, ScreeningHit } from '../../types.ts';

export function foundAtTop(hits: ScreeningHit[], entry: ListEntry, threshold = 0): boolean {
  const top = hits[0];
  if (!top || top.score < threshold) return false;
  const same = (h: { list: string; entry_id: string }) =>
    h.list === entry.list && h.entry_id === entry.entry_id;
  return same(top) || (top.entries ?? []).some(same);
}
