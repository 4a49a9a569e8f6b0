/** Small hand-made list entries and snapshots for the screening unit tests. */
import type { EntryType, ListEntry, ListSnapshot } from '../../../src/screening/types.ts';

export function entry(entry_id: string, type: EntryType, name: string, aliases: string[] = []): ListEntry {
  return {
    list: 'test',
    entry_id,
    type,
    name,
    aliases: aliases.map((a) => ({ name: a, type: 'aka', strength: 'strong' })),
    programs: ['TEST'],
    birth_dates: [],
    countries: [],
  };
}

export function snapshot(entries: ListEntry[]): ListSnapshot {
  return { name: 'test', version: 'test', loaded_at: '2026-01-01T00:00:00.000Z', entries };
}
