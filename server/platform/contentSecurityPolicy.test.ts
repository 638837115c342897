import {expect, test} from 'vitest';
import {routing} from '../../i18n/routing';
import {
  cachedPagePolicy,
  cachedPolicySource,
  createNonce,
  noncePolicy,
  policyLocales,
  usesNonce,
} from './contentSecurityPolicy.mjs';

const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '));

test('the policy knows every locale of the app', () => {
  expect([...policyLocales].sort()).toEqual([...routing.locales].sort());
});

test('only the library, the reader and paths with a dot (which proxy.ts never sees) go without a nonce', () => {
  for (const locale of routing.locales) {
    for (const path of [`/${locale}`, `/${locale}/read/genpi-china-influence`])
      expect(usesNonce(path), path).toBe(false);
    for (const path of [
      `/${locale}/editor`,
      `/${locale}/editor/x/history`,
      `/${locale}/admin`,
      `/${locale}/sign-in`,
      `/${locale}/search`,
      `/${locale}/vocabulary`,
      `/${locale}/review`,
      `/${locale}/read`,
      `/${locale}/no-such-page`,
    ]) {
      expect(usesNonce(path), path).toBe(true);
    }
    expect(usesNonce(`/${locale}/editor/some.text`)).toBe(false);
  }
});

test('the next.config.js source matches exactly the paths without a nonce', () => {
  // Next compiles `/:path(RE)` to ^/(RE)$ over the whole path.
  const pattern = new RegExp(`^/(${/^\/:path\((.*)\)$/.exec(cachedPolicySource)![1]})$`);
  for (const path of [
    '/',
    '/en',
    '/id/read/x',
    '/api/texts',
    '/en/editor',
    '/id/admin',
    '/en/read',
    '/en/sign-in',
    '/en/editor/a.b',
    '/favicon.ico',
  ]) {
    expect(pattern.test(path), path).toBe(!usesNonce(path));
  }
});

test('pages with a nonce allow no inline script without it; cached pages allow scripts from this origin only', () => {
  const nonce = createNonce();
  expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  expect(createNonce()).not.toBe(nonce);
  expect(scriptSrc(noncePolicy(nonce))).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(scriptSrc(cachedPagePolicy)).toBe("script-src 'self' 'unsafe-inline'");
  for (const policy of [cachedPagePolicy, noncePolicy(nonce)]) {
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  }
});
