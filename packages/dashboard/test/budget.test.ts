/**
 * Size budget of the dashboard: its first screen (entry chunk, its static imports and CSS, per
 * Vite's manifest) stays within 30 KB gzip, every page and every language but English is a lazy
 * chunk of its own outside it, and the page has no inline script or style (the dashboard's CSP
 * forbids them). Builds first when `dist/` is missing or older than the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const manifestFile = path.join(dist, '.vite/manifest.json');

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

const newest = (dir: string): number =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs,
    ),
  );

function firstScreen(manifest: Record<string, Chunk>): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const c = manifest[key];
    if (!c || files.has(c.file)) return;
    files.add(c.file);
    for (const css of c.css ?? []) files.add(css);
    for (const i of c.imports ?? []) visit(i);
  };
  visit(Object.keys(manifest).find((k) => manifest[k]?.isEntry)!);
  return [...files];
}

describe('dashboard bundle', () => {
  beforeAll(() => {
    if (existsSync(manifestFile) && statSync(manifestFile).mtimeMs > newest(path.join(root, 'src'))) return;
    execFileSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }, 120_000);

  it('keeps the first screen within 30 KB gzip', () => {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const files = firstScreen(manifest);
    const size = files.reduce(
      (sum, f) => sum + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length,
      0,
    );
    console.info(`dashboard first screen: ${size} bytes gzip (${files.join(', ')})`);
    expect(size).toBeLessThanOrEqual(30 * 1024);
  });

  it('loads every page lazily, outside the first screen', () => {
    const manifest: Record<string, Chunk> = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const pages = Object.entries(manifest).filter(([k]) => k.startsWith('pages/'));
    expect(pages.map(([k]) => k).sort()).toEqual(
      [
        'account',
        'audit',
        'developers',
        'events',
        'home',
        'identity',
        'links',
        'partners',
        'payments',
        'sessions',
        'settings',
        'sign-in',
        'team',
      ].map((p) => `pages/${p}.ts`),
    );
    const first = firstScreen(manifest);
    for (const [, c] of pages) expect(first).not.toContain(c.file);
  });

  it('loads every language but English lazily, outside the first screen', () => {
    const manifest: Record<string, Chunk> = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const catalogues = Object.entries(manifest).filter(([k]) => /^i18n\/[a-z]{2}\.ts$/.test(k));
    expect(catalogues.map(([k]) => k.slice(5, 7)).sort()).toEqual(
      ['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pl', 'pt', 'tr'].sort(),
    );
    const first = firstScreen(manifest);
    for (const [, c] of catalogues) expect(first).not.toContain(c.file);
  });

  it('serves a page with no inline script or style', () => {
    const page = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|\sstyle=/);
    expect(page).toMatch(/<script type="module" crossorigin src="\/dashboard\/assets\/index-[\w-]+\.js">/);
  });
});
