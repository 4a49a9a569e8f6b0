import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDataFile } from '@finlet/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/screening/lists/csv.ts';
import { loadList, referenceSources, refreshList } from '../../../src/screening/lists/source.ts';
import { parseUn } from '../../../src/screening/lists/un.ts';
import type { ListSnapshot } from '../../../src/screening/types.ts';

const [ofacSource, unSource] = referenceSources();
let ofac: ListSnapshot;
let un: ListSnapshot;

beforeAll(async () => {
  [ofac, un] = await Promise.all([loadList(ofacSource!), loadList(unSource!)]);
});

describe('OFAC SDN loader', () => {
  it('reads every entry and alias of the July 2021 files', () => {
    expect(ofac.entries).toHaveLength(8976);
    const strong = ofac.entries.reduce(
      (n, e) => n + e.aliases.filter((a) => a.strength === 'strong').length,
      0,
    );
    expect(strong).toBe(11910);
    const byType = (t: string) => ofac.entries.filter((e) => e.type === t).length;
    expect([byType('individual'), byType('entity'), byType('vessel'), byType('aircraft')]).toEqual([
      4620, 3673, 406, 277,
    ]);
  });

  it('reads programs, birth dates, countries and remark aliases of an entry', () => {
    const cuba = ofac.entries.find((e) => e.entry_id === '306')!;
    expect(cuba.name).toBe('BANCO NACIONAL DE CUBA');
    expect(cuba.programs).toEqual(['CUBA']);
    expect(cuba.aliases).toContainEqual({ name: 'BNC', type: 'aka', strength: 'weak' });
    expect(cuba.aliases).toContainEqual({ name: 'NATIONAL BANK OF CUBA', type: 'aka', strength: 'strong' });
    expect(cuba.countries).toContain('Switzerland');
    const fadlallah = ofac.entries.find((e) => e.entry_id === '2679')!;
    expect(fadlallah.birth_dates.map((d) => d.from_year)).toEqual([1938, 1936]);
    expect(fadlallah.type).toBe('individual');
  });

  it('parses quoted CSV fields with commas, doubled quotes and the -0- marker', () => {
    expect(parseCsv('1,"A, ""B""",-0- ,x\r\n2,b,c,d\r\n\x1a')).toEqual([
      ['1', 'A, "B"', '', 'x'],
      ['2', 'b', 'c', 'd'],
    ]);
  });

  it('stamps a content-hash version and loaded_at', () => {
    expect(ofac.version).toMatch(/^sha256:[0-9a-f]{12}$/);
    expect(Date.parse(ofac.loaded_at)).not.toBeNaN();
  });
});

describe('UN consolidated list loader', () => {
  it('reads 730 individuals and 273 entities with the date the file states', () => {
    expect(un.entries.filter((e) => e.type === 'individual')).toHaveLength(730);
    expect(un.entries.filter((e) => e.type === 'entity')).toHaveLength(273);
    expect(un.version).toMatch(/^2026-02-27\+sha256:[0-9a-f]{12}$/);
  });

  it('reads names, aliases with quality, birth years, nationality and program', () => {
    const frank = un.entries.find((e) => e.entry_id === '6907994')!;
    expect(frank.name).toBe('FRANK KAKOLELE BWAMBALE');
    expect(frank.aliases).toContainEqual({ name: 'AIGLE BLANC', type: 'aka', strength: 'strong' });
    expect(frank.countries).toContain('Democratic Republic of the Congo');
    expect(frank.programs).toEqual(['DRC CDi.002']);
    const eric = un.entries.find((e) => e.entry_id === '6907993')!;
    expect(eric.birth_dates).toEqual([{ from_year: 1971, to_year: 1971 }]);
    const taganda = un.entries.find((e) => e.entry_id === '6908021')!;
    expect(taganda.birth_dates[0]).toMatchObject({ from_year: 1973, to_year: 1974 });
    expect(taganda.aliases.find((a) => a.name === 'Terminator')?.strength).toBe('weak');
  });

  it('reads the name in its original script as a strong alias', () => {
    const saddam = un.entries.find((e) => e.entry_id === '6908048')!;
    expect(saddam.name).toBe('SADDAM HUSSEIN AL-TIKRITI');
    expect(saddam.aliases).toContainEqual({
      name: 'صدام حسين التكريتي',
      type: 'aka',
      strength: 'strong',
      script: 'original',
    });
    expect(
      un.entries.filter((e) => e.aliases.some((a) => /\p{Script=Arabic}/u.test(a.name))).length,
    ).toBeGreaterThan(300);
  });

  it('reads an alias that lists several spellings separated by semicolons as one alias each', () => {
    // <ALIAS_NAME>Husain Salimi; Hosain Salimi; …</ALIAS_NAME>: the list's own transliterations.
    const salimi = un.entries.find((e) => e.entry_id === '110409')!;
    const names = salimi.aliases.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Husain Salimi', 'Hosain Salimi', 'Hossein Saleemi']));
    expect(names.filter((n) => n.includes(';'))).toEqual([]);
    expect(salimi.aliases.find((a) => a.name === 'Hosain Salimi')).toMatchObject({
      type: 'aka',
      strength: 'strong',
    });
    expect(un.entries.flatMap((e) => e.aliases).filter((a) => a.name.includes(';'))).toEqual([]);
  });

  it('reads an alias without the birth details the list wrote after the name', () => {
    const names = (id: string) => un.entries.find((e) => e.entry_id === id)!.aliases.map((a) => a.name);
    expect(names('111144')).toContain('Khirullah Said Wali Khairkhwa');
    expect(names('111145')).toContain('Mohammad Ishaq Akhund');
    expect(names('690780')).toContain('Safia Farkash Mohammed Al-Hadad');
    expect(un.entries.flatMap((e) => e.aliases).filter((a) => /\bborn\b/i.test(a.name))).toEqual([]);
    const only = (alias: string) =>
      parseUn(
        `<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>MAX</FIRST_NAME><INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>${alias}</ALIAS_NAME></INDIVIDUAL_ALIAS></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`,
      ).entries[0]!.aliases.map((a) => a.name);
    expect(only('Max Born')).toEqual(['Max Born']);
    expect(only('Max Born, born on 11 Dec. 1882')).toEqual(['Max Born']);
  });
});

