// npm run bench:reader [-- --duration 30 --connections 50 --paragraphs 1000]
// Reader throughput and latency under load, beside two ceilings of the same size: a prerendered page
// of a minimal Next.js app (Next's own static path) and the same bytes from a bare node:http server.
// Runs the production build (built if needed, from a copy of the sources in tmp/quality-app unless
// --in-place) on a throwaway embedded database with content/ and a generated long text, warms the ISR
// cache, then measures each target with autocannon in turn.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import type {Result} from 'autocannon';
import {parseArgs, snapshotProject, startApp, type AppServer} from '../quality/appServer';
import {measuredRun} from '../quality/autocannonRun';
import {writeLongText} from '../quality/longText';
import {cpuMilliseconds, listeningPid} from '../quality/serverCpu';
import {startBareNode, startStaticNext, visibleMarkup, type Ceiling} from '../quality/staticCeilings';

const args = parseArgs(process.argv.slice(2));
const duration = Number(args.duration ?? 30);
const connections = Number(args.connections ?? 50);
const paragraphs = Number(args.paragraphs ?? 1000);
const port = Number(args.port ?? 3270);
const seedPath = '/en/read/genpi-china-influence';
const longSlug = 'bench-long-text';
const longPath = `/en/read/${longSlug}`;

interface Row {
  name: string;
  bytes: number;
  result: Result;
  cpuPerRequest?: number;
}

async function measure(name: string, url: string): Promise<Row> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const bytes = (await response.arrayBuffer()).byteLength;
  // Server CPU time per request, counted from after the warm-up: what other work on the machine
  // moves least (requests/s move most).
  const pid = listeningPid(Number(new URL(url).port));
  let cpuBefore = 0;
  const result = await measuredRun(url, {connections, duration}, () => (cpuBefore = pid ? cpuMilliseconds(pid) : 0));
  const cpuPerRequest =
    pid && result.requests.total ? (cpuMilliseconds(pid) - cpuBefore) / result.requests.total : undefined;
  console.error(
    `${name} (${bytes} bytes): ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, server CPU ${cpuPerRequest?.toFixed(2) ?? '?'} ms/request, load average ${loadAverage()}`,
  );
  return {name, bytes, result, cpuPerRequest};
}

async function warm(app: AppServer, pagePath: string): Promise<string> {
  // The first request renders the page and stores it; later ones are served from the ISR cache.
  for (let i = 0; i < 20; i++) {
    const response = await fetch(app.url + pagePath);
    const html = await response.text();
    if (!response.ok) throw new Error(`${pagePath} answered ${response.status}`);
    if (response.headers.get('x-nextjs-cache') === 'HIT') return html;
  }
  throw new Error(`${pagePath} is not served from the cache (x-nextjs-cache never HIT)`);
}

const work = mkdtempSync(path.join(tmpdir(), 'selaras-bench-'));
const env = {SELARAS_DATA_DIR: path.join(work, 'pglite'), DATABASE_URL: ''};
const stops: (() => Promise<void>)[] = [];
const rows: Row[] = [];
try {
  const contentDir = path.join(work, 'content');
  await writeLongText(contentDir, longSlug, paragraphs);
  // --in-place runs the working tree's own build (.next/), like npm start; by default a copy.
  const cwd = args['in-place'] ? process.cwd() : snapshotProject();
  const imported = spawnSync('npx', ['tsx', 'scripts/cli/import.ts', contentDir], {
    cwd,
    stdio: 'inherit',
    env: {...process.env, ...env},
  });
  if (imported.status !== 0) throw new Error('importing the long text failed');

  const app = await startApp(port, env, {cwd});
  stops.push(app.stop);
  const pages = {seed: await warm(app, seedPath), long: await warm(app, longPath)};
  rows.push(await measure('reader: seed article', app.url + seedPath));
  rows.push(await measure(`reader: ${paragraphs}-paragraph text`, app.url + longPath));
  await app.stop();

  const files = Object.fromEntries(
    Object.entries(pages).map(([name, html]) => {
      const file = path.join(work, `${name}.html`);
      writeFileSync(file, html);
      return [name, file];
    }),
  );
  // The ceiling pages show the reader's visible markup and are made as large as the reader's response.
  const sizes = {seed: Buffer.byteLength(pages.seed), long: Buffer.byteLength(pages.long)};
  const next: Ceiling = await startStaticNext(
    {
      seed: {markup: visibleMarkup(pages.seed), bytes: sizes.seed},
      long: {markup: visibleMarkup(pages.long), bytes: sizes.long},
    },
    port + 1,
  );
  stops.push(next.stop);
  rows.push(await measure('prerendered Next page, seed size', `${next.url}/seed`));
  rows.push(await measure('prerendered Next page, long size', `${next.url}/long`));
  await next.stop();

  const bare = await startBareNode(files, port + 2);
  stops.push(bare.stop);
  rows.push(await measure('bare node:http, seed bytes', `${bare.url}/seed`));
  rows.push(await measure('bare node:http, long bytes', `${bare.url}/long`));
  await bare.stop();

  report(rows);
} finally {
  for (const stop of stops) await stop().catch((error: unknown) => console.error(error));
  rmSync(work, {recursive: true, force: true});
}

/** Other work on the machine skews every figure: the load average is printed beside them. */
function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

function report(rows: Row[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `\nautocannon, ${connections} connections × ${duration} s each, ${new Date().toISOString().slice(0, 10)}, load average ${loadAverage()} (1, 5, 15 min) at the end\n`,
  );
  console.log('| target | page size | requests/s | p50 | p99 | server CPU per request | errors / non-2xx |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const {name, bytes, result, cpuPerRequest} of rows) {
    console.log(
      `| ${name} | ${kb(bytes)} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${cpuPerRequest?.toFixed(2) ?? '?'} ms | ${result.errors + result.timeouts} / ${result.non2xx} |`,
    );
  }
  const rps = (name: string) => rows.find((r) => r.name.startsWith(name))!.result.requests.average;
  const ratio = (a: number, b: number) => `${((100 * a) / b).toFixed(0)} %`;
  const seed = rps('reader: seed');
  const long = rps(`reader: ${paragraphs}`);
  console.log(
    `\nseed reader / prerendered Next page: ${ratio(seed, rps('prerendered Next page, seed'))} (target ≥ 80 %)`,
  );
  console.log(`long reader / prerendered Next page: ${ratio(long, rps('prerendered Next page, long'))}`);
  console.log(
    `prerendered Next / bare node:http: ${ratio(rps('prerendered Next page, seed'), rps('bare node:http, seed'))} (seed), ${ratio(rps('prerendered Next page, long'), rps('bare node:http, long'))} (long)`,
  );
  const cpu = (name: string) => rows.find((r) => r.name.startsWith(name))!.cpuPerRequest;
  const seedCpu = cpu('reader: seed');
  const ceilingCpu = cpu('prerendered Next page, seed');
  if (seedCpu && ceilingCpu)
    console.log(
      `server CPU per request, seed reader / prerendered Next page: ${seedCpu.toFixed(2)} / ${ceilingCpu.toFixed(2)} ms (${ratio(ceilingCpu, seedCpu)} of the ceiling's throughput on CPU alone)`,
    );
  const seedP99 = rows[0]!.result.latency.p99;
  console.log(`seed reader p99: ${seedP99} ms (target < 100 ms)`);
}
