/**
 * Loader for the OpenSanctions consolidated export in its simplified CSV form, `targets.simple.csv`
 * ("Targets as simplified CSV" in each dataset's downloads): one row per target entity of the
 * FollowTheMoney data, merged across the sources that list it (EU, UK, UN, US and many national lists, PEP
 * databases). Columns are read by their header name, as OpenSanctions' exporter
 * (zavod/exporters/simplecsv.py) writes them:
 *
 *   id, schema, name, aliases, birth_date, countries, addresses, identifiers, sanctions, phones,
 *   emails, program_ids, dataset, first_seen, last_seen, last_change
 *
 * (older exports lack program_ids and last_change, or put last_seen before first_seen: only the
 * names matter). Every field is quoted; a field with several values joins them with ";", each value
 * quoted again where it holds a ";" or a quote (a CSV row of its own). `dataset` holds the titles of
 * the sources, `countries` lower-case ISO codes, `birth_date` dates or years.
 *
 * Which rows are sanctions and which PEPs: the export has no `topics` column, so a row with a
 * sanction (`sanctions` not empty) is a sanctions target (topic `sanction`) and a Person without one
 * is read as a politically exposed person (topic `role.pep`); other rows (companies or vessels
 * without a sanction: debarment, crime) are not screened. A file that does carry a `topics` column
 * (FollowTheMoney's own names, `sanction`, `role.pep`, …) is read by it instead. OpenSanctions'
 * `peps` collection export holds PEPs only; its `default` collection also holds people on crime and
 * wanted lists, which this reading counts as PEPs (the README says so).
 */
import type { BirthDate, EntryType, ListEntry } from '../types.ts';
import { parseBirthDate } from './birth-date.ts';
import { parseCsv } from './csv.ts';
import { identifierKeys } from './identifiers.ts';

export const OPENSANCTIONS_LIST = 'opensanctions';

/** Risk topics as FollowTheMoney names them. */
export const SANCTION = 'sanction';
export const PEP = 'role.pep';

const TYPES: Record<string, EntryType> = { Person: 'individual', Vessel: 'vessel', Airplane: 'aircraft' };

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A field's values: split on ";" outside quotes, doubled quotes inside a quoted value unescaped. */
export function splitValues(field: string): string[] {
  const out: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < field.length; i++) {
    const ch = field[i]!;
    if (quoted) {
      if (ch === '"' && field[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      out.push(value.trim());
      value = '';
    } else value += ch;
  }
  out.push(value.trim());
  return out.filter(Boolean);
}

/** "ru" → "Russia"; a code Intl does not know (FollowTheMoney's "suhh", "xk") is kept as written. */
function countryName(code: string): string {
  if (!/^[a-z]{2}$/i.test(code)) return code;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function topicsOf(row: Record<string, string>, hasTopics: boolean): string[] {
  if (hasTopics) return splitValues(row.topics ?? '');
  if (splitValues(row.sanctions ?? '').length > 0) return [SANCTION];
  return row.schema === 'Person' ? [PEP] : [];
}

/** "EU-RUS - Involvement in … - 2022-03-15": the program is the first part of a sanction's text. */
function programs(row: Record<string, string>): string[] {
  const ids = splitValues(row.program_ids ?? '');
  if (ids.length > 0) return ids;
  return [...new Set(splitValues(row.sanctions ?? '').map((s) => s.split(' - ')[0]!.trim()))].filter(Boolean);
}

export interface OpenSanctionsList {
  entries: ListEntry[];
  /** The latest `last_change` of any row, as `YYYY-MM-DD`, when the file has that column. */
  date?: string;
}

export function parseOpenSanctions(text: string): OpenSanctionsList {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header?.includes('id') || !header.includes('name')) {
    throw new Error('not an OpenSanctions targets.simple.csv: the header has no id and name columns');
  }
  const hasTopics = header.includes('topics');
  const entries: ListEntry[] = [];
  let date: string | undefined;
  for (const cells of rows) {
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    if (!row.id || !row.name) continue;
    const topics = topicsOf(row, hasTopics);
    if (!topics.includes(SANCTION) && !topics.includes(PEP)) continue;
    const changed = (row.last_change ?? '').slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(changed) && (!date || changed > date)) date = changed;
    entries.push({
      list: OPENSANCTIONS_LIST,
      entry_id: row.id,
      type: TYPES[row.schema ?? ''] ?? 'entity',
      name: row.name,
      aliases: splitValues(row.aliases ?? '')
        .filter((a) => a !== row.name)
        .map((name) => ({ name, type: 'aka', strength: 'strong' })),
      programs: programs(row),
      birth_dates: splitValues(row.birth_date ?? '')
        .map(parseBirthDate)
        .filter((d): d is BirthDate => d !== undefined),
      countries: [...new Set(splitValues(row.countries ?? '').map(countryName))],
      identifiers: identifierKeys(splitValues(row.identifiers ?? '')),
      sources: splitValues(row.dataset ?? row.datasets ?? ''),
      topics,
    });
  }
  return date ? { entries, date } : { entries };
}
