/** Writes `src/generated/openapi.ts` from the server's current OpenAPI document. */
import { writeFile } from 'node:fs/promises';
import { GENERATED_FILE, generatedTypes, serverDocument } from './document.ts';

await writeFile(GENERATED_FILE, await generatedTypes(await serverDocument()));
console.log(`wrote ${GENERATED_FILE.pathname}`);
