/**
 * Bundles the loader API's declarations into one self-contained `dist/esm/index.d.ts` for the ESM
 * build: the types it uses from the private `@finlet/shared` (exit statuses, event names) are
 * inlined, so a consumer needs nothing but this package.
 */
import { dts } from 'rollup-plugin-dts';

export default {
  input: 'src/loader/index.ts',
  output: { file: 'dist/esm/index.d.ts', format: 'es' },
  // Bundle @finlet/shared's declarations; anything else stays an import.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@finlet/shared'),
  plugins: [dts({ respectExternal: true, tsconfig: 'tsconfig.json' })],
};
