/**
 * Vitest global setup for the `server:pglite` project: migrates one PGlite database and keeps its
 * data directory as an image (`dumpDataDir`) that every test's fresh database starts from
 * (`openTestDatabase`). Creating PGlite runs `initdb` in WebAssembly — 2.5 s on a quiet machine,
 * 3 to 7 s under the suite's load, for each of the hundred-odd databases the project opens — and
 * loading the image takes about 1 s. Each test still gets its own database; the image is rebuilt
 * from the migrations on every run, so it never lags behind them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import { migrationsFolder } from '../../src/db/client.ts';

export default async function setup(project: TestProject) {
  const client = await PGlite.create();
  await migrate(drizzle({ client }), { migrationsFolder });
  const image = await client.dumpDataDir('none');
  await client.close();
  const dir = mkdtempSync(path.join(tmpdir(), 'finlet-pglite-image-'));
  const file = path.join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await image.arrayBuffer()));
  project.provide('pgliteImage', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
