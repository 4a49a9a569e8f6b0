/**
 * The client's address, for limits per address (failed authentication). It is the TCP peer — or,
 * behind FINLET_TRUST_PROXY proxies, the address the outermost trusted proxy saw, read from the
 * right of X-Forwarded-For, so a client cannot pick it by sending the header itself. IPv4-mapped
 * IPv6 counts as the IPv4 address; IPv6 clients are grouped by /64, the block one subscriber holds.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { Context } from 'hono';
import { ipv6Bits } from '../net/ip.ts';

type NodeBindings = { incoming?: IncomingMessage; server?: { incoming?: IncomingMessage } } | undefined;

function normalise(address: string): string {
  const family = isIP(address);
  if (family !== 6) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  return `${(ipv6Bits(address) >> 64n).toString(16).padStart(16, '0')}::/64`;
}

export function clientAddress(c: Context, trustedProxies: number): string {
  const env = c.env as NodeBindings;
  let address = (env?.server?.incoming ?? env?.incoming)?.socket?.remoteAddress ?? 'unknown';
  if (trustedProxies > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter((h) => isIP(h) !== 0);
    // Each trusted proxy appended the address that connected to it; the client is the one before.
    address = hops[hops.length - trustedProxies] ?? hops[0] ?? address;
  }
  return normalise(address);
}
