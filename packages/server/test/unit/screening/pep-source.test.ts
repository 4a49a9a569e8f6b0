/**
 * Which lists screening and PEP screening use under each configuration: the fictitious sandbox lists
 * outside production only; PEP screening from the PEP rows of a configured OpenSanctions export; and
 * with no PEP list the PEP check recorded as `not_performed`, never as a pass.
 */
import { dataFile } from '@finlet/data';
import { describe, expect, it } from 'vitest';
import type { KycResult } from '../../../src/connectors/kyc/kyc.ts';
import { loadConfig } from '../../../src/env.ts';
import { decide, pepCheck } from '../../../src/identity/decision.ts';
import { createScreeningService, sanctionsSources } from '../../../src/identity/screening-service.ts';
import { createLogger } from '../../../src/observability/logger.ts';
import { productionProviders } from '../../support/production-env.ts';

const DATA_KEY = Buffer.alloc(32, 7).toString('base64');
const fixture = dataFile('sanctions', 'opensanctions', 'targets.simple.csv');
const logger = createLogger('silent');
const production = (env: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: 'production',
    // Production names its own providers (env.ts); these tests are about the lists.
    ...productionProviders,
    FINLET_DATA_KEY: DATA_KEY,
    FINLET_SANCTIONS_REFRESH_HOURS: '0',
    ...env,
  });
const rules = {
  sanctions_review_score: 0.88,
  sanctions_decline_score: null,
  pep_action: 'review' as const,
  provider_review_action: 'review' as const,
};
const approved = {
  reference: 'idv_1',
  document: { outcome: 'approved', reasons: [] },
  selfie: { outcome: 'approved', reasons: [] },
} as unknown as KycResult;

describe('list sources per configuration', () => {
  it('loads the sandbox lists in development and tests, never in production', () => {
    expect(sanctionsSources(loadConfig({ NODE_ENV: 'test' })).map((s) => s.list)).toEqual(['sandbox']);
    expect(sanctionsSources(production()).map((s) => s.list)).toEqual(['ofac_sdn', 'un_consolidated']);
    expect(
      sanctionsSources(production({ FINLET_SANCTIONS_OPENSANCTIONS: `${fixture} ${fixture}.gz` })),
    ).toEqual([{ list: 'opensanctions', csv: [fixture, `${fixture}.gz`] }]);
  });
});

describe('PEP screening', () => {
  it('is not performed in production without a PEP list, and the check says so and decides nothing', async () => {
    const service = createScreeningService(production(), logger, () => new Date(), []);
    const pep = await service.screenPep({ name: 'Penelope Politician' });
    expect(pep).toEqual({ performed: false });
    const at = '2026-01-01T00:00:00.000Z';
    expect(pepCheck(pep, rules, at)).toEqual({
      type: 'pep',
      outcome: 'not_performed',
      reasons: ['pep_list_not_configured'],
      checked_at: at,
    });
    const { checks, status } = decide(approved, { sanctions: [], pep }, rules, at);
    expect(checks.find((c) => c.type === 'pep')?.outcome).toBe('not_performed');
    expect(status).toBe('approved');
    service.close();
  });

  it('uses the PEP rows of an OpenSanctions export, and its sanctioned rows for sanctions only', async () => {
    const config = production({ FINLET_SANCTIONS_OPENSANCTIONS: fixture });
    const service = createScreeningService(config, logger, () => new Date());
    const pep = await service.screenPep({ name: 'Penelope Fixture-Minister' });
    expect(pep.performed).toBe(true);
    if (!pep.performed) return;
    expect(pep.hits[0]).toMatchObject({ list: 'opensanctions', entry_id: 'Q99000001' });
    expect(pep.lists.map((l) => l.name)).toEqual(['opensanctions']);
    // A listed PEP is no sanctions hit, a sanctioned person no PEP hit; the sandbox names hit nothing.
    expect((await service.screen({ name: 'Penelope Fixture-Minister' })).hits).toEqual([]);
    expect(
      (await service.screenPep({ name: 'Vasily Petrovich Fixturov' })) as { hits: unknown[] },
    ).toMatchObject({
      hits: [],
    });
    expect((await service.screen({ name: 'Vasily Petrovich Fixturov' })).hits[0]?.entry_id).toBe(
      'NK-8vQ2mFixtR4kTs7Yd4Wb',
    );
    expect((await service.screen({ name: 'Sandy Sanctioned' })).hits).toEqual([]);
    // Given names left out of a PEP listed `SURNAME, Given …` still find it.
    const amina = await service.screenPep({ name: 'Amina Fixtura' });
    expect(amina.performed && amina.hits[0]?.entry_id).toBe('Q99000003');
    service.close();
  });

  it('uses the sandbox PEP list in tests, where the check is performed', async () => {
    const service = createScreeningService(loadConfig({ NODE_ENV: 'test' }), logger, () => new Date());
    const pep = await service.screenPep({ name: 'Penelope Politician' });
    expect(pep.performed && pep.hits[0]?.entry_id).toBe('PEP-0001');
    service.close();
  });
});
