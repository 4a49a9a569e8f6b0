/**
 * `pnpm build` for the server: copies Scalar's standalone browser bundle (what `/docs` serves) into
 * `dist/docs/scalar.js`, so the production install needs no Scalar package — its dependency tree
 * (compilers, bundlers, icon sets) was most of the production image.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bundle = path.join(
  path.dirname(fileURLToPath(import.meta.resolve('@scalar/api-reference'))),
  'browser/standalone.js',
);
const out = path.join(import.meta.dirname, '../dist/docs/scalar.js');
mkdirSync(path.dirname(out), { recursive: true });
copyFileSync(bundle, out);
console.log(`Scalar bundle → ${path.relative(process.cwd(), out)}`);
