/**
 * A configured port that another program already holds is a configuration problem, not a crash:
 * `PortInUseError` says in one line which variable moves the port, and the entry points print that
 * line and exit 78 (EX_CONFIG) instead of an `EADDRINUSE` stack.
 */
export const EX_CONFIG = 78;

export class PortInUseError extends Error {
  constructor(
    readonly variable: string,
    readonly port: number,
  ) {
    super(`Port ${port} is already in use: stop the program using it or set ${variable} to a free port.`);
  }
}

/** Node's listen error for a busy address; `port` is the port it tried. */
export function isAddressInUse(e: unknown): e is NodeJS.ErrnoException & { port?: number } {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}
