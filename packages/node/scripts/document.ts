/**
 * The server's OpenAPI document and the SDK's types generated from it, without a running server:
 * the real app is built in this process (on an in-memory PGlite) and asked for
 * `/v1/openapi.json`, so the types follow whatever the server documents, however it builds it.
 */
import { randomBytes } from 'node:crypto';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../../server/src/app.ts';
import { buildDeps } from '../../server/src/bootstrap.ts';
import { openDatabase } from '../../server/src/db/client.ts';
import { loadConfig } from '../../server/src/env.ts';
import { createLogger } from '../../server/src/observability/logger.ts';

export const GENERATED_FILE = new URL('../src/generated/openapi.ts', import.meta.url);

export async function serverDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://localhost:8080',
    FINLET_DATA_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'error',
  });
  const database = await openDatabase({});
  try {
    const deps = await buildDeps(config, { database, logger: createLogger('error', { write() {} }) });
    const res = await createApp(deps).request('/v1/openapi.json');
    if (!res.ok) throw new Error(`/v1/openapi.json answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    await database.close();
  }
}

const HEADER = `/**
 * Generated from Finlet's OpenAPI document by \`pnpm --filter @finlet/node generate\`: do not edit.
 * A test fails when this file no longer matches what the server documents.
 */
`;

/** The TypeScript source of `src/generated/openapi.ts` for a document. */
export async function generatedTypes(document: Record<string, unknown>): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript takes its own OpenAPI3 type
  const ast = await openapiTS(document as any, { alphabetize: true });
  return HEADER + astToString(ast);
}
