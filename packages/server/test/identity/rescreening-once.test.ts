/**
 * Re-screening is judged against what each customer was screened with, stored with the
 * verification — not against list versions a process holds in memory (issue 17): a node that
 * restarts with a list that changed while it was down still re-screens; several nodes re-screening
 * after the same change flag each customer once; a customer re-screened clean is not screened again
 * until the next change.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/env.ts';
import { rescreenChanged } from '../../src/identity/outcome.ts';
import { createScreeningService } from '../../src/identity/screening-service.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createIdentityWorld, type IdentityWorld, sdnRow } from './support.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'finlet-lists-'));
const sdn = path.join(dir, 'sdn.csv');
writeFileSync(sdn, sdnRow(9001, 'OTHERPERSON, Alpha', '01 Jan 1950'));
writeFileSync(path.join(dir, 'alt.csv'), '');
writeFileSync(path.join(dir, 'add.csv'), '');
const env = { FINLET_SANCTIONS_OFAC_SDN: sdn, FINLET_SANCTIONS_REFRESH_HOURS: '0' };

let w: IdentityWorld;
beforeAll(async () => {
  w = await createIdentityWorld(env);
});
afterAll(() => w.close());

/** What a freshly started process builds: a screening service that has loaded nothing yet. */
function restart() {
  w.deps.screening.close();
  const config = loadConfig({
    NODE_ENV: 'test',
    FINLET_DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
    ...env,
  });
  w.deps.screening = createScreeningService(config, createLogger('silent'), () => w.clock.now());
}

const status = async (id: string) =>
  (await (await w.api('GET', `/v1/identity_verifications/${id}`)).json()).status;

describe('re-screening after a list change', () => {
  it('happens after a restart that missed the change, once however many nodes run it', async () => {
    const grace = await w.verify((await w.newSession('cus_grace2')).token, {
      first_name: 'Grace',
      last_name: 'Brewster',
      dob: '1956-12-09',
    });
    const ada = await w.verify((await w.newSession('cus_ada2')).token, {
      first_name: 'Ada',
      last_name: 'Lovelace',
      dob: '1985-12-10',
    });
    expect((await w.settled(grace)).status).toBe('approved');
    expect((await w.settled(ada)).status).toBe('approved');

    // The list changes while the process is down; the new process never saw the old version.
    writeFileSync(
      sdn,
      sdnRow(9001, 'OTHERPERSON, Alpha', '01 Jan 1950') + sdnRow(9002, 'BREWSTER, Grace', '09 Dec 1956'),
    );
    restart();
    // Two nodes start the same sweep at once: each customer is screened and flagged once.
    const [a, b] = await Promise.all([rescreenChanged(w.deps), rescreenChanged(w.deps)]);
    expect(a.flagged + b.flagged).toBe(1);
    expect(await status(grace)).toBe('review');
    expect(await status(ada)).toBe('approved');
    const events = await (await w.api('GET', '/v1/events?type=identity.review_required&limit=100')).json();
    expect(
      events.data.filter((e: { data: { object: { id: string } } }) => e.data.object.id === grace),
    ).toHaveLength(1);

    // Ada was re-screened clean against the new version: nothing is screened again until it changes.
    restart();
    expect(await rescreenChanged(w.deps)).toEqual({ screened: 0, flagged: 0 });
  });
});
