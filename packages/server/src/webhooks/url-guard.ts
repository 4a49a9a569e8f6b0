/**
 * SSRF guard for webhook URLs. In production (config.allowPrivateWebhooks false) a partner must not
 * be able to make Finlet POST to its own network: loopback, private, link-local (cloud metadata),
 * CGNAT and unspecified addresses are refused, both when the endpoint is created (literal address
 * or what the name resolves to now) and again before every delivery (the name may have changed).
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { Config } from '../env.ts';
import { ApiError } from '../errors.ts';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, bits, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  return blocked.check(address, 'ipv6');
}

/** Why `url` may not receive webhooks under this configuration, or null when it may. */
export async function webhookUrlProblem(url: string, config: Pick<Config, 'allowPrivateWebhooks'>) {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'must use http or https';
  if (config.allowPrivateWebhooks) return null;
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return 'must not point at a loopback host';
  if (isIP(host)) return isPrivateAddress(host) ? 'must not point at a private or loopback address' : null;
  try {
    const addresses = await lookup(host, { all: true, verbatim: true });
    if (addresses.some((a) => isPrivateAddress(a.address)))
      return 'resolves to a private or loopback address';
  } catch {
    // An unresolvable name is allowed at creation (DNS may come later); deliveries re-check.
  }
  return null;
}

export async function assertWebhookUrl(url: string, config: Pick<Config, 'allowPrivateWebhooks'>) {
  const problem = await webhookUrlProblem(url, config);
  if (problem) throw new ApiError('invalid_request', `url ${problem}.`, 'url');
}
