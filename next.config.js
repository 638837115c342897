import {fileURLToPath} from 'node:url';
import {PHASE_PRODUCTION_SERVER} from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
import {cachedPagePolicy, cachedPolicySource} from './server/platform/contentSecurityPolicy.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const securityHeaders = [
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
  // Only for `npm run quality:weight`, which attributes the browser's JavaScript to packages through them.
  productionBrowserSourceMaps: process.env.SELARAS_BROWSER_SOURCE_MAPS === '1',
  // Types are checked by `npm test` (npm run typecheck) over the whole project, tests included;
  // the build does not repeat it.
  typescript: {ignoreBuildErrors: true},
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files beside its code.
  // The Content-Security-Policy of the cached pages (library, reader) is fixed here; every other page
  // gets one with a per-request nonce from proxy.ts (server/platform/contentSecurityPolicy.mjs explains why).
  headers: async () => [
    {source: '/:path*', headers: securityHeaders},
    {source: cachedPolicySource, headers: [{key: 'Content-Security-Policy', value: cachedPagePolicy}]},
  ],
  // The import form takes two 30 MB book files, pasted texts and a TMX file: server/platform/bodyLimits.mjs
  // gives every other page 10 MB, and serve.mjs and proxy.ts answer 413 above those limits, because
  // Next itself answers an over-long action body with a 500. The proxy (proxy.ts) sees a copy of each
  // body that Next cuts at proxyClientMaxBodySize (10 MB unless set): the action then reads a truncated
  // form and fails with a 500, so the copy's limit is the largest of ours too.
  experimental: {serverActions: {bodySizeLimit: '72mb'}, proxyClientMaxBodySize: '72mb'},
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    'pg-boss',
    'nodemailer',
    // WordNet's word lists (3 MB) are read once by Node rather than copied into server chunks.
    'wink-lemmatizer',
  ],
};

// On PostgreSQL, the page cache lives in the database (server/platform/cacheHandler.mjs): instances behind
// one load balancer then share it, and an editor's change reaches readers on every instance. The
// embedded PGlite database belongs to one process, so there Next's own cache (memory and the dist
// folder) is already the only one, and it stays. `next build` keeps Next's own too: the database
// is not migrated yet when start.ts builds.
// SELARAS_PAGE_CACHE=process keeps Next's own cache on PostgreSQL too: right for a single
// instance only, and what `npm run bench:page-cache` compares against.
function pageCache(phase) {
  if (phase !== PHASE_PRODUCTION_SERVER || !process.env.DATABASE_URL || process.env.SELARAS_PAGE_CACHE === 'process')
    return {};
  return {
    cacheHandler: fileURLToPath(new URL('./server/platform/cacheHandler.mjs', import.meta.url)),
    cacheMaxMemorySize: 0,
  };
}

export default function config(phase) {
  return withNextIntl({...nextConfig, ...pageCache(phase)});
}
