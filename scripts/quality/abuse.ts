// The load script's abuse phase (npm run load -- --abuse): while ordinary visitors read, one learner
// imports the largest allowed known-word list again and again, one editor imports the largest allowed
// text again and again, anonymous clients flood the search over a published 20,000-paragraph text, and
// others send large chunked bodies to the sign-in endpoint. Each kind is timed under its own name, so
// that the readers' figures are those of the other visitors.
import http from 'node:http';
import type pg from 'pg';
import {MAX_IMPORT_PARAGRAPHS} from '../../server/editor/importText';
import {MAX_IMPORT_WORDS} from '../../server/learning/knownWords';
import {callFormAction, findActionId} from './actions';
import {sleep} from './appServer';
import type {Stats} from './loadStats';

/** A published text of `n` paragraphs per language, stored with set-based SQL (imports allow fewer). */
export async function publishLongText(pool: pg.Pool, n = 20_000): Promise<void> {
  const text = await pool.query<{id: string}>(
    `INSERT INTO "Text" (id, slug, kind, status, "originalLanguage", licence, "updatedAt")
     VALUES (gen_random_uuid()::text, 'abuse-long-text', 'book', 'published', 'id', 'CC0', now()) RETURNING id`,
  );
  const textId = text.rows[0]!.id;
  for (const [lang, word, provenance] of [
    ['id', 'Rumah', 'original'],
    ['en', 'House', 'human'],
  ] as const) {
    const version = await pool.query<{id: string}>(
      `INSERT INTO "TextVersion" (id, "textId", lang, title, provenance) VALUES (gen_random_uuid()::text, $1, $2, $3, $4) RETURNING id`,
      [textId, lang, `${word} ${n}`, provenance],
    );
    await pool.query(
      `INSERT INTO "Paragraph" (id, "versionId", lang, position, body, provenance)
       SELECT gen_random_uuid()::text, $1, $2, k, $3 || ' ' || k || ' di desa dan kota, di tepi sungai dan pasar.', $4
       FROM generate_series(0, $5::int - 1) k`,
      [version.rows[0]!.id, lang, word, provenance, n],
    );
  }
  await pool.query(
    `INSERT INTO "AlignmentLink" (id, "textId", position, "idStart", "idEnd", "enStart", "enEnd", score)
     SELECT gen_random_uuid()::text, $1, k, k, k + 1, k, k + 1, 1 FROM generate_series(0, $2::int - 1) k`,
    [textId, n],
  );
  await pool.query('ANALYZE');
}

/** Calls a form action whose only argument is the FormData (`<form action={fn}>`), in React's reply encoding. */
async function callPlainFormAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  form: FormData,
  cookie: string,
  signal: AbortSignal,
) {
  const body = new FormData();
  for (const [name, value] of form.entries()) body.append(`_1_${name}`, value);
  body.set('0', JSON.stringify(['$K1']));
  const response = await fetch(baseUrl + pagePath, {
    method: 'POST',
    headers: {'Next-Action': id, Accept: 'text/x-component', Origin: baseUrl, Cookie: cookie},
    body,
    redirect: 'manual',
    signal,
  });
  return {
    status: response.status,
    text: await response.text(),
    redirect: response.headers.get('x-action-redirect') ?? response.headers.get('location'),
  };
}

/** Streams `megabytes` of JSON-looking bytes in chunks with no Content-Length; resolves with the status (0: cut off). */
function chunkedPost(url: string, megabytes: number, timeoutMs: number): Promise<{status: number; text: string}> {
  return new Promise((resolve) => {
    const request = http.request(url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked'},
      timeout: timeoutMs,
    });
    let settled = false;
    const done = (status: number, text: string) => {
      if (settled) return;
      settled = true;
      request.destroy();
      resolve({status, text});
    };
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString().slice(0, 200)));
      response.on('end', () => done(response.statusCode ?? 0, text));
      response.on('error', () => done(response.statusCode ?? 0, text));
    });
    request.on('error', (error) => done(0, error.message));
    request.on('timeout', () => done(0, 'timeout'));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    request.write('{"email":"');
    const pump = () => {
      while (!settled && sent < megabytes * 1024 * 1024) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!settled) request.end('","password":"x"}');
    };
    pump();
  });
}

export interface AbuseRun {
  wordImports: number;
  textImports: number;
  importedParagraphs: number;
  chunkedStatuses: Map<number, number>;
}

/** Where and how long the attackers act: the server, the phase's end, their sessions and limits. */
export interface AbuseTarget {
  front: string;
  deadline: number;
  learner: string;
  editor: string;
  distDir: string;
  timeoutMs: number;
  chunkedMegabytes: number;
}

