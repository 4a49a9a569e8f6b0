/**
 * Loader for the UN Security Council consolidated list XML (`CONSOLIDATED_LIST` with `INDIVIDUALS`
 * and `ENTITIES`). Individuals' names are FIRST_NAME … FOURTH_NAME in order; entities carry their name
 * in FIRST_NAME, sometimes several separated by ";". `DATAID` is the entry id; the program is the
 * UN_LIST_TYPE with the REFERENCE_NUMBER. NAME_ORIGINAL_SCRIPT, the name in its own script (Arabic,
 * Persian, Chinese, Cyrillic…), is read as a strong alias, so that a query in that script finds it.
 */
import { XMLParser } from 'fast-xml-parser';
import type { BirthDate, EntryAlias, ListEntry } from '../types.ts';
import { parseBirthDate } from './birth-date.ts';
import { identifierKeys } from './identifiers.ts';

export const UN_LIST = 'un_consolidated';

type XmlNode = Record<string, unknown>;

const REPEATED = new Set([
  'INDIVIDUAL',
  'ENTITY',
  'INDIVIDUAL_ALIAS',
  'ENTITY_ALIAS',
  'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_ADDRESS',
  'ENTITY_ADDRESS',
  'INDIVIDUAL_PLACE_OF_BIRTH',
  'INDIVIDUAL_DOCUMENT',
  'VALUE',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

function text(node: unknown): string {
  return typeof node === 'string' ? node.trim() : typeof node === 'number' ? String(node) : '';
}

function nodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as XmlNode[]) : [];
}

function values(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  return ((node as XmlNode).VALUE as unknown[] | undefined)?.map(text).filter(Boolean) ?? [];
}

function aliases(list: XmlNode[]): EntryAlias[] {
  const out: EntryAlias[] = [];
  for (const a of list) {
    const quality = text(a.QUALITY).toLowerCase();
    const type = quality === 'f.k.a.' ? 'fka' : quality === 'n.k.a.' ? 'nka' : 'aka';
    // One ALIAS_NAME may list several spellings: "Husain Salimi; Hosain Salimi; Hossein Saleemi".
    for (const name of splitNames(text(a.ALIAS_NAME)).map(withoutBirthDetails).filter(Boolean)) {
      out.push({ name, type, strength: quality === 'low' ? 'weak' : 'strong' });
    }
  }
  return out;
}

/** The name in its original script as an alias, when the list gives one. */
function originalScript(n: XmlNode): EntryAlias[] {
  return splitNames(text(n.NAME_ORIGINAL_SCRIPT)).map((name) => ({
    name,
    type: 'aka',
    strength: 'strong',
    script: 'original',
  }));
}

function birthDates(list: XmlNode[]): BirthDate[] {
  const out: BirthDate[] = [];
  for (const d of list) {
    const circa = text(d.TYPE_OF_DATE) === 'APPROXIMATELY';
    const from = text(d.FROM_YEAR);
    const to = text(d.TO_YEAR);
    const parsed = text(d.DATE)
      ? parseBirthDate(text(d.DATE))
      : from && to
        ? { from_year: Number(from), to_year: Number(to) }
        : text(d.YEAR)
          ? parseBirthDate(text(d.YEAR))
          : undefined;
    if (parsed) out.push(circa ? { ...parsed, circa } : parsed);
  }
  return out;
}

function countries(n: XmlNode, addressKey: string): string[] {
  const out = [...values(n.NATIONALITY)];
  for (const a of nodes(n[addressKey])) if (text(a.COUNTRY)) out.push(text(a.COUNTRY));
  for (const p of nodes(n.INDIVIDUAL_PLACE_OF_BIRTH)) if (text(p.COUNTRY)) out.push(text(p.COUNTRY));
  return [...new Set(out)];
}

function program(n: XmlNode): string[] {
  return [[text(n.UN_LIST_TYPE), text(n.REFERENCE_NUMBER)].filter(Boolean).join(' ')];
}

/**
 * Names the list writes in one field, separated by semicolons: entity names like "CAGL ; GREAT LAKES
 * BUSINESS COMPANY (GLBC)" (the first part is the name, the rest aliases) and aliases that list several
 * spellings of one name.
 */
function splitNames(raw: string): string[] {
  return raw
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A few aliases carry the person's birth details after the name ("Khirullah Said Wali Khairkhwa, born
 * in Kandahar on 01 Jan.1967", "Mohammad Ishaq Akhund born in 1963"): the name is what precedes them.
 */
function withoutBirthDetails(name: string): string {
  // "born" then "in", "on" or a date: not a surname Born ("Max Born").
  return name.replace(/,?\s+born\s+(?:in|on|\d).*$/is, '').trim();
}

export interface UnList {
  entries: ListEntry[];
  /** The `dateGenerated` the file states, as `YYYY-MM-DD`. */
  date?: string;
}

export function parseUn(xml: string): UnList {
  const root = (parser.parse(xml) as XmlNode).CONSOLIDATED_LIST as XmlNode;
  const entries: ListEntry[] = [];
  const individuals = nodes((root.INDIVIDUALS as XmlNode | undefined)?.INDIVIDUAL);
  for (const n of individuals) {
    const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => text(n[k]));
    entries.push({
      list: UN_LIST,
      entry_id: text(n.DATAID),
      type: 'individual',
      name: parts.filter(Boolean).join(' '),
      aliases: [...aliases(nodes(n.INDIVIDUAL_ALIAS)), ...originalScript(n)],
      programs: program(n),
      birth_dates: birthDates(nodes(n.INDIVIDUAL_DATE_OF_BIRTH)),
      countries: countries(n, 'INDIVIDUAL_ADDRESS'),
      identifiers: identifierKeys(nodes(n.INDIVIDUAL_DOCUMENT).map((d) => text(d.NUMBER))),
    });
  }
  for (const n of nodes((root.ENTITIES as XmlNode | undefined)?.ENTITY)) {
    const [name = '', ...more] = splitNames(text(n.FIRST_NAME));
    entries.push({
      list: UN_LIST,
      entry_id: text(n.DATAID),
      type: 'entity',
      name,
      aliases: [
        ...more.map((m) => ({ name: m, type: 'aka' as const, strength: 'strong' as const })),
        ...aliases(nodes(n.ENTITY_ALIAS)),
        ...originalScript(n),
      ],
      programs: program(n),
      birth_dates: [],
      countries: countries(n, 'ENTITY_ADDRESS'),
    });
  }
  const generated = text(root['@dateGenerated']);
  return { entries, ...(generated ? { date: generated.slice(0, 10) } : {}) };
}
