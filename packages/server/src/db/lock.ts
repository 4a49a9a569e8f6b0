/**
 * PGlite is one process's database: two processes opening the same data directory would corrupt
 * it. The server and the CLI take this lock file first and fail with a clear message when another
 * live process holds it (with PostgreSQL, no lock is needed).
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function lockDataDir(dataDir: string, who: string): () => void {
  const file = path.join(dataDir, 'pgdata.lock');
  for (let i = 0; i < 2; i++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, who }));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder: { pid: number; who: string } | null = null;
      try {
        holder = JSON.parse(readFileSync(file, 'utf8'));
      } catch {}
      if (holder && holder.pid !== process.pid && alive(holder.pid)) {
        throw new DataDirLockedError(
          `The embedded database in ${dataDir} is in use by ${holder.who} (pid ${holder.pid}). ` +
            'Stop it first, or point both at PostgreSQL with DATABASE_URL.',
        );
      }
      rmSync(file, { force: true }); // stale lock from a process that died
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}.`);
}
