/**
 * Vitest global setup for the `server:postgres` project: uses DATABASE_URL when set, otherwise
 * starts a throwaway cluster and removes it after. Without PostgreSQL binaries the project is
 * skipped — unless FINLET_REQUIRE_POSTGRES=1 (set by CI), which fails the run instead.
 */
import type { TestProject } from 'vitest/node';
import { findPgBin, startCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return;
  }
  if (!findPgBin()) {
    if (process.env.FINLET_REQUIRE_POSTGRES === '1') {
      throw new Error('FINLET_REQUIRE_POSTGRES=1 but no PostgreSQL server binaries were found.');
    }
    project.provide('postgresUrl', null);
    return;
  }
  const cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
