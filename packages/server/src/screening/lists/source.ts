/**
 * Where lists come from: each list is read from a configured file path or URL (production defaults
 * are the official download URLs), parsed, and stamped with a version (content hash, plus the date
 * the file states where it has one) and `loaded_at`. `refreshList` reloads a list and says whether
 * its content changed; the caller decides how often to call it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { dataFile } from '@finlet/data';
import type { ListEntry, ListSnapshot } from '../types.ts';
import { OFAC_LIST, parseOfac } from './ofac.ts';
import { OPENSANCTIONS_LIST, parseOpenSanctions } from './opensanctions.ts';
import { SANDBOX_ENTRIES, SANDBOX_LIST } from './sandbox.ts';
import { parseUn, UN_LIST } from './un.ts';

/** Each location is a file path or an http(s) URL. */
export type ListSource =
  | { list: 'ofac_sdn'; sdn: string; alt: string; add: string }
  | { list: 'un_consolidated'; xml: string }
  /** One or more OpenSanctions `targets.simple.csv` exports, read as one list (rows by id, first wins). */
  | { list: 'opensanctions'; csv: string[] }
  | { list: 'sandbox' };

export const OFFICIAL_SOURCES: ListSource[] = [
  {
    list: 'ofac_sdn',
    sdn: 'https://www.treasury.gov/ofac/downloads/sdn.csv',
    alt: 'https://www.treasury.gov/ofac/downloads/alt.csv',
    add: 'https://www.treasury.gov/ofac/downloads/add.csv',
  },
  { list: 'un_consolidated', xml: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml' },
];

/**
 * The copies kept in the repository (`data/sanctions/`, gzipped): OFAC SDN of July 2021 and the UN
 * consolidated list of 2026-02-27. The development default and what tests and benchmarks screen against.
 */
export function referenceSources(): ListSource[] {
  const ofac = (file: string) => dataFile('sanctions', 'ofac-2021-07', `${file}.csv.gz`);
  return [
    { list: 'ofac_sdn', sdn: ofac('sdn'), alt: ofac('alt'), add: ofac('add') },
    { list: 'un_consolidated', xml: dataFile('sanctions', 'un', 'consolidated-2026-02-27.xml.gz') },
  ];
}

export interface LoadOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => Date;
}

interface Fetched {
  bytes: Buffer;
  /** `YYYY-MM-DD` from a Last-Modified header, when the location is a URL that sends one. */
  date?: string;
}

/** Reads a path or URL; a name ending in `.gz` is un-gzipped (the version hashes the plain bytes). */
async function read(location: string, options: LoadOptions): Promise<Fetched> {
  const fetched = await readRaw(location, options);
  const name = isUrl(location) ? new URL(location).pathname : location;
  return name.endsWith('.gz') ? { ...fetched, bytes: gunzipSync(fetched.bytes) } : fetched;
}

/**
 * Reads several files of one list; when any fails, the error is the first failed file's in the
 * order given (the SDN file before its alias and address files), not whichever failed soonest, so
 * `finlet lists` and the logs name the same file each time.
 */
async function readAll(locations: string[], options: LoadOptions): Promise<Fetched[]> {
  const settled = await Promise.allSettled(locations.map((l) => read(l, options)));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<Fetched>).value);
}

const isUrl = (location: string) => /^https?:\/\//.test(location);

async function readRaw(location: string, options: LoadOptions): Promise<Fetched> {
  if (!isUrl(location)) return { bytes: await readFile(location) };
  const res = await (options.fetch ?? fetch)(location, {
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  if (!res.ok) throw new Error(`sanctions list download failed: ${location} answered ${res.status}`);
  const modified = res.headers.get('last-modified');
  const date = modified ? new Date(modified) : undefined;
  const bytes = Buffer.from(await res.arrayBuffer());
  return date && !Number.isNaN(date.getTime()) ? { bytes, date: date.toISOString().slice(0, 10) } : { bytes };
}

function version(parts: Buffer[], date?: string): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  const digest = `sha256:${hash.digest('hex').slice(0, 12)}`;
  return date ? `${date}+${digest}` : digest;
}

export async function loadList(source: ListSource, options: LoadOptions = {}): Promise<ListSnapshot> {
  const loaded_at = (options.now?.() ?? new Date()).toISOString();
  if (source.list === 'sandbox') {
    const entries = SANDBOX_ENTRIES.map((e) => structuredClone(e));
    return {
      name: SANDBOX_LIST,
      version: version([Buffer.from(JSON.stringify(entries))]),
      loaded_at,
      entries,
    };
  }
  if (source.list === 'ofac_sdn') {
    const [sdn, alt, add] = await readAll([source.sdn, source.alt, source.add], options);
    // The legacy CSV files are Windows-1252 text.
    const text = (f: Fetched) => new TextDecoder('windows-1252').decode(f.bytes);
    const entries = parseOfac({ sdn: text(sdn!), alt: text(alt!), add: text(add!) });
    return {
      name: OFAC_LIST,
      version: version([sdn!.bytes, alt!.bytes, add!.bytes], sdn!.date),
      loaded_at,
      entries,
    };
  }
  if (source.list === 'opensanctions') {
    const files = await readAll(source.csv, options);
    const seen = new Set<string>();
    const entries: ListEntry[] = [];
    let date: string | undefined;
    for (const file of files) {
      const parsed = parseOpenSanctions(file.bytes.toString('utf8'));
      for (const e of parsed.entries) {
        if (seen.has(e.entry_id)) continue;
        seen.add(e.entry_id);
        entries.push(e);
      }
      const stated = parsed.date ?? file.date;
      if (stated && (!date || stated > date)) date = stated;
    }
    return {
      name: OPENSANCTIONS_LIST,
      version: version(
        files.map((f) => f.bytes),
        date,
      ),
      loaded_at,
      entries,
    };
  }
  const xml = await read(source.xml, options);
  const parsed = parseUn(xml.bytes.toString('utf8'));
  return {
    name: UN_LIST,
    version: version([xml.bytes], parsed.date ?? xml.date),
    loaded_at,
    entries: parsed.entries,
  };
}

export function loadLists(sources: ListSource[], options: LoadOptions = {}): Promise<ListSnapshot[]> {
  return Promise.all(sources.map((s) => loadList(s, options)));
}

/** Reloads a list; `changed` is false when the content hash is the same as the previous snapshot's. */
export async function refreshList(
  previous: ListSnapshot,
  source: ListSource,
  options: LoadOptions = {},
): Promise<{ snapshot: ListSnapshot; changed: boolean }> {
  const snapshot = await loadList(source, options);
  const hashOf = (v: string) => v.slice(v.indexOf('sha256:'));
  return { snapshot, changed: hashOf(snapshot.version) !== hashOf(previous.version) };
}
