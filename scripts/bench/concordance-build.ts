// npm run bench:concordance:build [-- --texts 1000] [--chapters 50] [--postgres]
// The concordance's first build over a big library, as the server's background job runs it: a
// 10,000-row book (50 chapters of 200 rows, three sentences a paragraph) and 1,000 short texts,
// published, nothing indexed yet. Prints the build's time, and how long the process's event loop was
// held at most and at p99 meanwhile (a page request waits at least that long in a server that runs the
// job itself, as on the embedded database), and how long a small query waited for the connection.
// The embedded database is on disk in this process; --postgres uses a throwaway database.
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {monitorEventLoopDelay} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import {refreshConcordance} from '../../server/concordance/refresh';
import {applyMigrations} from '../../server/platform/migrate';
import {openDatabase} from '../../server/platform/openDatabase';
import {storeBook} from '../../tests/helpers/book';
import {storeManyTexts} from '../../tests/helpers/library';
import {createTestDatabase} from '../../tests/helpers/postgres';

const {values} = parseArgs({
  options: {
    texts: {type: 'string', default: '1000'},
    chapters: {type: 'string', default: '50'},
    postgres: {type: 'boolean', default: false},
  },
});

const dir = values.postgres ? undefined : mkdtempSync(path.join(os.tmpdir(), 'bench-concordance-'));
const created = values.postgres ? await createTestDatabase() : undefined;
const db = openDatabase(created ? {DATABASE_URL: created.url} : {SELARAS_DATA_DIR: dir});
try {
  await applyMigrations(db.adapter);
  await storeBook(db.prisma, {slug: 'bench-book', chapters: Number(values.chapters), perChapter: 200});
  await storeManyTexts(db.prisma, Number(values.texts));
  // A reader's small query every 50 ms while the build runs: how long it waits for its answer.
  const waits: number[] = [];
  let building = true;
  const probe = (async () => {
    while (building) {
      const asked = performance.now();
      await db.prisma.text.findFirst({where: {slug: 'library-0001'}, select: {id: true}});
      waits.push(performance.now() - asked);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const loop = monitorEventLoopDelay({resolution: 10});
  loop.enable();
  const began = performance.now();
  const outcome = await refreshConcordance(db.prisma);
  const ms = performance.now() - began;
  building = false;
  loop.disable();
  await probe;
  waits.sort((a, b) => a - b);
  const at = (q: number) => Math.round(waits[Math.min(waits.length - 1, Math.floor(q * waits.length))] ?? 0);
  console.log(
    JSON.stringify({
      database: db.kind,
      ...outcome,
      buildMs: Math.round(ms),
      eventLoopHeldMs: {max: Math.round(loop.max / 1e6), p99: Math.round(loop.percentile(99) / 1e6)},
      smallQueryMs: {n: waits.length, p50: at(0.5), p99: at(0.99), max: Math.round(waits.at(-1) ?? 0)},
      loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
    }),
  );
} finally {
  await db.close();
  await created?.drop();
  if (dir) rmSync(dir, {recursive: true, force: true});
}
// The WebAssembly schema engine leaves a timer behind for a while: don't wait for it.
process.exit(0);
