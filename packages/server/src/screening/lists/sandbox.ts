/**
 * The sandbox sanctions list: invented people and companies that always hit, so the demo and partner
 * integration tests can trigger a screening hit without using a real person's name. None of these
 * names belongs to anyone on a real list.
 *
 * | name to screen                  | entry_id  | type       | DOB        | country |
 * |---------------------------------|-----------|------------|------------|---------|
 * | Sandy Sanctioned                | SBX-0001  | individual | 1970-01-01 | GB      |
 * | Ivan Sandboxov                  | SBX-0002  | individual | 1965-05-09 | RU      |
 * | Maria Testcase Blocklist        | SBX-0003  | individual | 1980      | ES      |
 * | Omar Al-Sandbox                 | SBX-0004  | individual | 1975-03-15 | AE      |
 * | Acme Sanctioned Trading LLC     | SBX-0101  | entity     |            | CY      |
 * | Sandbox Shipping Front Ltd      | SBX-0102  | entity     |            | PA      |
 *
 * Any other name, e.g. "Jane Doe", produces no hit on this list.
 */
import type { ListEntry } from '../types.ts';

export const SANDBOX_LIST = 'sandbox';

const individual = (id: string, name: string, dob: string, country: string, aliases: string[] = []) =>
  ({
    list: SANDBOX_LIST,
    entry_id: id,
    type: 'individual',
    name,
    aliases: aliases.map((a) => ({ name: a, type: 'aka' as const, strength: 'strong' as const })),
    programs: ['SANDBOX'],
    birth_dates:
      dob.length === 4
        ? [{ from_year: Number(dob), to_year: Number(dob) }]
        : [{ date: dob, from_year: Number(dob.slice(0, 4)), to_year: Number(dob.slice(0, 4)) }],
    countries: [country],
  }) satisfies ListEntry;

const entity = (id: string, name: string, country: string, aliases: string[] = []): ListEntry => ({
  list: SANDBOX_LIST,
  entry_id: id,
  type: 'entity',
  name,
  aliases: aliases.map((a) => ({ name: a, type: 'aka', strength: 'strong' })),
  programs: ['SANDBOX'],
  birth_dates: [],
  countries: [country],
});

export const SANDBOX_ENTRIES: readonly ListEntry[] = [
  individual('SBX-0001', 'SANCTIONED, Sandy', '1970-01-01', 'United Kingdom', ['Sandra Sanctioned']),
  individual('SBX-0002', 'SANDBOXOV, Ivan', '1965-05-09', 'Russia', ['Ivan Sandboxoff']),
  individual('SBX-0003', 'BLOCKLIST, Maria Testcase', '1980', 'Spain'),
  individual('SBX-0004', 'AL-SANDBOX, Omar', '1975-03-15', 'United Arab Emirates', ['Umar al-Sandbox']),
  entity('SBX-0101', 'ACME SANCTIONED TRADING LLC', 'Cyprus', ['ACME SANCTIONED TRADE']),
  entity('SBX-0102', 'SANDBOX SHIPPING FRONT LTD', 'Panama'),
];
