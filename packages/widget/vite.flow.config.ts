/**
 * Builds the flow app served at `F/flow/`: `dist/flow/index.html` (no inline script or style, for
 * the strict CSP) and content-hashed chunks in `dist/flow/assets/`, one lazy chunk per step.
 * The manifest lets the budget test measure the first screen.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('src/flow', import.meta.url)),
  base: '/flow/',
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
