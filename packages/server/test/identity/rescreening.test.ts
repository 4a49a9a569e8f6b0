/**
 * Screening: `POST /v1/screenings` over lists loaded from configured files (the shared OFAC copy),
 * and ongoing re-screening: when a reloaded list changed, approved customers are screened again
 * and a new hit sends them to review with `identity.review_required`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityWorld, type IdentityWorld } from './support.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'finlet-lists-'));
const row = (id: number, name: string, dob: string) =>
  `${id},"${name}","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB ${dob}."\r\n`;
writeFileSync(path.join(dir, 'sdn.csv'), row(9001, 'OTHERPERSON, Alpha', '01 Jan 1950'));
writeFileSync(path.join(dir, 'alt.csv'), '');
writeFileSync(path.join(dir, 'add.csv'), '');

let w: IdentityWorld;
beforeAll(async () => {
  w = await createIdentityWorld({
    FINLET_SANCTIONS_OFAC_SDN: path.join(dir, 'sdn.csv'),
    FINLET_SANCTIONS_REFRESH_HOURS: '0',
  });
});
afterAll(() => w.close());

describe('screening', () => {
  it('answers POST /v1/screenings with list versions and hits sorted by score', async () => {
    const res = await w.api('POST', '/v1/screenings', {
      body: { name: 'Sandy Sanctioned', birth_date: '1970-01-01' },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.id).toMatch(/^scr_/);
    expect(body.lists.map((l: { name: string }) => l.name).sort()).toEqual(['ofac_sdn', 'sandbox']);
    expect(body.lists[0].version).toMatch(/sha256:[0-9a-f]{12}/);
    expect(body.hits[0]).toMatchObject({
      list: 'sandbox',
      entry_id: 'SBX-0001',
      program: 'SANDBOX',
      lists: ['sandbox'],
      entries: [{ list: 'sandbox', entry_id: 'SBX-0001', name: 'SANCTIONED, Sandy', program: 'SANDBOX' }],
    });
    const scores = body.hits.map((h: { score: number }) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const none = await (await w.api('POST', '/v1/screenings', { body: { name: 'Jane Doe' } })).json();
    expect(none.hits).toEqual([]);
    expect((await w.api('POST', '/v1/screenings', { body: { name: '' } })).status).toBe(400);
    expect(
      (await w.api('POST', '/v1/screenings', { body: { name: 'x', birth_date: '1970/01/01' } })).status,
    ).toBe(400);
  });

  it('re-screens approved customers when a list changes; a new hit goes to review', async () => {
    const s = await w.newSession('cus_grace');
    const id = await w.verify(s.token, { first_name: 'Grace', last_name: 'Brewster', dob: '1956-12-09' });
    expect((await w.settled(id)).status).toBe('approved');
    expect(await w.deps.screening.refresh()).toEqual([]);
    expect((await (await w.api('GET', `/v1/identity_verifications/${id}`)).json()).status).toBe('approved');
    writeFileSync(
      path.join(dir, 'sdn.csv'),
      row(9001, 'OTHERPERSON, Alpha', '01 Jan 1950') + row(9002, 'BREWSTER, Grace', '09 Dec 1956'),
    );
    expect(await w.deps.screening.refresh()).toEqual(['ofac_sdn']);
    const v = await (await w.api('GET', `/v1/identity_verifications/${id}`)).json();
    expect(v.status).toBe('review');
    const last = v.checks.at(-1);
    expect(last).toMatchObject({ type: 'sanctions', outcome: 'review', reasons: ['rescreening_match'] });
    expect(last.hits[0]).toMatchObject({ list: 'ofac_sdn', entry_id: '9002' });
    const events = await (await w.api('GET', '/v1/events?type=identity.review_required&limit=100')).json();
    expect(events.data.map((e: { data: { object: { id: string } } }) => e.data.object.id)).toContain(id);
    // The same list again changes nothing and flags nobody twice.
    expect(await w.deps.screening.refresh()).toEqual([]);
  });
});
