/**
 * Screening fails closed (issue 17): a required sanctions list that could not be loaded, or whose
 * last good copy is older than `FINLET_SANCTIONS_MAX_AGE_HOURS`, is never silently left out —
 * `POST /v1/screenings` answers 503 `screening_unavailable` naming the list, `/readyz` reports it
 * (not ready), and an identity verification decided meanwhile goes to review, never to approved.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataFile } from '@finlet/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/env.ts';
import { createScreeningService } from '../../src/identity/screening-service.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { productionProviders } from '../support/production-env.ts';
import { createIdentityWorld, type IdentityWorld } from './support.ts';

type Readiness = { status: string; screening: { status: string; lists: unknown[] } };
const UN = dataFile('sanctions', 'un', 'consolidated-2026-02-27.xml.gz');
let w: IdentityWorld;
let dir: string;

/** The screening a production server builds from these list settings. */
function useScreening(env: Record<string, string>) {
  const config = loadConfig({
    NODE_ENV: 'production',
    ...productionProviders,
    FINLET_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    FINLET_SANCTIONS_REFRESH_HOURS: '0',
    ...env,
  });
  w.deps.screening.close();
  w.deps.screening = createScreeningService(config, createLogger('silent'), () => w.clock.now());
}

beforeAll(async () => {
  w = await createIdentityWorld();
  dir = await mkdtemp(path.join(tmpdir(), 'finlet-lists-'));
});
afterAll(async () => {
  w.deps.screening.close();
  await w.close();
  await rm(dir, { recursive: true, force: true });
});

const screen = (name: string) => w.api('POST', '/v1/screenings', { body: { name } });

describe('a required list that never loaded', () => {
  beforeAll(() =>
    useScreening({
      FINLET_SANCTIONS_UN: UN,
      FINLET_SANCTIONS_OPENSANCTIONS: path.join(dir, 'missing-targets.simple.csv'),
    }),
  );

  it('refuses screening with 503 screening_unavailable, naming the list', async () => {
    const res = await screen('Jane Ordinary');
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: 'screening_unavailable', type: 'api_error' });
    expect(body.error.message).toContain('opensanctions');
  });

  it('makes /readyz report the list and say not ready', async () => {
    const res = await w.app.request('/readyz');
    expect(res.status).toBe(503);
    const body = (await res.json()) as Readiness;
    expect(body.status).toBe('not_ready');
    expect(body.screening.status).toBe('unavailable');
    expect(body.screening.lists).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'opensanctions', state: 'missing' }),
        expect.objectContaining({ source: 'un_consolidated', state: 'loaded' }),
      ]),
    );
  });

  it('makes /metrics say the list is unusable, for an alert', async () => {
    const text = await w.deps.metrics.scrape();
    expect(text).toMatch(/finlet_sanctions_list_usable\{source="opensanctions"\} 0/);
    expect(text).toMatch(/finlet_sanctions_list_usable\{source="un_consolidated"\} 1/);
    expect(text).toMatch(/finlet_sanctions_list_age_seconds\{source="un_consolidated"\} \d/);
    expect(text).not.toMatch(/finlet_sanctions_list_age_seconds\{source="opensanctions"\}/);
  });

  it('sends an identity verification to review, never to approved', async () => {
    const s = await w.newSession();
    const id = await w.verify(s.token, { first_name: 'Olivia', last_name: 'Ordinary' });
    const v = await w.settled(id);
    expect(v.status).toBe('review');
    const sanctions = v.checks.find((c: { type: string }) => c.type === 'sanctions');
    expect(sanctions).toMatchObject({ outcome: 'review', reasons: ['screening_unavailable'] });
    const pep = v.checks.find((c: { type: string }) => c.type === 'pep');
    expect(pep).toMatchObject({ outcome: 'not_performed', reasons: ['screening_unavailable'] });
  });
});

describe('a list whose last good copy is too old', () => {
  it('screens while fresh, refuses once the copy is older than the maximum age', async () => {
    const copy = path.join(dir, 'consolidated.xml.gz');
    await copyFile(UN, copy);
    useScreening({ FINLET_SANCTIONS_UN: copy, FINLET_SANCTIONS_MAX_AGE_HOURS: '48' });
    expect((await screen('Jane Ordinary')).status).toBe(200);
    expect((await w.app.request('/readyz')).status).toBe(200);

    // The download location stops answering; the refresh keeps the previous copy meanwhile.
    await rm(copy);
    w.clock.advance(47 * 3_600_000);
    await w.deps.screening.refresh();
    expect((await screen('Jane Ordinary')).status).toBe(200);

    w.clock.advance(2 * 3_600_000);
    await w.deps.screening.refresh();
    const res = await screen('Jane Ordinary');
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe('screening_unavailable');
    const ready = await w.app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as Readiness).screening.lists).toEqual([
      expect.objectContaining({ source: 'un_consolidated', state: 'stale' }),
    ]);

    // The list answers again: screening is back as soon as it is refreshed.
    await copyFile(UN, copy);
    await w.deps.screening.refresh();
    expect((await screen('Jane Ordinary')).status).toBe(200);
  });
});
