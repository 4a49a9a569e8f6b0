/**
 * The sandbox PEP (politically exposed persons) list: invented office holders, screened with the
 * same engine as sanctions, so the identity flow's PEP check is deterministic in tests and demos.
 *
 * | name to verify       | entry_id | role                         |
 * |----------------------|----------|------------------------------|
 * | Penelope Politician  | PEP-0001 | Minister of Sandbox Affairs  |
 * | Peter Parliament     | PEP-0002 | Member of Parliament         |
 */
import type { ListEntry, ListSnapshot } from '../screening/index.ts';

export const PEP_LIST = 'sandbox_pep';

const pep = (id: string, name: string, program: string): ListEntry => ({
  list: PEP_LIST,
  entry_id: id,
  type: 'individual',
  name,
  aliases: [],
  programs: [program],
  birth_dates: [],
  countries: [],
});

export function pepSnapshot(now: Date): ListSnapshot {
  return {
    name: PEP_LIST,
    version: 'sandbox-pep-1',
    loaded_at: now.toISOString(),
    entries: [
      pep('PEP-0001', 'POLITICIAN, Penelope', 'Minister of Sandbox Affairs'),
      pep('PEP-0002', 'PARLIAMENT, Peter', 'Member of Parliament'),
    ],
  };
}
