// The load script's simulated people: anonymous readers, learners, editors, and the cross-instance
// check (an edit through one instance, read back through the other). Every write the app acknowledges
// is recorded in `writes`, to be found in the database afterwards (scripts/quality/loadChecks.ts).
import {randomBytes} from 'node:crypto';
import type pg from 'pg';
import {callAction} from './actions';
import {sleep, type AppServer} from './appServer';
import type {Stats} from './loadStats';

export const readerSlugs = ['genpi-china-influence', 'pulau-kenari', 'selaras-reader-guide'];
export const editedSlugs = ['bahasa-milik-bersama', 'payung-kuning'];
const words = [
  'menggunakan',
  'pengaruh',
  'diplomat',
  'perang',
  'membantu',
  'tentara',
  'kekhawatiran',
  'bertemu',
  'pertemuan',
  'mencegah',
  'rumah',
  'payung',
];
// With two instances, an edit made through one must show on the reader page of the other within this:
// the other instance's first request after the edit renders the page again, which takes a few
// seconds on a loaded 2-core machine (reader p99), hardly any time on an idle one.
export const freshnessBoundMs = 10_000;

/** Writes the app acknowledged (and those it may have applied without an answer), by key. */
export interface Writes {
  acknowledgedEdits: Map<string, {body: string}>;
  attemptedEdits: Map<string, string[]>;
  savedWords: Set<string>;
}

export interface Freshness {
  lagMs: number;
  seen: boolean;
  staleReads: number;
}

export interface VisitorContext {
  front: string;
  servers: AppServer[];
  stats: Stats;
  pool: pg.Pool;
  actions: {edit: string; save: string; grade: string};
  admin: string;
  learners: string[];
  learnerIds: string[];
  deadline: number;
  timeoutMs: number;
  /** Mean pause between a visitor's requests (exponentially distributed), 0 for none: people read between clicks. */
  thinkMs: number;
  /** When PostgreSQL was stopped and when the outage ended, once known. */
  outage: () => {startedAt?: number; end?: number};
}

const random = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

