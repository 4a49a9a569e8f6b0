/**
 * Builds the flow app served at `F/flow/`: `dist/flow/index.html` (no inline script or style, for
 * the strict CSP) and content-hashed chunks in `dist/flow/assets/`, one lazy chunk per step.
 * The manifest lets the budget test measure the first screen. Message catalogues are compiled to
 * ICU ASTs at build time (vite.icu-catalogues.ts), so the ICU parser stays out of the bundle.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { icuCatalogues, noIcuParser } from './vite.icu-catalogues.ts';

export default defineConfig({
  root: fileURLToPath(new URL('src/flow', import.meta.url)),
  base: '/flow/',
  plugins: [icuCatalogues()],
  resolve: { alias: [noIcuParser] },
  build: {
    outDir: fileURLToPath(new URL('dist/flow', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Building a zod schema has no effect outside it: unused schemas in @finlet/shared modules the
      // flow imports (money.ts) are dropped instead of pulling zod into the first screen.
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
});
