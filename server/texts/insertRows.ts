// Set-based inserts of a text's paragraphs and links, a thousand rows to a statement with other work
// let in between: a 2,000-paragraph book stored row by row (createMany) took tens of seconds on the
// embedded database. Both the content import and editors' imports store through these.
import {setTimeout as sleep, setImmediate as yieldToEventLoop} from 'node:timers/promises';
import type {Block} from '../../core/book/blocks';
import type {Lang, LinkState} from '../../core/vocabulary';
import type {Prisma} from '../generated/prisma/client';

const CHUNK = 1_000;
type Provenance = 'original' | 'human' | 'machine' | 'postedited';

/**
 * Between statements: `paced` waits as long as the statement took, so that an editor's import (a job)
 * takes at most half of the database's time while readers are served. Storing 20,000 paragraphs keeps
 * PostgreSQL's cores busy for seconds (their full-text and trigram indexes), and the job worker's lower
 * priority does not reach the database's own processes. The content import at start-up runs unpaced.
 */
async function between(started: number, paced: boolean): Promise<void> {
  if (paced) await sleep(performance.now() - started);
  else await yieldToEventLoop();
}

export async function insertParagraphs(
  tx: Prisma.TransactionClient,
  versionId: string,
  lang: Lang,
  provenance: Provenance,
  blocks: readonly Block[],
  {paced = false}: {paced?: boolean} = {},
): Promise<void> {
  for (let from = 0; from < blocks.length; from += CHUNK) {
    const c = blocks.slice(from, from + CHUNK);
    const started = performance.now();
    await tx.$executeRaw`
      INSERT INTO "Paragraph" (id, "versionId", lang, position, body, provenance, kind, level, marks)
      SELECT gen_random_uuid()::text, ${versionId}, ${lang}::"Lang", ${from}::int + u.k::int - 1, u.body,
        ${provenance}::"Provenance", u.kind::"BlockKind", u.level, u.marks::jsonb
      FROM unnest(${c.map((b) => b.text)}::text[], ${c.map((b) => b.kind)}::text[], ${c.map((b) => b.level)}::int[],
        ${c.map((b) => (b.marks.length ? JSON.stringify(b.marks) : null))}::text[])
        WITH ORDINALITY AS u(body, kind, level, marks, k)`;
    await between(started, paced);
  }
}

export async function insertLinks(
  tx: Prisma.TransactionClient,
  textId: string,
  links: readonly LinkState[],
  {paced = false}: {paced?: boolean} = {},
) {
  for (let from = 0; from < links.length; from += CHUNK) {
    const c = links.slice(from, from + CHUNK);
    const started = performance.now();
    await tx.$executeRaw`
      INSERT INTO "AlignmentLink" (id, "textId", position, "idStart", "idEnd", "enStart", "enEnd", score, status)
      SELECT gen_random_uuid()::text, ${textId}, ${from}::int + u.k::int - 1, u."idStart", u."idEnd", u."enStart",
        u."enEnd", u.score, u.status::"LinkStatus"
      FROM unnest(${c.map((l) => l.idStart)}::int[], ${c.map((l) => l.idEnd)}::int[], ${c.map((l) => l.enStart)}::int[],
        ${c.map((l) => l.enEnd)}::int[], ${c.map((l) => l.score)}::float8[], ${c.map((l) => l.status)}::text[])
        WITH ORDINALITY AS u("idStart", "idEnd", "enStart", "enEnd", score, status, k)`;
    await between(started, paced);
  }
}
