/**
 * SIGINT and SIGTERM start one graceful stop. A terminal's Ctrl-C reaches every process of the
 * foreground group and pnpm passes it on to its script again, so the same Ctrl-C can arrive twice;
 * with `process.once` the second found no listener and Node's default killed the process half-way
 * through its stop (exit 130). The listeners stay installed: later signals are ignored while the
 * stop runs.
 */
export function onStopSignal(stop: (signal: NodeJS.Signals) => unknown): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stop(signal);
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
