// Applies prisma/migrations with Prisma's own schema engine compiled to WebAssembly, through a driver
// adapter, so no native engine is downloaded. It writes the same `_prisma_migrations` table as
// `prisma migrate deploy`.
import {readFile, readdir} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as engineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import type {MigrationList, SchemaEngine} from '@prisma/schema-engine-wasm/schema_engine_bg';

const projectRoot = path.resolve(import.meta.dirname, '../..');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
const noFilters = {externalTables: [], externalEnums: []};

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bytes = await readFile(path.join(packageDir, 'schema_engine_bg.wasm'));
    const {instance} = await WebAssembly.instantiate(bytes, {'./schema_engine_bg.js': engineModule});
    engineModule.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

export async function readMigrationList(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, {withFileTypes: true}).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      // The folder name, not an absolute path: `_prisma_migrations` records what is given here.
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8')
          .then((value) => ({tag: 'ok' as const, value}))
          .catch((error: Error) => ({tag: 'error' as const, value: error.message})),
      },
    })),
  );
  const lockPath = 'migration_lock.toml';
  const lockContent = await readFile(path.join(migrationsDir, lockPath), 'utf8').catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: {path: lockPath, content: lockContent},
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

interface OpenEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

async function openEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<OpenEngine> {
  await loadWasm();
  const schema = await readFile(schemaPath, 'utf8');
  // The engine holds PostgreSQL's migration advisory lock on its connection and does not release the
  // connection when freed: track what it opens and dispose of it, or the next run waits for the lock.
  const opened: {dispose(): Promise<void>}[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await engineModule.SchemaEngine.new(
    {datamodels: [['schema.prisma', schema]]},
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}

/** Applies every migration the database lacks; returns the names it applied. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const {engine, close} = await openEngine(factory);
  try {
    const result = await engine.applyMigrations({migrationsList: await readMigrationList(), filters: noFilters});
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** The SQL that takes a database migrated by prisma/migrations to prisma/schema.prisma ('' when none). */
export async function diffSchemaFromMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const {engine, close} = await openEngine(factory);
  try {
    const schema = await readFile(schemaPath, 'utf8');
    const result = await engine.diff({
      from: {tag: 'migrations', ...(await readMigrationList())},
      to: {tag: 'schemaDatamodel', files: [{path: schemaPath, content: schema}]},
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  } finally {
    await close();
  }
}
