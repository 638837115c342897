// npm run bench:page-cache [-- --duration 15 --connections 50 --paragraphs 1000]
// What the shared page cache (server/platform/cacheHandler.mjs) costs readers: the seed article and a long
// text under autocannon, on one throwaway PostgreSQL database, first with Next's own in-process
// cache (SELARAS_PAGE_CACHE=process) and then with the PostgreSQL cache that instances share.
// bench:reader runs on the embedded database, where the app keeps Next's own cache.
import {mkdtempSync, rmSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {randomBytes} from 'node:crypto';
import pg from 'pg';
import {createPostgresCacheHandler} from '../../server/platform/cacheHandler.mjs';
import {createTestDatabase} from '../../tests/helpers/postgres';
import {parseArgs, snapshotProject, startApp} from '../quality/appServer';
import {measuredRun} from '../quality/autocannonRun';
import {writeLongText} from '../quality/longText';

const args = parseArgs(process.argv.slice(2));
const duration = Number(args.duration ?? 15);
const connections = Number(args.connections ?? 50);
const paragraphs = Number(args.paragraphs ?? 1000);
const port = Number(args.port ?? 3280);
const pages = {
  'seed article': '/en/read/genpi-china-influence',
  [`${paragraphs}-paragraph text`]: '/en/read/bench-long-text',
};

const work = mkdtempSync(path.join(tmpdir(), 'selaras-cache-bench-'));
const database = await createTestDatabase();
const rows: string[] = [];
try {
  const cwd = args['in-place'] ? process.cwd() : snapshotProject('quality-load');
  const env = {DATABASE_URL: database.url, BETTER_AUTH_SECRET: randomBytes(32).toString('base64url')};
  await writeLongText(path.join(work, 'content'), 'bench-long-text', paragraphs);
  // The first start migrates and imports content/; the long text is added beside it.
  for (const cache of ['process', 'postgres'] as const) {
    const app = await startApp(port, {...env, SELARAS_PAGE_CACHE: cache}, {cwd, quiet: true});
    try {
      if (cache === 'process') {
        const imported = spawnSync('npx', ['tsx', 'scripts/cli/import.ts', path.join(work, 'content')], {
          cwd,
          stdio: 'inherit',
          env: {...process.env, ...env},
        });
        if (imported.status !== 0) throw new Error('importing the long text failed');
      }
      for (const [name, pagePath] of Object.entries(pages)) {
        const url = app.url + pagePath;
        // Rendered and stored by the first requests, served from the cache after that.
        for (let i = 0; i < 5; i++) await fetch(url).then((r) => r.arrayBuffer());
        const cached = (await fetch(url)).headers.get('x-nextjs-cache');
        const result = await measuredRun(url, {connections, duration});
        const load = loadavg()
          .map((l) => l.toFixed(2))
          .join(' ');
        rows.push(
          `| ${name} | ${cache === 'process' ? "Next's in-process cache" : 'PostgreSQL cache (shared)'} | ${cached} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.errors + result.timeouts} / ${result.non2xx} | ${load} |`,
        );
        console.error(rows.at(-1));
      }
    } finally {
      await app.stop();
    }
  }
  // The handler's own cost per request, without HTTP: a read of a page this process holds in memory.
  const handlerReads = await timeHandlerReads(database.url, 2_000);
  console.log(`\nautocannon, ${connections} connections × ${duration} s, one instance on PostgreSQL\n`);
  console.log(
    '| page | cache | x-nextjs-cache | requests/s | p50 | p99 | errors / non-2xx | load average (1, 5, 15 min) |',
  );
  console.log('|---|---|---|---:|---:|---:|---:|---|');
  for (const row of rows) console.log(row);
  console.log(
    `\ncache handler get() of a page held in memory, ${handlerReads.count} reads one after the other: p50 ${handlerReads.p50.toFixed(2)} ms, p99 ${handlerReads.p99.toFixed(2)} ms (load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
} finally {
  await database.drop().catch((error: unknown) => console.error('dropping the benchmark database failed:', error));
  rmSync(work, {recursive: true, force: true});
}

async function timeHandlerReads(url: string, count: number): Promise<{count: number; p50: number; p99: number}> {
  const client = new pg.Client({connectionString: url});
  await client.connect();
  const {
    rows: [seed],
  } = await client.query<{key: string}>(
    `SELECT key FROM "NextCacheEntry" WHERE key LIKE '%/$/en/read/genpi-china-influence'`,
  );
  await client.end();
  if (!seed) throw new Error('the seed page is not in the PostgreSQL cache');
  const Handler = createPostgresCacheHandler({connectionString: url});
  const context = {kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false};
  try {
    const times: number[] = [];
    for (let i = 0; i < count + 50; i++) {
      const started = performance.now();
      const entry = await new Handler().get(seed.key, context);
      if (!entry) throw new Error('the seed page vanished from the cache');
      if (i >= 50) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return {count, p50: times[Math.floor(count / 2)]!, p99: times[Math.floor(count * 0.99)]!};
  } finally {
    await Handler.close();
  }
}
