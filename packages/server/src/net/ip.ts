/**
 * IP address literals as numbers, for prefix tests (the webhook URL policy's special-purpose
 * ranges, the per-address rate limit's IPv6 /64). Inputs are addresses node:net's `isIP` accepts.
 */

/** A dotted-quad IPv4 address as its 32 bits. */
export function ipv4Bits(address: string): bigint {
  return address.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

/** An IPv6 address (`::` compression, a trailing dotted quad, a zone id) as its 128 bits. */
export function ipv6Bits(address: string): bigint {
  let text = address.split('%')[0]!; // a zone id (fe80::1%eth0) names an interface, not bits
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4Bits(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((n, g) => (n << 16n) | BigInt(Number.parseInt(g, 16)), 0n);
}
