/**
 * The React page's script: React ships no browser ES module, so the demo bundles its React app
 * (src/react, with `@finlet/widget` imported as a partner's bundler would) with esbuild once, on
 * the first request, and serves the result from memory. A production build: React's development
 * checks (and StrictMode's second effect run) stay out.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'react/main.tsx');

let bundle: Promise<Uint8Array> | undefined;

export function reactBundle(): Promise<Uint8Array> {
  bundle ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.contents);
  // A failed build is tried again on the next request.
  bundle.catch(() => {
    bundle = undefined;
  });
  return bundle;
}
