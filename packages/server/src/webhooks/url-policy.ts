/**
 * The one policy for webhook URLs, applied wherever an endpoint is created (the API, partner
 * creation, `finlet partners create --webhook-url`) and again before every delivery. https only —
 * plain http too where private webhooks are allowed (development) — and never an address that is
 * not a receiver: loopback and private networks only where FINLET_ALLOW_PRIVATE_WEBHOOKS allows
 * them (the default outside production), the rest of the special-purpose registries never
 * (special-addresses.ts). The URL parser has already turned hex, octal and short IPv4 spellings into
 * dotted quads; trailing dots are dropped here. A name is judged by what it resolves to: at creation
 * (an unresolvable name is allowed, DNS may come later) and by the senders at connect time, which
 * check the very address they connect to.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Config } from '../env.ts';
import { ApiError } from '../errors.ts';
import { type AddressUse, addressUse } from './special-addresses.ts';

export type WebhookUrlPolicy = Pick<Config, 'allowPrivateWebhooks'>;

/** How long creation waits for DNS: a resolver that hangs must not hold the request. */
const CREATION_LOOKUP_MS = 2_000;

function useProblem(use: AddressUse, policy: WebhookUrlPolicy): string | null {
  if (use === 'special') return 'a special-purpose address (link-local, reserved, documentation, …)';
  if (use === 'private' && !policy.allowPrivateWebhooks) return 'a loopback or private address';
  return null;
}

/** Why a webhook may not connect to `address`, or null when it may (the senders' check). */
export function addressProblem(address: string, policy: WebhookUrlPolicy): string | null {
  const problem = useProblem(addressUse(address), policy);
  return problem && `resolves to ${problem} (${address})`;
}

/** The host as the policy judges it: no brackets, no trailing dots, lower case. */
export const hostOf = (u: URL) =>
  u.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();

/**
 * Why `url` may not receive webhooks, judged on the URL alone (scheme, host, a literal address),
 * or null. The dispatcher asks this before every attempt; creation adds the DNS check below.
 */
export function webhookUrlShapeProblem(url: string, policy: WebhookUrlPolicy): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a URL';
  }
  const http = u.protocol === 'http:' && policy.allowPrivateWebhooks;
  if (u.protocol !== 'https:' && !http) {
    return `must use ${policy.allowPrivateWebhooks ? 'http or https' : 'https'} (not ${u.protocol})`;
  }
  const host = hostOf(u);
  if (!host) return 'has no host';
  const use = isIP(host)
    ? addressUse(host)
    : host === 'localhost' || host.endsWith('.localhost')
      ? 'private'
      : null;
  const problem = use && useProblem(use, policy);
  return problem && `must not point at ${problem}`;
}

/** Why `url` may not receive webhooks (its shape, then what its name resolves to now), or null. */
export async function webhookUrlProblem(url: string, policy: WebhookUrlPolicy): Promise<string | null> {
  const shape = webhookUrlShapeProblem(url, policy);
  if (shape) return shape;
  const host = hostOf(new URL(url));
  if (isIP(host)) return null;
  let timer: NodeJS.Timeout | undefined;
  try {
    const answer = await Promise.race([
      lookup(host, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('DNS timeout')), CREATION_LOOKUP_MS);
      }),
    ]);
    for (const { address } of answer) {
      const problem = addressProblem(address, policy);
      if (problem) return problem;
    }
  } catch {
    // An unresolvable name is allowed at creation (DNS may come later); deliveries check again.
  } finally {
    clearTimeout(timer);
  }
  return null;
}

export async function assertWebhookUrl(url: string, policy: WebhookUrlPolicy) {
  const problem = await webhookUrlProblem(url, policy);
  if (problem) throw new ApiError('invalid_request', `url ${problem}.`, 'url');
}
