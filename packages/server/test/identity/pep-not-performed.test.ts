/**
 * The identity flow with no PEP list, as in production without `FINLET_SANCTIONS_OPENSANCTIONS`:
 * the PEP check is recorded as `not_performed` (never `pass`), is served and stored as such, and
 * decides nothing, so a name on the sandbox PEP list is not sent to review.
 */
import { dataFile } from '@finlet/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/env.ts';
import { createScreeningService } from '../../src/identity/screening-service.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { productionProviders } from '../support/production-env.ts';
import { createIdentityWorld, type IdentityWorld } from './support.ts';

let w: IdentityWorld;
beforeAll(async () => {
  w = await createIdentityWorld();
  // The screening a production server builds when only the UN list is configured: no PEP list.
  const production = loadConfig({
    NODE_ENV: 'production',
    ...productionProviders,
    FINLET_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    FINLET_SANCTIONS_UN: dataFile('sanctions', 'un', 'consolidated-2026-02-27.xml.gz'),
    FINLET_SANCTIONS_REFRESH_HOURS: '0',
  });
  w.deps.screening.close();
  w.deps.screening = createScreeningService(production, createLogger('silent'), () => w.clock.now());
});
afterAll(async () => {
  w.deps.screening.close();
  await w.close();
});

describe('identity flow without a PEP list', () => {
  it('records the PEP check as not performed and approves on the other checks', async () => {
    const s = await w.newSession();
    // On the sandbox PEP list (a review in tests); here no PEP list is loaded to find it on.
    const id = await w.verify(s.token, { first_name: 'Penelope', last_name: 'Politician' });
    const v = await w.settled(id);
    expect(v.checks.map((c: { type: string; outcome: string }) => `${c.type}:${c.outcome}`)).toEqual([
      'data_validation:pass',
      'document:pass',
      'selfie:pass',
      'sanctions:pass',
      'pep:not_performed',
    ]);
    expect(v.checks.find((c: { type: string }) => c.type === 'pep')).toMatchObject({
      reasons: ['pep_list_not_configured'],
    });
    expect(v.status).toBe('approved');
    const queue = await (await w.api('GET', '/v1/identity_verifications?status=review&limit=100')).json();
    expect(queue.data.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  it('still screens sanctions against the configured list', async () => {
    const s = await w.newSession();
    const id = await w.verify(s.token, { first_name: 'Ahmed Khalfan', last_name: 'Ghailani' });
    const v = await w.settled(id);
    expect(v.status).toBe('review');
    const sanctions = v.checks.find((c: { type: string }) => c.type === 'sanctions');
    expect(sanctions.hits[0]).toMatchObject({ list: 'un_consolidated' });
    expect(v.checks.find((c: { type: string }) => c.type === 'pep').outcome).toBe('not_performed');
  });
});
