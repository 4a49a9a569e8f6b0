import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, generatedTypes, serverDocument } from '../scripts/document.ts';

describe('the generated types', () => {
  it('match what the server documents now (run `pnpm --filter @finlet/node generate` when this fails)', async () => {
    const fresh = await generatedTypes(await serverDocument());
    expect(readFileSync(GENERATED_FILE, 'utf8') === fresh, 'src/generated/openapi.ts is stale').toBe(true);
  }, 120_000); // builds the whole app (migrations on PGlite) and runs openapi-typescript
});
