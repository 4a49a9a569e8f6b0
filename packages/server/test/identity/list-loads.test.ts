/**
 * Every node's sanctions list loads are stored in the database (issue 17), so any node — and the
 * operator's `finlet lists` — can tell which version each node screens against and why a load
 * failed: a node records its own rows after every load attempt, good or not, and never touches
 * another node's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/env.ts';
import { goneAfterMs, readListLoads, recordListLoads } from '../../src/identity/list-loads.ts';
import { createScreeningService, type ScreeningService } from '../../src/identity/screening-service.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { runHousekeeping } from '../../src/server.ts';
import { createTestContext, type TestContext } from '../support/harness.ts';
import { productionProviders } from '../support/production-env.ts';

let ctx: TestContext;
let dir: string;
const SDN_ROW = `9001,"OTHERPERSON, Alpha","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 01 Jan 1950."\r\n`;

beforeAll(async () => {
  ctx = await createTestContext({ FINLET_NODE_NAME: 'node-a' });
  dir = await mkdtemp(path.join(tmpdir(), 'finlet-list-loads-'));
});
afterAll(async () => {
  ctx.deps.screening.close();
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

/** A second production node on the same database, screening against an OFAC file in `dir`. */
function otherNode(): ScreeningService {
  const config = loadConfig({
    NODE_ENV: 'production',
    ...productionProviders,
    FINLET_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    FINLET_SANCTIONS_OFAC_SDN: path.join(dir, 'sdn.csv'),
    FINLET_SANCTIONS_REFRESH_HOURS: '0',
    FINLET_NODE_NAME: 'node-b',
  });
  const service = createScreeningService(config, createLogger('silent'), () => ctx.clock.now());
  service.onLoad((loads) => recordListLoads(ctx.deps.database.db, config.nodeName, loads));
  return service;
}

const loadsOf = async (node: string) =>
  (await readListLoads(ctx.deps.database.db)).filter((l) => l.node === node);

describe('sanctions list loads in the database', () => {
  it('records the lists a node loads at its first screening, under its node name', async () => {
    expect(await loadsOf('node-a')).toEqual([]);
    const res = await ctx.api('POST', '/v1/screenings', { body: { name: 'Jane Ordinary' } });
    expect(res.status).toBe(200);
    const [sandbox] = (await res.json()).lists;

    expect(await loadsOf('node-a')).toEqual([
      {
        node: 'node-a',
        source: 'sandbox',
        list: sandbox.name,
        version: sandbox.version,
        entries: expect.any(Number),
        loaded_at: ctx.clock.now().toISOString(),
        attempted_at: ctx.clock.now().toISOString(),
        error: null,
        state: 'loaded',
      },
    ]);
    expect((await loadsOf('node-a'))[0]!.entries).toBeGreaterThan(0);
  });

  it('records a failed load with its error and no version; a later good load clears it', async () => {
    const node = otherNode();
    await expect(node.versions()).rejects.toMatchObject({ code: 'screening_unavailable' });
    const [failed] = await loadsOf('node-b');
    expect(failed).toMatchObject({ source: 'ofac_sdn', state: 'missing', version: null, loaded_at: null });
    expect(failed!.error).toContain('sdn.csv');

    await writeFile(path.join(dir, 'sdn.csv'), SDN_ROW);
    await writeFile(path.join(dir, 'alt.csv'), '');
    await writeFile(path.join(dir, 'add.csv'), '');
    ctx.clock.advance(60_000);
    await node.refresh();
    const [loaded] = await loadsOf('node-b');
    expect(loaded).toMatchObject({ source: 'ofac_sdn', state: 'loaded', entries: 1, error: null });
    expect(loaded!.version).toBe((await node.versions()).ofac_sdn);
    expect(loaded!.loaded_at).toBe(ctx.clock.now().toISOString());
    node.close();
  });

  it('keeps the version a node still screens against when a refresh fails, and says why', async () => {
    const node = otherNode();
    const version = (await node.versions()).ofac_sdn;
    const loadedAt = ctx.clock.now().toISOString();
    await rm(path.join(dir, 'sdn.csv'));
    ctx.clock.advance(3_600_000);
    await node.refresh();

    const [row] = await loadsOf('node-b');
    expect(row).toMatchObject({
      state: 'failed',
      version,
      loaded_at: loadedAt,
      attempted_at: ctx.clock.now().toISOString(),
    });
    expect(row!.error).toContain('sdn.csv');
    // Each node writes only its own rows: node A's load is as it was.
    expect(await loadsOf('node-a')).toEqual([
      expect.objectContaining({ source: 'sandbox', state: 'loaded' }),
    ]);
    node.close();
  });
});

describe('the loads of nodes that are gone', () => {
  it('are removed by housekeeping once not tried for a week; a node still refreshing stays', async () => {
    const db = ctx.deps.database.db;
    const at = (daysAgo: number) => new Date(ctx.clock.now().getTime() - daysAgo * 86_400_000);
    await recordListLoads(db, 'retired-host:8080', [{ source: 'ofac_sdn', attemptedAt: at(8) }]);
    await recordListLoads(db, 'quiet-host:8080', [{ source: 'ofac_sdn', attemptedAt: at(6) }]);

    await runHousekeeping(ctx.deps);
    const nodes = (await readListLoads(db)).map((l) => l.node);
    expect(nodes).not.toContain('retired-host:8080');
    expect(nodes).toContain('quiet-host:8080');
    expect(nodes).toContain('node-a');
  });

  it('wait three refresh intervals when those are longer than a week', () => {
    expect(goneAfterMs(24)).toBe(7 * 86_400_000);
    expect(goneAfterMs(720)).toBe(90 * 86_400_000);
  });
});
