/**
 * Size budgets: the loader a partner page downloads (`widget.js`) stays within 3 KB gzip, and the
 * flow's first screen (entry chunk, its static imports and its CSS, per Vite's manifest) within
 * 35 KB gzip. Lazy step chunks do not count: they load after the first screen.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, ensureBuilt } from './build-once.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function firstScreenFiles(manifest: Record<string, ManifestChunk>): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('the flow manifest has no entry');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...files];
}

describe('size budgets', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('keeps the loader script within 3 KB gzip', () => {
    const size = gzipSize(path.join(distDir, 'widget.js'));
    console.info(`widget.js: ${size} bytes gzip`);
    expect(size).toBeLessThanOrEqual(3072);
  });

  it("keeps the flow's first screen (entry JS, static imports, CSS) within 35 KB gzip", () => {
    const flowDir = path.join(distDir, 'flow');
    const manifest = JSON.parse(readFileSync(path.join(flowDir, '.vite/manifest.json'), 'utf8'));
    const files = firstScreenFiles(manifest);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    const size = files.reduce((sum, f) => sum + gzipSize(path.join(flowDir, f)), 0);
    console.info(`flow first screen: ${size} bytes gzip (${files.join(', ')})`);
    expect(size).toBeLessThanOrEqual(35 * 1024);
  });

  it('serves the flow page with no inline script or style (strict CSP)', () => {
    const page = readFileSync(path.join(distDir, 'flow/index.html'), 'utf8');
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|\sstyle=/);
    expect(page).toMatch(/<script type="module" crossorigin src="\/flow\/assets\/index-[\w-]+\.js">/);
  });

  it('splits the flow steps into lazily loaded chunks', () => {
    const manifest: Record<string, ManifestChunk> = JSON.parse(
      readFileSync(path.join(distDir, 'flow/.vite/manifest.json'), 'utf8'),
    );
    // Every flow's steps and the done step are chunks of their own, none of them in the first screen.
    const lazy = Object.entries(manifest).filter(([key]) =>
      /steps\/(identity|link|payment|done)[\w-]*\//.test(key),
    );
    expect(lazy.map(([key]) => key.match(/steps\/(identity|link|payment|done)/)![1])).toEqual(
      expect.arrayContaining(['payment', 'done']),
    );
    const firstScreen = firstScreenFiles(manifest);
    for (const [, chunk] of lazy) expect(firstScreen).not.toContain(chunk.file);
  });
});
