/**
 * Reads the files of a Vite build Finlet serves itself (the widget, the dashboard), kept in memory
 * after the first read — except in development, where a rebuild shows at once. A missing file is a
 * 404 that says how to build it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../env.ts';
import { ApiError } from '../errors.ts';

export function builtFiles(dist: string, what: string, config: Pick<Config, 'NODE_ENV'>) {
  const cache = new Map<string, Buffer>();
  return async function file(rel: string): Promise<Buffer> {
    const hit = cache.get(rel);
    if (hit && config.NODE_ENV !== 'development') return hit;
    try {
      const buf = await readFile(path.join(dist, rel));
      cache.set(rel, buf);
      return buf;
    } catch {
      throw new ApiError('route_not_found', `Not found: ${rel} (is the ${what} built? run pnpm build)`);
    }
  };
}
