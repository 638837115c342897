import {expect, test} from 'vitest';
import {addressBucket, isSecureRequest, parseTrustedProxies, resolveClientAddress} from './clientAddress.mjs';

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies('10.0.0.0/8, 192.0.2.7, loopback');

test('with no trusted proxy, the peer is the client whatever X-Forwarded-For says', () => {
  expect(resolveClientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
  expect(resolveClientAddress('::ffff:203.0.113.9', undefined, none)).toBe('203.0.113.9');
  expect(resolveClientAddress(undefined, '198.51.100.1', none)).toBe('unknown');
});

test('behind trusted proxies, the right-most address that is not a proxy is the client', () => {
  expect(resolveClientAddress('10.1.2.3', '198.51.100.1', proxies)).toBe('198.51.100.1');
  // The client wrote the left part itself: it proves nothing.
  expect(resolveClientAddress('10.1.2.3', '1.1.1.1, 198.51.100.1, 192.0.2.7', proxies)).toBe('198.51.100.1');
  expect(resolveClientAddress('127.0.0.1', 'not an address', proxies)).toBe('127.0.0.1');
  // A peer that is not listed cannot speak for anyone else.
  expect(resolveClientAddress('203.0.113.9', '198.51.100.1', proxies)).toBe('203.0.113.9');
  // A header of any length costs a bounded amount of work.
  expect(resolveClientAddress('10.0.0.1', `${'9.9.9.9, '.repeat(10_000)}198.51.100.1`, proxies)).toBe('198.51.100.1');
});

test('X-Forwarded-Proto counts only from a trusted proxy', () => {
  expect(isSecureRequest('10.0.0.1', false, 'https', proxies)).toBe(true);
  expect(isSecureRequest('203.0.113.9', false, 'https', proxies)).toBe(false);
  expect(isSecureRequest('203.0.113.9', true, undefined, none)).toBe(true);
});

test('a typo in the list of proxies is an error, not a silent "trust nobody"', () => {
  expect(() => parseTrustedProxies('10.0.0.0/8, proxy.internal')).toThrow(/not an IP address/);
  expect(() => parseTrustedProxies('10.0.0.0/40')).toThrow(/prefix length/);
});

test('IPv6 clients are counted by their /64', () => {
  expect(addressBucket('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
  expect(addressBucket('2001:db8:1:2::7')).toBe('2001:db8:1:2::/64');
  expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
  expect(addressBucket('203.0.113.9')).toBe('203.0.113.9');
});
