import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Addresses a webhook may never reach: the host itself, private networks, cloud metadata, multicast… */
const INTERNAL = new BlockList();
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
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(net, bits, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

export interface UrlPolicy {
  /** http:// and loopback addresses allowed (WEBHOOK_ALLOW_LOOPBACK: tests and development) */
  allowLoopback: boolean;
}

/** An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is judged as the IPv4 address it carries. */
function unmapped(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/** Why a resolved address may not be reached, or null when it may. */
export function refusedAddress(address: string, policy: UrlPolicy): string | null {
  const a = unmapped(address);
  if (policy.allowLoopback && LOOPBACK.check(a.address, a.family)) return null;
  return INTERNAL.check(a.address, a.family) ? `${address} is a loopback, private or reserved address` : null;
}

/** Why a webhook URL is refused (scheme, credentials, internal address), or null. Names are resolved when sending. */
export function refusedUrl(raw: string, policy: UrlPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.username || url.password) return 'must not carry credentials';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const loopbackName = host === 'localhost' || host.endsWith('.localhost');
  const local = loopbackName || (isIP(host) > 0 && LOOPBACK.check(unmapped(host).address, unmapped(host).family));
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowLoopback && local))
    return policy.allowLoopback
      ? 'must start with https:// (http:// only for a loopback address)'
      : 'must start with https://';
  if (loopbackName) return policy.allowLoopback ? null : 'must not name the server itself';
  if (isIP(host)) return refusedAddress(host, policy);
  return null;
}

/**
 * A DNS lookup for the HTTP client that refuses internal addresses: the check happens on the
 * address actually connected to, so a name re-pointed after its endpoint was saved gains nothing.
 */
export function guardedLookup(policy: UrlPolicy) {
  return (
    hostname: string,
    options: object,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const refused = list.map((a) => refusedAddress(a.address, policy)).find(Boolean);
      if (refused || list.length === 0)
        return callback(Object.assign(new Error(refused ?? `${hostname} has no address`), { code: 'EREFUSED' }), []);
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
