/**
 * Builds the partner dashboard served at `F/dashboard/`: `dist/index.html` (no inline script or
 * style: the dashboard's CSP forbids them) and content-hashed chunks in `dist/assets/`, one lazy
 * chunk per page. The manifest lets the budget test measure the first screen.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('src', import.meta.url)),
  base: '/dashboard/',
  build: {
    outDir: fileURLToPath(new URL('dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } },
  },
});
