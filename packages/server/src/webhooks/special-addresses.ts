/**
 * Which IP addresses a webhook may reach: every entry of the IANA IPv4 and IPv6 Special-Purpose
 * Address Registries (RFC 6890 and its updates), plus multicast and the IPv6 space outside global
 * unicast (2000::/3), is special. Loopback and private networks are `private` — a developer's
 * receiver, allowed where FINLET_ALLOW_PRIVATE_WEBHOOKS is — and the rest (link-local with the
 * cloud metadata service, "this network", documentation, benchmarking, reserved, multicast…) is
 * `special`: never a receiver, in any configuration. IPv6 spellings of an IPv4 address (IPv4-mapped
 * `::ffff:0:0/96`, NAT64 `64:ff9b::/96`) are judged by the IPv4 address they carry; the deprecated
 * IPv4-compatible `::/96`, 6to4 and Teredo are refused outright.
 */
import { isIP } from 'node:net';
import { ipv4Bits, ipv6Bits } from '../net/ip.ts';

export type AddressUse = 'public' | 'private' | 'special';

type Range = readonly [network: string, bits: number];

const IPV4_PRIVATE: Range[] = [
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT, also overlay networks)
  ['127.0.0.0', 8], // loopback
  ['172.16.0.0', 12], // RFC 1918
  ['192.168.0.0', 16], // RFC 1918
];

const IPV4_SPECIAL: Range[] = [
  ['0.0.0.0', 8], // "this network" (0.0.0.0 reaches the local host)
  ['169.254.0.0', 16], // link-local, with the cloud metadata service at 169.254.169.254
  ['192.0.0.0', 24], // IETF protocol assignments (DS-Lite, PCP/TURN anycast, NAT64 discovery)
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.31.196.0', 24], // AS112-v4
  ['192.52.193.0', 24], // AMT
  ['192.88.99.0', 24], // deprecated 6to4 relay anycast
  ['192.175.48.0', 24], // direct delegation AS112 service
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 limited broadcast
];

const IPV6_PRIVATE: Range[] = [
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
];

/** Special ranges inside global unicast 2000::/3 (everything outside it is special anyway). */
const IPV6_SPECIAL: Range[] = [
  ['2001::', 23], // IETF protocol assignments: Teredo, benchmarking, AMT, AS112, ORCHID, DET
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 (carries an IPv4 address)
  ['2620:4f:8000::', 48], // direct delegation AS112 service
  ['3fff::', 20], // documentation
];

/** IPv6 prefixes whose last 32 bits are an IPv4 address, judged as that address. */
const IPV4_IN_IPV6: Range[] = [
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96], // NAT64 well-known prefix (DNS64 networks map every IPv4 host here)
];

function matcher(ranges: Range[], width: 32 | 128, toBits: (a: string) => bigint) {
  const all = 2n ** BigInt(width) - 1n;
  const compiled = ranges.map(([network, bits]) => {
    const mask = all ^ (2n ** BigInt(width - bits) - 1n);
    return { mask, network: toBits(network) & mask };
  });
  return (value: bigint) => compiled.some((r) => (value & r.mask) === r.network);
}

const inIpv4Private = matcher(IPV4_PRIVATE, 32, ipv4Bits);
const inIpv4Special = matcher(IPV4_SPECIAL, 32, ipv4Bits);
const inIpv6Private = matcher(IPV6_PRIVATE, 128, ipv6Bits);
const inIpv6Special = matcher(IPV6_SPECIAL, 128, ipv6Bits);
const carriesIpv4 = matcher(IPV4_IN_IPV6, 128, ipv6Bits);
const inGlobalUnicast = matcher([['2000::', 3]], 128, ipv6Bits);

function ipv4Use(bits: bigint): AddressUse {
  if (inIpv4Special(bits)) return 'special';
  return inIpv4Private(bits) ? 'private' : 'public';
}

/** How a webhook may use `address` (an IPv4 or IPv6 literal without brackets); not an IP → special. */
export function addressUse(address: string): AddressUse {
  const family = isIP(address);
  if (family === 4) return ipv4Use(ipv4Bits(address));
  if (family !== 6) return 'special';
  const bits = ipv6Bits(address);
  if (carriesIpv4(bits)) return ipv4Use(bits & 0xffff_ffffn);
  if (inIpv6Private(bits)) return 'private';
  if (!inGlobalUnicast(bits) || inIpv6Special(bits)) return 'special';
  return 'public';
}
