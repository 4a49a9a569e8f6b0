/**
 * A port for a child process (PostgreSQL, `pnpm start`) to listen on later. Not `listen(0)`: the
 * kernel hands those out from its ephemeral range, the same range every outgoing connection and
 * every other test's `listen(0)` draws from, so a port found free and released could be taken again
 * before the child binds it (and a restarted cluster's port while it is down). These come from below
 * that range, where only an explicit bind lands, and are checked free by binding them first.
 */
import { readFileSync } from 'node:fs';
import net from 'node:net';

const LOW = 20_000;

function ephemeralStart(): number {
  try {
    const [start] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    const n = Number(start);
    return Number.isInteger(n) && n > LOW + 1000 ? n : 32_768;
  } catch {
    return 32_768;
  }
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  const high = ephemeralStart();
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOW + Math.floor(Math.random() * (high - LOW));
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port between ${LOW} and ${high}`);
}
