// Before the server takes its first visitor, it renders the pages visitors start from once, through its
// own request handler on a loopback port of its own. The first render of a route loads its code, the
// lexicon and the word aligner's model and fills the page cache: 3–4 s during which every visitor
// arriving at a fresh server waited (the load run's reader p99 was that cold start). Loading a route's
// code holds the event loop, so the routes of signed-in people are loaded too.
import {createServer} from 'node:http';

/** How many texts' first pages are rendered, in both UI languages: every text of a small library (a
 * text left out made its first readers of a fresh server wait 0.5–2 s), a bounded start for a large one. */
const TEXTS = 10;

/** Renders the library, the first texts' reader pages, a book's first chapter, a search, a lookup and the signed-in pages' entry with `listener`; never throws. */
export async function warmUp(listener, log) {
  const started = Date.now();
  const server = createServer(listener);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  let pages = 0;
  const get = async (path) => {
    try {
      const response = await fetch(base + path, {redirect: 'manual', signal: AbortSignal.timeout(60_000)});
      const body = await response.text();
      pages++;
      return {ok: response.ok, body};
    } catch (error) {
      log('warn', 'warming up: a page did not answer', {path, error: error.message});
      return {ok: false, body: ''};
    }
  };
  try {
    const library = await get('/api/texts');
    let texts = [];
    try {
      if (library.ok) texts = JSON.parse(library.body).texts;
    } catch {}
    const slugs = texts.map((text) => text.slug);
    // A book's reader page is its contents; its chapters are a route of their own.
    const book = texts.find((text) => text.kind === 'book')?.slug;
    const paths = [
      '/en',
      '/id',
      ...slugs.slice(0, TEXTS).flatMap((slug) => [`/en/read/${slug}`, `/id/read/${slug}`]),
      ...(book ? [`/en/read/${book}/1`, `/id/read/${book}/1`] : []),
      '/en/search?q=rumah',
      '/api/lookup?word=menggunakan&from=id&ui=en',
      '/en/concordance?q=rumah',
      // Pages of signed-in people send a visitor to the sign-in page, after loading their code and their
      // actions': the first import or word list would otherwise load it while others wait.
      '/en/sign-in',
      '/api/auth/get-session',
      '/en/vocabulary',
      '/en/review',
      '/en/editor',
      '/en/editor/import',
    ];
    for (const path of paths) await get(path);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  log('info', 'warmed up', {pages, ms: Date.now() - started});
}
