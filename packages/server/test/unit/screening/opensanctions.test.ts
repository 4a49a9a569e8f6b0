/**
 * The OpenSanctions `targets.simple.csv` loader on the synthetic fixture in data/ (the exporter's
 * header, every field quoted, several values joined by ";" and quoted again): which rows are
 * sanctions and which PEPs, how fields map onto list entries, older headers, a `topics` column, a
 * gzipped file, and a file that is not such an export.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataFile } from '@finlet/data';
import { describe, expect, it } from 'vitest';
import { loadList, PEP, parseOpenSanctions, SANCTION, Screener } from '../../../src/screening/index.ts';
import { splitValues } from '../../../src/screening/lists/opensanctions.ts';

const fixture = dataFile('sanctions', 'opensanctions', 'targets.simple.csv');

describe('OpenSanctions loader', () => {
  it('reads sanctioned rows as sanctions and people without a sanction as PEPs, and skips the rest', async () => {
    const { entries, date } = parseOpenSanctions(await readFile(fixture, 'utf8'));
    const byTopic = (t: string) => entries.filter((e) => e.topics?.includes(t)).map((e) => e.entry_id);
    expect(byTopic(SANCTION)).toEqual([
      'NK-8vQ2mFixtR4kTs7Yd4Wb',
      'NK-3hWxFixtZp9QmLs2Vc8Ke',
      'NK-7pLrFixtT5nWq3Xb6Ja1',
      'NK-5tGdFixtY8kHv2Nr4Pm9',
    ]);
    expect(byTopic(PEP)).toEqual(['Q99000001', 'Q99000002', 'Q99000003']);
    // The debarred company has neither a sanction nor is it a person.
    expect(entries.map((e) => e.entry_id)).not.toContain('NK-9aBcFixtD4eFg5Hi6Jk7');
    expect(date).toBe('2025-11-03');
  });

  it('maps names, aliases, dates, countries, identifiers, programs and source lists', async () => {
    const { entries } = parseOpenSanctions(await readFile(fixture, 'utf8'));
    const person = entries.find((e) => e.entry_id === 'NK-8vQ2mFixtR4kTs7Yd4Wb')!;
    expect(person).toMatchObject({
      list: 'opensanctions',
      type: 'individual',
      name: 'Vasily Petrovich Fixturov',
      programs: ['EU-RUS', 'GB-RUS'],
      birth_dates: [{ date: '1961-04-12', from_year: 1961, to_year: 1961 }],
      countries: ['Russia'],
      identifiers: ['4509123456', '770123456789'],
      sources: ['EU Financial Sanctions Files (FSF)', 'UK HMT/OFSI Consolidated List of Targets'],
    });
    expect(person.aliases.map((a) => a.name)).toContain('FIXTUROV, Vasily Petrovich');
    const quoted = entries.find((e) => e.entry_id === 'NK-5tGdFixtY8kHv2Nr4Pm9')!;
    expect(quoted.aliases.map((a) => a.name)).toEqual(['Abu "Fixture" al-Testi', 'Testi, Abu; the Elder']);
    expect(entries.find((e) => e.entry_id === 'NK-7pLrFixtT5nWq3Xb6Ja1')).toMatchObject({
      type: 'vessel',
      identifiers: ['IMO9876543'],
      countries: ['Panama'],
    });
  });

  it('splits several values on ";" outside quotes', () => {
    expect(splitValues('a;"b;c";"say ""hi"""')).toEqual(['a', 'b;c', 'say "hi"']);
    expect(splitValues('')).toEqual([]);
  });

  it('reads columns by name: an older header, and a topics column when the file has one', () => {
    const older = [
      'id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,last_seen,first_seen',
      'x-1,Company,Acme Fixture Arms JSC,,,ru,,,"EU Regulation 833/2014 - Annex IV",,,EU FSF,2024-01-01,2022-01-01',
    ].join('\n');
    const [acme] = parseOpenSanctions(older).entries;
    expect(acme).toMatchObject({
      entry_id: 'x-1',
      programs: ['EU Regulation 833/2014'],
      sources: ['EU FSF'],
    });
    const withTopics = [
      'id,schema,name,topics,sanctions',
      'p-1,Person,Ana Fixture,role.pep,',
      'p-2,Person,Bo Fixture,crime,',
      'c-1,Company,Fixture Holding,sanction.linked;sanction,',
    ].join('\n');
    const read = parseOpenSanctions(withTopics).entries;
    expect(read.map((e) => [e.entry_id, e.topics])).toEqual([
      ['p-1', ['role.pep']],
      ['c-1', ['sanction.linked', 'sanction']],
    ]);
  });

  it('loads a gzipped export through loadList and rejects a file that is no such export', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'finlet-os-'));
    const gz = path.join(dir, 'targets.simple.csv.gz');
    await writeFile(gz, gzipSync(await readFile(fixture)));
    const snapshot = await loadList({ list: 'opensanctions', csv: [gz] });
    expect(snapshot.name).toBe('opensanctions');
    expect(snapshot.version).toMatch(/^2025-11-03\+sha256:[0-9a-f]{12}$/);
    expect(snapshot.entries).toHaveLength(7);
    const bad = path.join(dir, 'other.csv');
    await writeFile(bad, 'name,score\nx,1\n');
    await expect(loadList({ list: 'opensanctions', csv: [bad] })).rejects.toThrow(/OpenSanctions/);
  });

  it('screens its entries and names the source lists of a hit', async () => {
    const snapshot = await loadList({ list: 'opensanctions', csv: [fixture] });
    const [hit] = new Screener([snapshot]).screen({ name: 'Vasilii Fiksturov' });
    expect(hit).toMatchObject({ list: 'opensanctions', entry_id: 'NK-8vQ2mFixtR4kTs7Yd4Wb' });
    expect(hit!.lists).toEqual([
      'opensanctions',
      'EU Financial Sanctions Files (FSF)',
      'UK HMT/OFSI Consolidated List of Targets',
    ]);
  });
});