export async function abuse(options: AbuseTarget & {stats: Stats; pool: pg.Pool}): Promise<AbuseRun> {
  const {front, stats, pool, deadline, learner, editor, distDir, timeoutMs, chunkedMegabytes} = options;
  const run: AbuseRun = {wordImports: 0, textImports: 0, importedParagraphs: 0, chunkedStatuses: new Map()};
  const importWords = findActionId(distDir, 'app/[locale]/vocabulary/actions.ts', 'importKnownWordsAction');
  const importText = findActionId(distDir, 'app/[locale]/editor/import/actions.ts', 'importText');

  /** Polls a job's status until it ends (or the phase does): 'done', 'failed' or null. */
  async function jobEnd(query: string, jobId: string): Promise<string | null> {
    while (Date.now() < deadline) {
      const row = await pool.query<{status: string}>(query, [jobId]).catch(() => null);
      const status = row?.rows[0]?.status;
      if (status === 'done' || status === 'failed') return status;
      await sleep(1_000);
    }
    return null;
  }

  async function wordImporter(): Promise<void> {
    for (let round = 0; Date.now() < deadline; round++) {
      // Words the lexicon does not know, in four lists taken in turn: the first rounds store every word, later
      // ones find them stored, and the learner stays under the 50,000-word limit so that every list is taken.
      const words = Array.from({length: MAX_IMPORT_WORDS}, (_, k) => `zq${round % 4}x${k.toString(36)}`).join('\n');
      const form = new FormData();
      for (const [name, value] of Object.entries({locale: 'en', lang: 'id', words})) form.set(name, value);
      const outcome = await stats.time('abuse: import 10,000 known words', () =>
        callPlainFormAction(front, '/en/vocabulary', importWords, form, learner, AbortSignal.timeout(10 * timeoutMs)),
      );
      const jobId = /\/jobs\/([a-z0-9]+)/.exec(outcome?.redirect ?? '')?.[1];
      // The list is a job: wait for it, as a learner watching the progress page would, before the next.
      const status = jobId ? await jobEnd(`SELECT status::text FROM "BackgroundJob" WHERE id = $1`, jobId) : null;
      if (status === 'done') run.wordImports++;
      await sleep(500);
    }
  }

  async function textImporter(): Promise<void> {
    const side = (word: string) =>
      Array.from(
        {length: MAX_IMPORT_PARAGRAPHS},
        (_, k) => `${word} ${k}: ${'kalimat panjang yang biasa saja '.repeat(2)}`,
      ).join('\n\n');
    const [id, en] = [side('Paragraf'), side('Paragraph')];
    while (Date.now() < deadline) {
      const form = new FormData();
      const fields = {
        locale: 'en',
        intent: 'create',
        kind: 'book',
        originalLanguage: 'id',
        licence: 'CC0',
        titleId: 'Teks terbesar',
        idText: id,
        enText: en,
      };
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      const outcome = await stats.time('abuse: import 10,000 × 10,000 paragraphs', () =>
        callFormAction(front, '/en/editor/import', importText, {error: null}, form, {
          cookie: editor,
          signal: AbortSignal.timeout(10 * timeoutMs),
        }),
      );
      const jobId = /\/editor\/import\/([a-z0-9]+)/.exec(outcome?.redirect ?? '')?.[1];
      // The job runs on: wait for it before sending the next, as an editor watching the progress page would.
      const status = jobId ? await jobEnd(`SELECT status FROM "TextImportJob" WHERE id = $1`, jobId) : null;
      if (status === 'done') {
        run.textImports++;
        run.importedParagraphs += 2 * MAX_IMPORT_PARAGRAPHS;
      }
      if (!jobId && outcome?.redirect?.includes('/editor/')) run.textImports++;
      if (!jobId && !outcome?.redirect) await sleep(2_000);
    }
  }

  async function searcher(n: number): Promise<void> {
    const queries = ['rumah', 'desa sungai', 'house', 'kota', 'pasar rumah', 'village river'];
    for (let k = n; Date.now() < deadline; k++) {
      const url = `${front}/en/search?q=${encodeURIComponent(queries[k % queries.length]!)}${k % 4 === 3 ? '&page=3' : ''}`;
      await stats.time('abuse: search flood', async () => {
        // One attacker's machine: every searcher from the same address.
        const response = await fetch(url, {
          headers: {'x-forwarded-for': '203.0.113.1'},
          signal: AbortSignal.timeout(timeoutMs),
        });
        return {status: response.status, text: await response.text()};
      });
    }
  }

  async function chunkedFlood(): Promise<void> {
    while (Date.now() < deadline) {
      const outcome = await stats.time(`abuse: chunked ${chunkedMegabytes} MB sign-in body`, () =>
        chunkedPost(`${front}/api/auth/sign-in/email`, chunkedMegabytes, timeoutMs),
      );
      const status = outcome?.status ?? 0;
      run.chunkedStatuses.set(status, (run.chunkedStatuses.get(status) ?? 0) + 1);
      await sleep(250);
    }
  }

  await Promise.all([
    wordImporter(),
    textImporter(),
    ...[0, 1, 2, 3].map(searcher),
    ...(chunkedMegabytes > 0 ? [0, 1, 2].map(chunkedFlood) : []),
  ]);
  return run;
}
