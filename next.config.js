import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Reader pages are cached HTML shared by everyone, so they cannot carry a per-request nonce; Next's
// inline bootstrap scripts therefore need 'unsafe-inline'. Imported texts are escaped text, never
// markup, and no script source other than our own origin is allowed.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  {key: 'Content-Security-Policy', value: contentSecurityPolicy},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {key: 'X-Frame-Options', value: 'DENY'},
  {key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()'},
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Test runs build into a folder of their own so that they never disturb a running `npm start`.
  distDir: process.env.SELARAS_DIST_DIR || '.next',
  poweredByHeader: false,
  // Types are checked by `npm test` (npm run typecheck) over the whole project, tests included;
  // the build does not repeat it.
  typescript: {ignoreBuildErrors: true},
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files beside its code.
  headers: async () => [{source: '/:path*', headers: securityHeaders}],
  // The import form takes two pasted texts and up to three 2 MB files; proxy.ts answers 413 above
  // this limit, because Next itself answers an over-long action body with a 500.
  experimental: {serverActions: {bodySizeLimit: '10mb'}},
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/adapter-pg', 'pg', 'pg-boss'],
};

export default withNextIntl(nextConfig);
