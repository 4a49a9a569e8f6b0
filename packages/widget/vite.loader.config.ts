/** Builds `dist/widget.js`: the loader as one classic (IIFE) script, budget 3 KB gzip. */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: 'src/loader/script-tag.ts',
      formats: ['iife'],
      name: 'FinletLoader',
      fileName: () => 'widget.js',
    },
  },
});