export function createVisitors(ctx: VisitorContext) {
  const {front, stats, pool, actions, deadline, timeoutMs} = ctx;
  const writes: Writes = {acknowledgedEdits: new Map(), attemptedEdits: new Map(), savedWords: new Set()};
  const freshness: Freshness[] = [];
  // Each visitor comes from an address of its own (the servers trust loopback's X-Forwarded-For), as
  // people do: limits per address (searches, sign-ins) then count each of them apart.
  const get = (n: number, path: string, cookie?: string) =>
    stats.request(
      front + path,
      {headers: {'x-forwarded-for': `10.0.${n % 250}.${1 + Math.floor(n / 250)}`, ...(cookie ? {cookie} : {})}},
      timeoutMs,
    );
  const signal = () => AbortSignal.timeout(timeoutMs);
  const textRow = (slug: string) =>
    pool
      .query<{id: string; revision: number}>(`SELECT id, revision FROM "Text" WHERE slug = $1`, [slug])
      .then((r) => r.rows[0])
      .catch(() => undefined);
  const attempt = (key: string, body: string) =>
    writes.attemptedEdits.set(key, [...(writes.attemptedEdits.get(key) ?? []), body]);
  const acknowledge = (key: string, body: string) => {
    writes.acknowledgedEdits.set(key, {body});
    writes.attemptedEdits.set(key, []);
  };

  async function reader(n: number): Promise<void> {
    const locale = random(['en', 'id']);
    const roll = Math.random();
    if (roll < 0.45) await get(n, `/${locale}/read/${random(readerSlugs)}`);
    else if (roll < 0.6) await get(n, `/${locale}`);
    else if (roll < 0.7) await get(n, `/${locale}/search?q=${encodeURIComponent(random(words))}`);
    else await get(n, `/api/lookup?word=${encodeURIComponent(random(words))}&from=id&ui=${locale}`);
  }

  async function learner(n: number): Promise<void> {
    const cookie = ctx.learners[n % ctx.learners.length]!;
    const userId = ctx.learnerIds[n % ctx.learnerIds.length]!;
    const roll = Math.random();
    if (roll < 0.3) {
      const word = random(words);
      const outcome = await stats.time('action saveWord', () =>
        callAction(front, `/en/read/${readerSlugs[0]}`, actions.save, [{lang: 'id', word, textSlug: readerSlugs[0]}], {
          cookie,
          signal: signal(),
        }),
      );
      if ((outcome?.result as {ok?: boolean} | undefined)?.ok) writes.savedWords.add(`${userId} ${word}`);
    } else if (roll < 0.55) {
      await get(n, '/en/vocabulary', cookie);
    } else if (roll < 0.8) {
      await get(n, '/id/review', cookie);
    } else {
      const item = await pool
        .query<{id: string}>(`SELECT id FROM "VocabularyItem" WHERE "userId" = $1 ORDER BY due LIMIT 1`, [userId])
        .catch(() => null);
      const itemId = item?.rows[0]?.id;
      if (itemId)
        await stats.time('action grade', () =>
          callAction(front, '/en/review', actions.grade, [{itemId, grade: random(['again', 'hard', 'good', 'easy'])}], {
            cookie,
            signal: signal(),
          }),
        );
    }
  }

  const think = () =>
    ctx.thinkMs > 0 ? sleep(Math.min(-ctx.thinkMs * Math.log(1 - Math.random()), deadline - Date.now())) : undefined;

  async function visitor(n: number): Promise<void> {
    // People arrive one by one, as they click on between pages (a Poisson process), not all in the run's first millisecond.
    await think();
    while (Date.now() < deadline) {
      if (n % 3 === 0) await learner(n);
      else await reader(n);
      await think();
    }
  }

  async function editor(slug: string): Promise<void> {
    let current: {id: string; revision: number} | undefined;
    for (let seq = 0; Date.now() < deadline; seq++) {
      current ??= await textRow(slug);
      if (!current) {
        await sleep(500);
        continue;
      }
      const position = seq % 6;
      const key = `${slug} en ${position}`;
      const body = `Load edit ${seq} of ${slug} at ${new Date().toISOString()}.`;
      attempt(key, body);
      const request = {kind: 'editParagraph', lang: 'en', position, body};
      const {id: textId, revision} = current;
      const outcome = await stats.time('action edit', () =>
        callAction(front, `/en/editor/${slug}`, actions.edit, [{textId, revision, request}], {
          cookie: ctx.admin,
          signal: signal(),
        }),
      );
      const result = outcome?.result as {ok?: boolean; revision?: number} | undefined;
      if (result?.ok && typeof result.revision === 'number') {
        acknowledge(key, body);
        current = {id: textId, revision: result.revision};
      } else {
        current = undefined;
      }
      await sleep(200);
    }
  }

  // An editor's change through one instance, then a reader through the other until the page shows it:
  // the page cache is shared (server/platform/cacheHandler.mjs), so the other instance must not serve its old copy.
  async function crossInstanceCheck(): Promise<void> {
    const [writer, readerUrl] = [ctx.servers[0]!.url, ctx.servers[1]!.url];
    const slug = readerSlugs[1]!;
    const readPage = () =>
      fetch(`${readerUrl}/en/read/${slug}`, {signal: signal()})
        .then((r) => r.text())
        .catch(() => '');
    for (let n = 0; Date.now() < deadline - 5_000; n++) {
      await sleep(3_000);
      const outageEnd = ctx.outage().end;
      if (outageEnd && Date.now() < outageEnd + 5_000) continue;
      await readPage(); // the reader's instance holds the current page before the change
      const row = await textRow(slug);
      if (!row) continue;
      const token = `crosscheck${n}x${randomBytes(3).toString('hex')}`;
      const body = `Cross-instance check ${token}.`;
      const key = `${slug} en 0`;
      attempt(key, body);
      const request = {kind: 'editParagraph', lang: 'en', position: 0, body};
      const outcome = await stats.time('action edit (cross-instance)', () =>
        callAction(writer, `/en/editor/${slug}`, actions.edit, [{textId: row.id, revision: row.revision, request}], {
          cookie: ctx.admin,
          signal: signal(),
        }),
      );
      if (!(outcome?.result as {ok?: boolean} | undefined)?.ok) continue;
      const acknowledged = Date.now();
      acknowledge(key, body);
      let seen = false;
      let staleReads = 0;
      while (!seen && Date.now() - acknowledged < 2 * freshnessBoundMs) {
        seen = (await readPage()).includes(token);
        if (!seen) {
          staleReads++;
          await sleep(100);
        }
      }
      // A check that the PostgreSQL outage interrupted measures the outage, not the cache.
      const {startedAt, end} = ctx.outage();
      if (startedAt !== undefined && startedAt <= Date.now() && (!end || acknowledged < end + 5_000)) continue;
      freshness.push({lagMs: Date.now() - acknowledged, seen, staleReads});
    }
  }

  return {visitor, editor, crossInstanceCheck, writes, freshness};
}
