// What the load script checks after the run: the servers' logs are JSON lines, every acknowledged
// write is in the database, edits crossed instances in time, and the readers' p99 held under abuse.
import type pg from 'pg';
import {lemmaOf} from '../../server/learning/vocabulary';
import type {AbuseRun} from './abuse';
import type {AppServer} from './appServer';
import type {Stats} from './loadStats';
import {freshnessBoundMs, type Freshness, type Writes} from './loadVisitors';

/** Prints each server's log lines that are not JSON and its most frequent errors; the count of non-JSON lines. */
export function checkServerLogs(servers: AppServer[]): number {
  let plainLines = 0;
  for (const [i, server] of servers.entries()) {
    const output = server.output();
    // Every line printed since the server started serving is one JSON object (the build before is not a log).
    const serving = output.indexOf('"msg":"starting the server"');
    const lines = output
      .slice(serving)
      .split('\n')
      .slice(1)
      .filter((line) => line.trim());
    const plain = lines.filter((line) => {
      try {
        return typeof JSON.parse(line) !== 'object';
      } catch {
        return true;
      }
    });
    plainLines += plain.length;
    console.log(
      `instance ${i + 1}: ${lines.length} log lines, ${plain.length} not JSON${plain.length ? `, e.g. ${JSON.stringify(plain[0]!.slice(0, 160))}` : ''}`,
    );
    const messages = new Map<string, number>();
    for (const line of lines.filter((l) => l.includes('"level":"error"'))) {
      const msg = String((JSON.parse(line) as {msg?: unknown}).msg).slice(0, 100);
      messages.set(msg, (messages.get(msg) ?? 0) + 1);
    }
    for (const [msg, n] of [...messages].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`  ${n} × error: ${msg}`);
  }
  return plainLines;
}

/** Acknowledged writes missing from the database (a later write whose answer was lost may have replaced one). */
export async function countLostWrites(pool: pg.Pool, writes: Writes): Promise<number> {
  let lost = 0;
  for (const [key, {body}] of writes.acknowledgedEdits) {
    const [slug, lang, position] = key.split(' ');
    const row = await pool.query<{body: string}>(
      `SELECT p.body FROM "Paragraph" p
       JOIN "TextVersion" v ON v.id = p."versionId"
       JOIN "Text" t ON t.id = v."textId"
       WHERE t.slug = $1 AND v.lang = $2 AND p.position = $3`,
      [slug, lang, Number(position)],
    );
    const stored = row.rows[0]?.body;
    if (stored !== body && !(writes.attemptedEdits.get(key) ?? []).includes(stored ?? '')) {
      lost++;
      console.error(`LOST EDIT ${key}: acknowledged "${body}", stored "${stored}"`);
    }
  }
  for (const entry of writes.savedWords) {
    const [userId, word] = entry.split(' ') as [string, string];
    // Saved once per lemma: "bertemu" after "pertemuan" is the same item (lemma "temu"), filed under the first form.
    const row = await pool.query(`SELECT 1 FROM "VocabularyItem" WHERE "userId" = $1 AND lang = 'id' AND lemma = $2`, [
      userId,
      lemmaOf(word, 'id').lemma,
    ]);
    if (row.rowCount === 0) {
      lost++;
      console.error(`LOST WORD ${entry}`);
    }
  }
  return lost;
}

/** Prints how fast edits through one instance reached readers of the other; true when one was late or none ran. */
export function freshnessFailed(freshness: Freshness[]): boolean {
  const lags = freshness.map((f) => f.lagMs).sort((a, b) => a - b);
  const late = freshness.filter((f) => !f.seen || f.lagMs > freshnessBoundMs).length;
  console.log(
    `edits through instance 1 seen by a reader through instance 2: ${freshness.length} checks, lag p50 ${lags[Math.floor(lags.length / 2)] ?? '-'} ms, max ${lags.at(-1) ?? '-'} ms, ${late} over ${freshnessBoundMs / 1000} s or never; old page served after the edit ${freshness.reduce((n, f) => n + f.staleReads, 0)} times`,
  );
  return late > 0 || freshness.length === 0;
}

/** Prints the abuse phase and the other visitors' reader p99; true when the p99 missed its target. */
/** Seconds at the start of a run when the server renders each page (and word-aligns its text) for the first time. */
const COLD_START_MS = 5_000;
const p99Of = (ms: number[]) =>
  [...ms].sort((a, b) => a - b)[Math.min(ms.length - 1, Math.floor(0.99 * ms.length))] ?? Infinity;

export function abuseFailed(stats: Stats, run: AbuseRun, targetMs: number): boolean {
  const samples = stats.samples.filter((x) => x.name === 'GET /[locale]/read/[slug]');
  const readers = samples.map((x) => x.ms);
  const p99 = p99Of(readers);
  const first = Math.min(...stats.samples.map((s) => s.at));
  const warm = samples.filter((x) => x.at >= first + COLD_START_MS).map((x) => x.ms);
  const chunked = [...run.chunkedStatuses].map(([status, n]) => `${n} × ${status || 'cut off'}`).join(', ');
  console.log(
    `\nabuse: ${run.wordImports} imports of 10,000 known words, ${run.textImports} text imports (${run.importedParagraphs} paragraphs stored), chunked sign-in bodies: ${chunked}`,
  );
  console.log(
    `other visitors' reader pages: ${readers.length}, p99 ${p99} ms (target < ${targetMs} ms); health checks: ${stats.healthChecks.length}`,
  );
  // Shown, not judged: the target holds for the whole run, the server's first renders included.
  console.log(
    `  after the first ${COLD_START_MS / 1000} s (first renders done): ${warm.length} reader pages, p99 ${p99Of(warm)} ms`,
  );
  return !(p99 < targetMs);
}
