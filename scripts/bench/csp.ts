// npm run bench:csp [-- --duration 15 --connections 50] [--in-place]
// What a nonce would cost the cached pages. A nonce differs per request, so a page that carries one
// must be rendered for every request instead of being served from the ISR cache. This measures the
// seed reader page both ways on one production build: from the cache (its fixed policy, as shipped),
// and rendered per request (Next's draft-mode cookie bypasses the cache: the same render a nonce
// would force, without the nonce itself, whose cost is negligible). Runs a copy of the sources in
// tmp/quality-csp (or the working tree with --in-place) on a throwaway embedded database.
import {readFileSync, mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import type {Result} from 'autocannon';
import {parseArgs, snapshotProject, startApp} from '../quality/appServer';
import {measuredRun} from '../quality/autocannonRun';

const args = parseArgs(process.argv.slice(2));
const duration = Number(args.duration ?? 15);
const connections = Number(args.connections ?? 50);
const port = Number(args.port ?? 3290);
const seedPath = '/en/read/genpi-china-influence';

async function measure(
  name: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<{name: string; result: Result}> {
  const result = await measuredRun(url, {connections, duration, headers});
  console.error(
    `${name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  return {name, result};
}

const work = mkdtempSync(path.join(tmpdir(), 'selaras-bench-csp-'));
// --in-place runs the working tree's own build (SELARAS_DIST_DIR or .next), like npm start; by default a copy.
const cwd = args['in-place'] ? process.cwd() : snapshotProject('quality-csp');
const app = await startApp(port, {SELARAS_DATA_DIR: path.join(work, 'pglite'), DATABASE_URL: ''}, {cwd, quiet: true});
try {
  const url = app.url + seedPath;
  const cached = await fetch(url).then(() => fetch(url));
  if (cached.headers.get('x-nextjs-cache') !== 'HIT') throw new Error(`${seedPath} is not served from the cache`);
  const policy = cached.headers.get('content-security-policy') ?? '';
  // The scripts a hash-based policy would have to list: Next's bootstrap and this page's own data.
  const inline = (await cached.text()).match(/<script(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/g) ?? [];

  const {previewModeId} = (
    JSON.parse(
      readFileSync(path.join(cwd, process.env.SELARAS_DIST_DIR ?? '.next', 'prerender-manifest.json'), 'utf8'),
    ) as {preview: {previewModeId: string}}
  ).preview;
  const perRequest = {cookie: `__prerender_bypass=${previewModeId}`};
  const rendered = await fetch(url, {headers: perRequest});
  // Draft mode marks the answer private and no-store. (Next 16.4 still sends x-nextjs-cache: HIT with
  // it, yet each such request takes 5–20 times as long as a cached one: it is rendered.)
  if (!rendered.ok || !/private, no-cache, no-store/.test(rendered.headers.get('cache-control') ?? '')) {
    throw new Error(
      `the draft-mode request was not rendered per request: ${rendered.status} ${JSON.stringify(Object.fromEntries(rendered.headers))}`,
    );
  }

  const rows = [
    await measure('seed reader, ISR cache (fixed policy with unsafe-inline)', url),
    await measure('seed reader, rendered per request (what a nonce needs)', url, perRequest),
  ];
  console.log(
    `\nautocannon, ${connections} connections × ${duration} s each, ${new Date().toISOString()}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`policy served from the cache: ${policy}`);
  console.log(
    `inline scripts on the page: ${inline.length}, ${(inline.join('').length / 1024).toFixed(0)} KB, ${inline.filter((s) => s.includes('self.__next_f.push')).length} of them carrying the page's data\n`,
  );
  console.log('| target | requests/s | p50 | p99 | errors / non-2xx |');
  console.log('|---|---:|---:|---:|---:|');
  for (const {name, result} of rows)
    console.log(
      `| ${name} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.errors + result.timeouts} / ${result.non2xx} |`,
    );
  const [a, b] = rows.map((r) => r.result.requests.average);
  console.log(`\nrendering per request keeps ${((100 * b!) / a!).toFixed(0)} % of the cached throughput`);
} finally {
  await app.stop();
  rmSync(work, {recursive: true, force: true});
}
