// Generates the Prisma client. `prisma generate` downloads no engine when PRISMA_SCHEMA_ENGINE_BINARY
// names an existing executable, which it does not run: Node itself serves.
import {spawnSync} from 'node:child_process';

const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
