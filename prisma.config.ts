import {defineConfig} from 'prisma/config';

// Only `prisma generate` uses this file: migrations run through scripts/cli/migrate.ts, which needs no
// native engine, and the app connects through a driver adapter (server/platform/db.ts).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {path: 'prisma/migrations'},
});
