/**
 * Redocly lint over the document the server serves: zero errors with Redocly's recommended rules
 * (valid OpenAPI 3.1, resolvable refs, unique operationIds, declared security schemes, path
 * parameters declared, …). An independent checker of what clients generate code from.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { createTestContext } from '../support/harness.ts';

const t = await createTestContext();
const dir = await mkdtemp(join(tmpdir(), 'finlet-openapi-'));
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

it('lints with zero errors', { timeout: 120_000 }, async () => {
  const file = join(dir, 'openapi.json');
  await writeFile(file, await (await t.api('GET', '/v1/openapi.json', { key: null })).text());
  const redocly = join(import.meta.dirname, '../../node_modules/.bin/redocly');
  const run = await promisify(execFile)(redocly, ['lint', file, '--format=json', '--extends=recommended'], {
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((err: { stdout: string }) => err);
  const report = JSON.parse(run.stdout) as {
    problems: { severity: string; ruleId: string; message: string; location: { pointer: string }[] }[];
  };
  const errors = report.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
  expect(errors).toEqual([]);
});
