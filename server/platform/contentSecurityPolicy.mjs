// The Content-Security-Policy of every page. JavaScript because both next.config.js (plain Node,
// for the cached pages) and proxy.ts (per request, for every other page) use it.

// Everything but scripts: one list for both kinds of page. Styles keep 'unsafe-inline' because React
// writes style attributes (the lookup popover's position, the review chart's bars); a style cannot run code.
const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

// `next dev` evaluates modules with eval() for fast refresh; a production build never does.
const devEval = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';

/**
 * The library (/en, /id) and the reader (/en/read/SLUG) are rendered once and served from the ISR
 * cache to everyone, so the same bytes reach every visitor and cannot carry a per-request nonce.
 * Hashes cannot replace it either: Next writes the page's React payload into inline scripts
 * (self.__next_f.push) whose content differs per text, per locale and per build, and the header is
 * decided before the page is rendered. These pages therefore keep 'unsafe-inline' for scripts, which
 * only matters if markup can be injected into them — imported texts are stored and rendered as text
 * (tests/e2e/security.test.ts) — and scripts from any other origin stay forbidden.
 */
export const cachedPagePolicy = [...common, `script-src 'self' 'unsafe-inline'${devEval}`].join('; ');

/** Every other page is rendered per request: only Next's scripts, which carry this request's nonce, run. */
export function noncePolicy(nonce) {
  // 'strict-dynamic' lets those scripts load the page's chunks; 'self' is only for browsers without CSP 3.
  return [...common, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`].join('; ');
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

// The locales of i18n/routing.ts (a test keeps them equal).
export const policyLocales = ['en', 'id'];
const prefix = `(?:${policyLocales.join('|')})/`;

// A locale-prefixed path other than the library and the reader, without a dot: proxy.ts does not run
// for paths with a dot (its matcher leaves out files), so those keep the fixed policy.
const nonceRest = `${prefix}(?!read/)[^.]*$`;

/** True for a page that gets a nonce from proxy.ts. */
export function usesNonce(pathname) {
  return new RegExp(`^/${nonceRest}`).test(pathname);
}

/** The next.config.js `headers` source of the fixed policy: every path usesNonce() refuses. */
export const cachedPolicySource = `/:path((?!${nonceRest}).*)`;
