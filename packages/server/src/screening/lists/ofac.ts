/**
 * Loader for the OFAC Specially Designated Nationals list in the legacy CSV format: `sdn.csv`
 * (one row per entry), `alt.csv` (aliases: aka/fka/nka) and `add.csv` (addresses). OFAC puts its
 * low-quality ("weak") aliases in the Remarks column as `a.k.a. 'NAME'`; those are kept as weak
 * aliases. Birth dates, nationality and citizenship are read from Remarks too.
 */
import type { BirthDate, EntryAlias, EntryType, ListEntry } from '../types.ts';
import { parseBirthDate } from './birth-date.ts';
import { parseCsv } from './csv.ts';
import { identifierKeys } from './identifiers.ts';

export const OFAC_LIST = 'ofac_sdn';

export interface OfacFiles {
  sdn: string;
  alt: string;
  add: string;
}

const TYPES: Record<string, EntryType> = { individual: 'individual', vessel: 'vessel', aircraft: 'aircraft' };

function remarkValues(remarks: string, label: RegExp): string[] {
  const out: string[] = [];
  for (const part of remarks.split(';')) {
    const m = label.exec(part.trim());
    if (m?.[1]) out.push(m[1].trim().replace(/\.$/, ''));
  }
  return out;
}

function weakAliases(remarks: string): EntryAlias[] {
  const out: EntryAlias[] = [];
  for (const m of remarks.matchAll(/\b([afn])\.k\.a\.,? '(.+?)'(?=\s*(?:;|\.|,|$))/g)) {
    out.push({ name: m[2]!, type: `${m[1]}ka` as EntryAlias['type'], strength: 'weak' });
  }
  return out;
}

function birthDates(remarks: string): BirthDate[] {
  return remarkValues(remarks, /^(?:alt\. )?DOB (.+)$/)
    .map(parseBirthDate)
    .filter((d): d is BirthDate => d !== undefined);
}

/** Remarks labels that introduce a document or registration number (OFAC's own wording). */
const IDENTIFIER_LABEL =
  /^(?:alt\. )?(?:Passport|National ID No\.|Cedula No\.|NIT #|C\.U\.R\.P\.|R\.F\.C\.|Tax ID No\.|Registration (?:ID|Number)|RUC #|Identification Number|Company Number|Commercial Registry Number|Business Registration Number|D\.N\.I\.|SSN|MMSI|C\.R\. No\.|Vessel Registration Identification|Folio Mercantil No\.|Matricula Mercantil No|V\.A\.T\. Number|Trade License No\.) (.+)$/;

/**
 * "Passport A1234567 (Iraq) issued 2001": the number is the words before the parenthesis that hold
 * a digit or are a short letter prefix ("OB 0243318", "IMO 9187629").
 */
function identifiersFromRemarks(remarks: string): string[] {
  const values = remarkValues(remarks, IDENTIFIER_LABEL).map((value) => {
    const words = value.split('(')[0]!.trim().split(/\s+/);
    const kept: string[] = [];
    for (const w of words) {
      if (/\d/.test(w) || (/^[A-Z]{1,3}$/.test(w) && kept.every((k) => !/\d/.test(k)))) kept.push(w);
      else break;
    }
    return kept.join('');
  });
  return identifierKeys(values);
}

function countriesFromRemarks(remarks: string): string[] {
  const out = [
    ...remarkValues(remarks, /^(?:alt\. )?nationality (.+)$/),
    ...remarkValues(remarks, /^(?:alt\. )?citizen (.+)$/),
  ];
  // The last comma part of a place of birth is its country ("POB Baghdad, Iraq").
  for (const pob of remarkValues(remarks, /^(?:alt\. )?POB (.+)$/)) out.push(pob.split(',').pop()!.trim());
  return out;
}

export function parseOfac(files: OfacFiles): ListEntry[] {
  const entries = new Map<string, ListEntry>();
  for (const r of parseCsv(files.sdn)) {
    const [id = '', name = '', type = '', program = '', , , , , , flag = '', , remarks = ''] = r;
    const countries = countriesFromRemarks(remarks);
    if (flag) countries.push(flag);
    entries.set(id, {
      list: OFAC_LIST,
      entry_id: id,
      type: TYPES[type.toLowerCase()] ?? 'entity',
      name,
      aliases: weakAliases(remarks),
      programs: program
        .replace(/^\[|\]$/g, '')
        .split(/\]\s*\[/)
        .map((p) => p.trim())
        .filter(Boolean),
      birth_dates: birthDates(remarks),
      countries,
      identifiers: identifiersFromRemarks(remarks),
    });
  }
  for (const [id = '', , type = '', name = ''] of parseCsv(files.alt)) {
    const entry = entries.get(id);
    if (!entry || !name) continue;
    const aliasType = (['aka', 'fka', 'nka'].includes(type) ? type : 'aka') as EntryAlias['type'];
    entry.aliases.push({ name, type: aliasType, strength: 'strong' });
  }
  for (const [id = '', , , , country = ''] of parseCsv(files.add)) {
    const entry = entries.get(id);
    if (entry && country && !entry.countries.includes(country)) entry.countries.push(country);
  }
  for (const entry of entries.values()) entry.countries = [...new Set(entry.countries)];
  return [...entries.values()];
}
