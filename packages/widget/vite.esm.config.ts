/**
 * Builds `dist/esm/index.js`: the loader API (`open`, `defineFinletWidget`, the event classes) as
 * one ES module for bundler users — `import { open } from '@finlet/widget'`. Nothing runs at import
 * (package.json `sideEffects: false`), so unused exports shake out and SSR imports are safe. Its
 * types come from `rollup.types.config.mjs` (`dist/esm/index.d.ts`).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/esm',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: { entry: 'src/loader/index.ts', formats: ['es'], fileName: () => 'index.js' },
  },
});