describe('list sources', () => {
  it('loads a list from a URL and reports whether a refresh changed it', async () => {
    let body = readDataFile((unSource as { xml: string }).xml);
    const gzipped = readFileSync((unSource as { xml: string }).xml);
    const server = createServer((req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(req.url?.endsWith('.gz') ? gzipped : body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/consolidated.xml`;
    try {
      const source = { list: 'un_consolidated' as const, xml: url };
      const first = await loadList(source);
      expect(first.entries).toHaveLength(1003);
      expect((await refreshList(first, source)).changed).toBe(false);
      body = Buffer.from(
        body.toString('utf8').replace('<FIRST_NAME>ERIC</FIRST_NAME>', '<FIRST_NAME>ERIK</FIRST_NAME>'),
      );
      const refreshed = await refreshList(first, source);
      expect(refreshed.changed).toBe(true);
      expect(refreshed.snapshot.entries.find((e) => e.entry_id === '6907993')?.name).toBe('ERIK BADEGE');
      // A URL ending in .gz is un-gzipped; the version hashes the plain bytes.
      const fromGz = await loadList({ list: 'un_consolidated', xml: `${url}.gz` });
      expect(fromGz.version).toBe(first.version);
      expect(fromGz.entries).toHaveLength(1003);
    } finally {
      server.close();
    }
  });

  it('reads a list from a file path and rejects a failed download', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'finlet-lists-'));
    const file = path.join(dir, 'un.xml');
    await writeFile(file, readDataFile((unSource as { xml: string }).xml));
    const fromFile = await loadList({ list: 'un_consolidated', xml: file });
    expect(fromFile.version).toBe(un.version);
    await writeFile(file, '<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>');
    expect((await refreshList(fromFile, { list: 'un_consolidated', xml: file })).changed).toBe(true);
    const failing = (async () => new Response('nope', { status: 503 })) as typeof fetch;
    await expect(
      loadList({ list: 'un_consolidated', xml: 'https://example.test/x.xml' }, { fetch: failing }),
    ).rejects.toThrow(/503/);
  });

  it('names the first of the OFAC files that failed, in file order, however fast each failed', async () => {
    // The SDN file fails last in time: the error still names it, not the alias file that failed first.
    const failing = (async (url: string) => {
      await new Promise((r) => setTimeout(r, url.includes('sdn') ? 50 : 0));
      return new Response('gone', { status: 404 });
    }) as unknown as typeof fetch;
    const source = {
      list: 'ofac_sdn' as const,
      sdn: 'https://example.test/sdn.csv',
      alt: 'https://example.test/alt.csv',
      add: 'https://example.test/add.csv',
    };
    await expect(loadList(source, { fetch: failing })).rejects.toThrow(/sdn\.csv answered 404/);
  });
});
