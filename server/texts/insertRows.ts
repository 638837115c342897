// Set-based inserts of a text's paragraphs and links, a thousand rows to a statement with other work
// let in between: a 2,000-paragraph book stored row by row (createMany) took tens of seconds on the
// embedded database. Both the content import and editors' imports store through these.
import {setTimeout as sleep, setImmediate as yieldToEventLoop} from 'node:timers/promises';
import type {Block} from '../../core/book/blocks';
import type {Lang, LinkState} from '../../core/vocabulary';
import type {Query} from '../platform/largeValues';

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
  run: Query,
  versionId: string,
  lang: Lang,
  provenance: Provenance,
  blocks: readonly Block[],
  {paced = false}: {paced?: boolean} = {},
): Promise<void> {
  for (let from = 0; from < blocks.length; from += CHUNK) {
    const c = blocks.slice(from, from + CHUNK);
    const started = performance.now();
    await run(
      `INSERT INTO "Paragraph" (id, "versionId", lang, position, body, provenance, kind, level, marks)
       SELECT gen_random_uuid()::text, $1, $2::"Lang", $3::int + u.k::int - 1, u.body, $4::"Provenance",
         u.kind::"BlockKind", u.level, u.marks::jsonb
       FROM unnest($5::text[], $6::text[], $7::int[], $8::text[]) WITH ORDINALITY AS u(body, kind, level, marks, k)`,
      [
        versionId,
        lang,
        from,
        provenance,
        c.map((b) => b.text),
        c.map((b) => b.kind),
        c.map((b) => b.level),
        c.map((b) => (b.marks.length ? JSON.stringify(b.marks) : null)),
      ],
    );
    await between(started, paced);
  }
}

export async function insertLinks(
  run: Query,
  textId: string,
  links: readonly LinkState[],
  {paced = false}: {paced?: boolean} = {},
) {
  for (let from = 0; from < links.length; from += CHUNK) {
    const c = links.slice(from, from + CHUNK);
    const started = performance.now();
    await run(
      `INSERT INTO "AlignmentLink" (id, "textId", position, "idStart", "idEnd", "enStart", "enEnd", score, status)
       SELECT gen_random_uuid()::text, $1, $2::int + u.k::int - 1, u."idStart", u."idEnd", u."enStart", u."enEnd",
         u.score, u.status::"LinkStatus"
       FROM unnest($3::int[], $4::int[], $5::int[], $6::int[], $7::float8[], $8::text[])
         WITH ORDINALITY AS u("idStart", "idEnd", "enStart", "enEnd", score, status, k)`,
      [
        textId,
        from,
        c.map((l) => l.idStart),
        c.map((l) => l.idEnd),
        c.map((l) => l.enStart),
        c.map((l) => l.enEnd),
        c.map((l) => l.score),
        c.map((l) => l.status),
      ],
    );
    await between(started, paced);
  }
}
