// npm run bench:book:read [-- --chapters 50 --per-chapter 200 --runs 15 --port 3391] [--dist-dir .next-test]
//   [--editor-only [--published]]
// Reading and editing a long structured text: a generated 10,000 × 10,000-paragraph book (50 chapters
// with headings, sections, quotes, list items, verse and emphasis) on the embedded database (PGlite on
// disk), served by the production build (a copy in tmp/bench-book-app):
//   reader: every chapter page's HTML size and its first (uncached) server render, then in Chromium
//           the `load` time and DOM size of chapter pages;
//   editor: time until the editor of the whole book is usable in Chromium, its DOM size and page bytes,
//           moving to another chapter (its paragraphs load on entry), and each operation's round trip
//           (server action over HTTP, as the browser calls it) at a chapter boundary.
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {openDatabase} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {getBookOutline} from '../../server/reader/bookOutline';
import {storeBook} from '../../tests/helpers/book';
import {launchBrowser} from '../../tests/e2e/browser';
import {callAction, findActionId, signIn} from '../quality/actions';
import {parseArgs, snapshotProject, startApp} from '../quality/appServer';

const args = parseArgs(process.argv.slice(2));
const CHAPTERS = Number(args.chapters ?? 50);
const PER_CHAPTER = Number(args['per-chapter'] ?? 200);
const RUNS = Number(args.runs ?? 15);
const SLUG = 'bench-book';
const pct = (xs: number[], p: number) =>
  xs.length
    ? +[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!.toFixed(1)
    : NaN;
const kb = (bytes: number) => +(bytes / 1024).toFixed(1);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Waits until the rows shown have their word links (hover highlighting), which the page asks for last. */
const wordLinks = (tab: Page) => tab.waitForSelector('.erow[data-w]', {timeout: 60_000});

const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-book-'));
console.log(`load average before: ${load()}`);
const db = openDatabase({SELARAS_DATA_DIR: dir});
let started = performance.now();
await applyMigrations(db.adapter);
// --editor-only stores the book as a draft, so that no concordance refresh (published texts only)
// shares the embedded database's one connection with the operations; --published keeps it published.
const textId = await storeBook(db.prisma, {
  slug: SLUG,
  chapters: CHAPTERS,
  perChapter: PER_CHAPTER,
  status: args['editor-only'] && !args.published ? 'draft' : 'published',
});
const outline = (await getBookOutline(db.prisma, SLUG, {includeUnpublished: true}))!;
let {revision} = await db.prisma.text.findUniqueOrThrow({where: {id: textId}, select: {revision: true}});
await db.close();
console.log(
  `book of ${CHAPTERS * PER_CHAPTER} × ${CHAPTERS * PER_CHAPTER} paragraphs stored in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
const pages = outline.chapters.flatMap((c) =>
  c.pages.map((_, k) => `/read/${SLUG}/${c.number}${k ? `/${k + 1}` : ''}`),
);

// --dist-dir serves the working tree's own build in that folder (the browser tests' .next-test, say)
// instead of building a snapshot of the sources.
const inPlace = typeof args['dist-dir'] === 'string' ? args['dist-dir'] : undefined;
const cwd = inPlace ? process.cwd() : snapshotProject('bench-book-app');
const app = await startApp(
  Number(args.port ?? 3391),
  {SELARAS_DATA_DIR: dir, DATABASE_URL: undefined, SELARAS_DIST_DIR: inPlace, SELARAS_TRUSTED_PROXIES: undefined},
  {cwd, quiet: true},
);
const browser = await launchBrowser();
try {
  // --editor-only leaves the reader out (a run of the editor's figures alone takes minutes, not a quarter hour).
  if (!args['editor-only']) await measureReader();
  async function measureReader() {
    // Reader, server side: the first request of each page renders it (nothing is cached yet).
    const renders: number[] = [];
    const sizes: number[] = [];
    for (const locale of ['en', 'id']) {
      for (const page of pages) {
        started = performance.now();
        const response = await fetch(`${app.url}/${locale}${page}`);
        const html = await response.text();
        renders.push(performance.now() - started);
        if (!response.ok) throw new Error(`${page} answered ${response.status}`);
        sizes.push(Buffer.byteLength(html));
      }
    }
    const contents = await (await fetch(`${app.url}/en/read/${SLUG}`)).text();
    const largest = sizes
      .map((size, k) => ({size, page: `/${k < pages.length ? 'en' : 'id'}${pages[k % pages.length]}`}))
      .sort((a, b) => b.size - a.size)
      .slice(0, 3);
    console.log(`largest pages: ${largest.map((l) => `${l.page} ${kb(l.size)} KB`).join(', ')}`);
    const slowest = renders
      .map((ms, k) => ({ms, k, page: `/${k < pages.length ? 'en' : 'id'}${pages[k % pages.length]}`}))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3);
    console.log(
      `slowest first renders: ${slowest.map((r) => `${r.page} ${Math.round(r.ms)} ms (request ${r.k + 1})`).join(', ')}`,
    );
    console.log(`\nreader: ${pages.length} pages per UI language (${outline.chapters.length} chapters)`);
    console.table({
      'HTML per chapter page (KB)': {p50: kb(pct(sizes, 50)), max: kb(Math.max(...sizes)), limit: 150},
      'first server render incl. transfer (ms)': {
        p50: pct(renders, 50),
        p99: pct(renders, 99),
        max: pct(renders, 100),
        limit: 300,
      },
      'contents page HTML (KB)': {
        p50: kb(Buffer.byteLength(contents)),
        max: kb(Buffer.byteLength(contents)),
        limit: 150,
      },
    });

    // Reader in Chromium: cached pages, as readers get them.
    const loads: number[] = [];
    const nodes: number[] = [];
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const tab = await context.newPage();
    const sample = pages.filter((_, k) => k % Math.max(1, Math.floor(pages.length / 10)) === 0);
    for (const page of sample) {
      await tab.goto(`${app.url}/en${page}`, {waitUntil: 'load'});
      loads.push(await tab.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration));
      nodes.push(await tab.evaluate(() => document.getElementsByTagName('*').length));
    }
    console.log(`\nreader in Chromium, ${sample.length} chapter pages:`);
    console.table({
      'load (ms)': {p50: pct(loads, 50), max: pct(loads, 100), limit: 1000},
      'DOM elements': {p50: pct(nodes, 50), max: pct(nodes, 100), limit: 5000},
    });
    await context.close();
  }

  // Editor: opened in Chromium by the demo editor, then operations at a chapter boundary over HTTP.
  const cookie = await signIn(app.url, 'editor@selaras.local', 'selaras-demo');
  const editor = await browser.newContext({viewport: {width: 1280, height: 900}});
  await editor.addCookies(
    cookie.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return {name: name!, value: value.join('='), url: app.url};
    }),
  );
  // The server's part: the editor's page as HTML, rendered and sent.
  const serverRenders: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    await (await fetch(`${app.url}/en/editor/${SLUG}`, {headers: {cookie}})).text();
    serverRenders.push(performance.now() - started);
  }
  const editorTab: Page = await editor.newPage();
  const opens: number[] = [];
  const editorNodes: number[] = [];
  const editorBytes: number[] = [];
  for (let i = 0; i < 4; i++) {
    started = performance.now();
    const response = await editorTab.goto(`${app.url}/en/editor/${SLUG}`, {waitUntil: 'load'});
    await editorTab.waitForSelector('.erow.current');
    // Usable: the client has taken over (a key moves the cursor).
    await editorTab.keyboard.press('ArrowDown');
    await editorTab.waitForSelector('.erow.current[data-row="1"]');
    opens.push(performance.now() - started);
    // The next open starts on an idle server: the rows' word links, asked for once the page is up,
    // take the server's one thread for a second or more on this book.
    await wordLinks(editorTab);
    editorNodes.push(await editorTab.evaluate(() => document.getElementsByTagName('*').length));
    editorBytes.push(Buffer.byteLength((await response?.text()) ?? ''));
  }
  // Another chapter from the chapter bar until its paragraphs show: the page loads them on entry.
  const switches: number[] = [];
  for (const chapter of outline.chapters.slice(1, 11)) {
    started = performance.now();
    await editorTab.locator('.chapter-bar select').selectOption(String(chapter.number));
    await editorTab.waitForSelector(`.erow[data-row="${chapter.startRow + 2}"] p[lang="id"]:not(.loading)`);
    switches.push(performance.now() - started);
    await wordLinks(editorTab);
  }
  await editor.close();
  console.log('\neditor of the whole book in Chromium (first open untimed by the limit: it renders the route):');
  console.table({
    'open until a key moves the cursor (ms)': {
      first: +opens[0]!.toFixed(0),
      'p50 of the rest': pct(opens.slice(1), 50),
      limit: 1500,
    },
    'server render incl. transfer (ms)': {
      first: +serverRenders[0]!.toFixed(0),
      'p50 of the rest': pct(serverRenders.slice(1), 50),
      limit: '',
    },
    'DOM elements': {first: editorNodes[0], 'p50 of the rest': pct(editorNodes.slice(1), 50), limit: ''},
    'HTML incl. page data (KB)': {
      first: kb(editorBytes[0]!),
      'p50 of the rest': kb(pct(editorBytes.slice(1), 50)),
      limit: '',
    },
  });
  console.log(`another chapter from the chapter bar until its paragraphs show, ${switches.length} chapters:`);
  console.table({'chapter switch (ms)': {p50: pct(switches, 50), max: pct(switches, 100), limit: ''}});

  const distDir = path.join(cwd, inPlace ?? '.next');
  const ids = {
    edit: findActionId(distDir, 'app/[locale]/editor/actions.ts', 'editText'),
    undo: findActionId(distDir, 'app/[locale]/editor/actions.ts', 'undoLast'),
  };
  const boundary = outline.chapters[1]!.startRow; // the first row of chapter 2: a heading row
  // `unchanged`: a re-align of rows the aligner draws as they are answers nothingToDo after doing all its work.
  const call = async (id: string, input: object, unchanged = false) => {
    started = performance.now();
    const response = await callAction(app.url, `/en/editor/${SLUG}`, id, [input], {cookie});
    const elapsed = performance.now() - started;
    const result = response.result as {ok?: boolean; revision?: number; error?: string};
    if (unchanged && result?.error === 'nothingToDo') return elapsed;
    if (!result?.ok || typeof result.revision !== 'number')
      throw new Error(`${JSON.stringify(input).slice(0, 200)} refused: ${JSON.stringify(result).slice(0, 300)}`);
    revision = result.revision;
    return elapsed;
  };
  const operations: [string, object][] = [
    ['merge the last row of chapter 1 into chapter 2', {kind: 'merge', row: boundary - 1}],
    ['split the heading row', {kind: 'split', row: boundary, idCount: 1, enCount: 0}],
    ['move a paragraph up across the boundary', {kind: 'moveUp', row: boundary, side: 'en'}],
    ['confirm', {kind: 'confirm', row: boundary}],
    ['edit a paragraph', {kind: 'editParagraph', lang: 'en', position: boundary + 2, body: 'A fixed translation.'}],
    ['split a paragraph', {kind: 'splitParagraph', lang: 'id', position: boundary + 2, offset: 8}],
    ['re-align chapter 2', {kind: 'realign', from: outline.chapters[1]!.startRow, to: outline.chapters[1]!.endRow}],
  ];
  const rows: Record<string, {'p50 (ms)': number; 'p99 (ms)': number; 'undo p50 (ms)': number}> = {};
  for (const [name, request] of operations) {
    const doing: number[] = [];
    const undoing: number[] = [];
    // The generated book is aligned as the aligner draws it: re-aligning a chapter reads, aligns and
    // compares all its rows, then has nothing to store (and nothing to undo).
    const realign = (request as {kind: string}).kind === 'realign';
    // Once untimed, as bench:editor does: the first run compiles the statements.
    for (let i = 0; i <= RUNS; i++) {
      const did = await call(ids.edit, {textId, revision, request}, realign);
      const undid = realign ? Number.NaN : await call(ids.undo, {textId, revision});
      if (i === 0) continue;
      doing.push(did);
      if (!realign) undoing.push(undid);
    }
    rows[name] = {'p50 (ms)': pct(doing, 50), 'p99 (ms)': pct(doing, 99), 'undo p50 (ms)': pct(undoing, 50)};
  }
  console.log(
    `\neditor operations on the ${CHAPTERS * PER_CHAPTER}-paragraph book over HTTP, ${RUNS} runs each (limit p50 100 ms):`,
  );
  console.table(rows);
  console.log(`load average after: ${load()}`);
} catch (error) {
  console.error(`the app's last output:\n${app.output().slice(-4000)}`);
  throw error;
} finally {
  await browser.close();
  await app.stop();
  rmSync(dir, {recursive: true, force: true});
}
