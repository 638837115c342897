// Which address a request comes from, for per-address limits. A client can write any
// X-Forwarded-For it likes, so the header counts only when the connection comes from a proxy the
// operator listed in SELARAS_TRUSTED_PROXIES; otherwise the address is the socket's peer.
// JavaScript because scripts/cli/serve.mjs (plain Node, in front of Next) imports it.
import {BlockList, isIP} from 'node:net';

/** The header scripts/cli/serve.mjs sets on every request (replacing any the client sent). */
export const clientAddressHeader = 'x-selaras-client-ip';

// A forwarded chain longer than this is not a real proxy chain; the rest is ignored.
const maxForwardedHops = 16;

/** Parses "10.0.0.1, 10.1.0.0/16, ::1, loopback" into a list; throws on anything else, so a typo stops the start. */
export function parseTrustedProxies(value) {
  const list = new BlockList();
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address, prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`SELARAS_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else {
      const bits = Number(prefix);
      if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128))
        throw new Error(`SELARAS_TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(address, bits, type);
    }
  }
  return {list, size: entries.length};
}

/** "::ffff:10.0.0.1" is 10.0.0.1: the form Node gives IPv4 peers on a dual-stack socket. */
export function normalizeAddress(address) {
  const plain = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  return mapped ? mapped[1] : plain.toLowerCase();
}

/** Whether `address` is one of the listed proxies. */
export function isTrustedProxy(trusted, address) {
  if (trusted.size === 0) return false;
  const family = isIP(address);
  return family !== 0 && trusted.list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: the peer, unless the peer is a trusted proxy; then the right-most address in
 * X-Forwarded-For that is not itself a trusted proxy (each proxy appends the address it saw, so
 * everything left of the first untrusted hop was written by the client and proves nothing).
 */
export function resolveClientAddress(peer, forwardedFor, trusted) {
  const from = normalizeAddress(peer ?? '');
  if (!from || !isTrustedProxy(trusted, from) || !forwardedFor) return from || 'unknown';
  const hops = forwardedFor.split(',').slice(-maxForwardedHops).map(normalizeAddress);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (isIP(hops[i]) === 0) return from;
    if (!isTrustedProxy(trusted, hops[i])) return hops[i];
  }
  return hops[0] ?? from;
}

/** Whether the visitor's connection is HTTPS: the socket's own, or a trusted proxy's X-Forwarded-Proto. */
export function isSecureRequest(peer, encrypted, forwardedProto, trusted) {
  if (encrypted) return true;
  if (!forwardedProto || !isTrustedProxy(trusted, normalizeAddress(peer ?? ''))) return false;
  return forwardedProto.split(',')[0].trim().toLowerCase() === 'https';
}

/** What limits count by: the address, or for IPv6 its /64, since one host is routinely given a whole /64. */
export function addressBucket(address) {
  if (isIP(address) !== 6) return address;
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
