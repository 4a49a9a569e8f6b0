/**
 * Makes sure `dist/` holds a build of the current sources: builds when dist is missing or older
 * than any source file, so the tests work on a clean clone and never measure a stale build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const widgetDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = path.join(widgetDir, 'dist');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const outputs = [path.join(distDir, 'widget.js'), path.join(distDir, 'flow/.vite/manifest.json')];
  const builtAt = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  const sources = Math.max(
    newestSource(path.join(widgetDir, 'src')),
    newestSource(path.dirname(fileURLToPath(import.meta.resolve('@finlet/shared')))),
  );
  if (builtAt > sources) return;
  const vite = path.join(widgetDir, 'node_modules/.bin/vite');
  for (const config of ['vite.loader.config.ts', 'vite.flow.config.ts']) {
    execFileSync(vite, ['build', '-c', config, '--logLevel', 'warn'], {
      cwd: widgetDir,
      stdio: 'inherit',
      // vitest sets NODE_ENV=test, which would make Vite pick Lit's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}
