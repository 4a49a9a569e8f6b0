/**
 * Cleanup for the bench: every server, cluster, child process and temp dir a section opens is
 * registered in a scope and released when the section ends, fails or the run is interrupted, so a
 * failed bench leaves nothing running and the process exits by itself.
 */

type Release = () => unknown;

export class Scope {
  readonly #releases: Release[] = [];

  /** Registers a release; releases run in reverse order of registration. */
  defer(release: Release): void {
    this.#releases.push(release);
  }

  async close(): Promise<void> {
    while (this.#releases.length > 0) {
      const release = this.#releases.pop()!;
      try {
        await release();
      } catch (err) {
        console.error('bench cleanup failed:', err);
      }
    }
  }
}

const open = new Set<Scope>();

/** Runs `body` with a scope that is closed afterwards, whatever happens. */
export async function withScope<T>(body: (scope: Scope) => Promise<T>): Promise<T> {
  const scope = new Scope();
  open.add(scope);
  try {
    return await body(scope);
  } finally {
    await scope.close();
    open.delete(scope);
  }
}

/**
 * The entry point of a bench script: runs `main`, closes every open scope (also on Ctrl-C) and
 * exits with 0 or 1 — no timer or socket left behind can keep the process alive.
 */
export function runBench(main: () => Promise<void>): void {
  let interrupted = false;
  const interrupt = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: cleaning up`);
    void Promise.all([...open].map((s) => s.close())).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  // A crash (e.g. an unhandled 'error' event) must still stop the clusters and servers.
  const crash = (err: unknown) => {
    console.error('bench crashed:', err);
    void Promise.all([...open].map((s) => s.close())).finally(() => process.exit(1));
  };
  process.once('uncaughtException', crash);
  process.once('unhandledRejection', crash);
  main()
    .then(
      () => 0,
      (err: unknown) => {
        console.error('bench failed:', err);
        return 1;
      },
    )
    .then(async (code) => {
      await Promise.all([...open].map((s) => s.close()));
      process.exit(code);
    });
}
