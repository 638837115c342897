import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked by `npm test` (npm run typecheck) over the whole project, tests included;
  // the build does not repeat it.
  typescript: {ignoreBuildErrors: true},
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files beside its code.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/adapter-pg', 'pg'],
};

export default withNextIntl(nextConfig);
