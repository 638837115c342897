// Books, in both UI languages: a 10,000 × 10,000-paragraph book with 50 chapters read chapter by
// chapter (contents, pages, previous/next, progress, the reading place kept in the browser and, for
// a signed-in reader, in their account), rows reached by address, and the library of a thousand
// texts a page at a time (the editor on the book: bookEditor.test.ts). One server of its own, on a
// database prepared before it starts (the embedded database belongs to one process).
import {rmSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import type {BrowserContext, Page} from 'playwright-core';
import {freePort} from '../helpers/freePort';
import {storeManyTexts} from '../helpers/library';
import {signIn} from '../../scripts/quality/actions';
import {startApp, type AppServer} from '../../scripts/quality/appServer';
import {bookDataDir, BOOK_SLUG} from './bookData';
import {sharedBrowser} from './browser';
import {uiStrings} from './messages';

const SLUG = BOOK_SLUG;
const ui = uiStrings(
  {next: 'Book.nextPage', nextChapter: 'Book.next'},
  {
    // Book.where, Book.continue and the library's count with their values filled in.
    en: {where: /Chapter 3 of 50, page 1 of \d+/, continue: 'Continue at chapter 4', texts: /1,00\d texts/},
    id: {where: /Bab 3 dari 50, halaman 1 dari \d+/, continue: 'Lanjutkan di bab 4', texts: /1\D?00\d teks/},
  },
);

let app: AppServer | undefined;
let dataDir = '';
const distDir = process.env.SELARAS_DIST_DIR ?? '.next-test';
// On the embedded database Next keeps rendered pages in the build folder, which this server shares with
// the suite's server and its other database: neither may serve a page the other rendered (the library
// home of 6 texts here, or this one's 1,007 there).
const forgetRenderedPages = () => rmSync(path.join(distDir, 'server', 'route-cache'), {recursive: true, force: true});
const browser = sharedBrowser();
// This server starts with 1,000 texts and a 10,000-paragraph book: on the embedded database its first
// concordance build shares the one connection with the pages for minutes, so a page may take long.
vi.setConfig({testTimeout: 240_000});

beforeAll(async () => {
  dataDir = await bookDataDir('selaras-book-', async (db) => {
    await db.prisma.text.update({where: {slug: SLUG}, data: {status: 'published'}});
    await storeManyTexts(db.prisma, 1000);
  });
  forgetRenderedPages();
  app = await startApp(
    await freePort(),
    {
      SELARAS_DATA_DIR: dataDir,
      DATABASE_URL: undefined,
      SELARAS_DIST_DIR: distDir,
      SELARAS_TRUSTED_PROXIES: undefined,
    },
    {quiet: true, timeoutMs: 280_000},
  );
}, 300_000);

afterAll(async () => {
  await app?.stop();
  forgetRenderedPages();
  if (dataDir) rmSync(dataDir, {recursive: true, force: true});
});

const url = (p: string) => `${app!.url}${p}`;

async function signedInContext(options: {phone?: boolean} = {}): Promise<BrowserContext> {
  const context = await browser().newContext({
    viewport: options.phone ? {width: 390, height: 844} : {width: 1280, height: 900},
  });
  const cookie = await signIn(app!.url, 'editor@selaras.local', 'selaras-demo');
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return {name: name!, value: value.join('='), url: app!.url};
    }),
  );
  return context;
}

/** Scrolls row `row` to the top of the window and waits until the browser has kept it as the place. */
async function readAt(page: Page, slug: string, row: number): Promise<void> {
  await page
    .locator(`.row[data-row="${row}"]`)
    .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 1));
  await expect
    .poll(() => page.evaluate((s) => localStorage.getItem(`selaras.book.${s}`), slug))
    .toBe(JSON.stringify({row}));
}

describe.each(['en', 'id'] as const)('a book in the reader, UI in %s', (locale) => {
  test('contents, a chapter page with its structure, pages and chapters in turn, and the place offered on return', async () => {
    const context = await browser().newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(url(`/${locale}/read/${SLUG}`));
    await expect(page.locator('.book-toc li').count()).resolves.toBe(50);
    await expect(page.locator('.book-continue').count()).resolves.toBe(0);
    await page.locator('.book-toc a', {hasText: 'Bab 3: Pulau 3'}).click();
    await page.waitForURL(`**/${locale}/read/${SLUG}/3`);
    // Headings keep their level (the page title is level 1), emphasis is elements, and only the page is sent.
    const heading = page.locator('.row[data-row="400"] p[lang=id]');
    await expect(heading.getAttribute('role')).resolves.toBe('heading');
    await expect(heading.getAttribute('aria-level')).resolves.toBe('2');
    await expect(page.locator('.row[data-row="401"] p[lang=en]').getAttribute('aria-level')).resolves.toBe('3');
    await expect(page.locator('.row[data-row="402"] p[lang=id] em').first().textContent()).resolves.toBe('Kalimat');
    await expect(page.locator('.row[data-row="405"] blockquote p[lang=en]').count()).resolves.toBe(1);
    const shown = await page.locator('.parallel .row[data-row]').count();
    expect(shown).toBeGreaterThan(20);
    expect(shown).toBeLessThanOrEqual(150);
    await expect(page.locator('.book-where').textContent()).resolves.toMatch(ui[locale].where);
    // Progress: how far the end of this page is into the text (row 400 + shown of 10,000).
    await expect(page.locator('.book-nav-top progress').getAttribute('value')).resolves.toBe(
      String(Math.round((400 + shown) / 100)),
    );
    // Sentence highlighting works on a chapter page as on a short text.
    await page.waitForSelector('.reader[data-ready]');
    await page.locator('.row[data-row="410"] p[lang=id] .s').nth(1).hover();
    await expect(page.locator('.row[data-row="410"] p[lang=en] .s.lit').count()).resolves.toBe(1);
    await page.locator('.book-nav-bottom').getByRole('link', {name: ui[locale].next, exact: true}).click();
    await page.waitForURL(`**/${locale}/read/${SLUG}/3/2`);
    await expect(page.locator('.parallel .row[data-row]').first().getAttribute('data-row')).resolves.toBe(
      String(400 + shown),
    );
    await page.locator('.book-nav-bottom').getByRole('link', {name: ui[locale].nextChapter, exact: true}).click();
    await page.waitForURL(`**/${locale}/read/${SLUG}/4`);
    await readAt(page, SLUG, 620);
    await page.goto(url(`/${locale}/read/${SLUG}`));
    const offer = page.locator('.book-continue a');
    await expect(offer.textContent()).resolves.toBe(ui[locale].continue);
    await offer.click();
    await page.waitForURL(`**/${locale}/read/${SLUG}/4#r620`);
    await expect(page.locator('.row:target').getAttribute('data-row')).resolves.toBe('620');
    await context.close();
  });
});

test('a signed-in reader finds the place in another browser: it is kept in the account', async () => {
  const first = await signedInContext();
  const page = await first.newPage();
  await page.goto(url(`/id/read/${SLUG}/7/2`));
  await page.waitForSelector('.reader[data-ready]');
  const place = Number(await page.locator('.parallel .row[data-row]').first().getAttribute('data-row')) + 5;
  await readAt(page, SLUG, place);
  // The account learns the place a little after scrolling stops.
  const other = await signedInContext({phone: true});
  const phone = await other.newPage();
  await expect
    .poll(
      async () => {
        await phone.goto(url(`/en/read/${SLUG}`));
        return phone
          .locator('.book-continue a')
          .textContent({timeout: 3_000})
          .catch(() => null);
      },
      {timeout: 20_000},
    )
    .toBe('Continue at chapter 7');
  await phone.locator('.book-continue a').click();
  await phone.waitForURL(`**/en/read/${SLUG}/7/2#r${place}`);
  // The phone interleaves the languages: the English paragraph of a row sits under the Indonesian one.
  const row = phone.locator(`.row[data-row="${place}"]`);
  const [idBox, enBox] = await Promise.all([
    row.locator('p[lang=id]').boundingBox(),
    row.locator('p[lang=en]').boundingBox(),
  ]);
  expect(enBox!.y).toBeGreaterThan(idBox!.y + idBox!.height - 1);
  await first.close();
  await other.close();
});

test('a row address (search results) opens the chapter page at the row; bad addresses are not found', async () => {
  const found = await fetch(url(`/en/read/${SLUG}/row/5560`), {redirect: 'manual'});
  expect(found.status).toBeGreaterThanOrEqual(300);
  const location = found.headers.get('location')!;
  expect(location).toMatch(new RegExp(`/en/read/${SLUG}/28/\\d+#r5560$`));
  expect(await (await fetch(new URL(location, app!.url))).text()).toContain('id="r5560"');
  for (const bad of ['/row/10000', '/row/-1', '/51', '/3/99', '/0', '/x']) {
    expect((await fetch(url(`/en/read/${SLUG}${bad}`))).status, bad).toBe(404);
  }
  // A chapter page carries only its rows: no text of other chapters in its page data.
  const html = await (await fetch(url(`/en/read/${SLUG}/3`))).text();
  expect(html).toContain('Kalimat 3.3.1');
  expect(html).not.toContain('Kalimat 3.199.1');
  expect(html).not.toContain('Kalimat 2.199.1');
  expect(html).not.toContain('Kalimat 4.');
  expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);
});

describe('the library of a thousand texts', () => {
  test.each(['en', 'id'] as const)('pages, filters and sorts in the address, without script (%s)', async (locale) => {
    const cards = (html: string) => [...html.matchAll(/class="text-card"/g)].length;
    const first = await (await fetch(url(`/${locale}`))).text();
    expect(first).toMatch(ui[locale].texts);
    expect(cards(first)).toBe(24);
    expect(first).toContain(`href="/${locale}/texts?page=2"`);
    const started = Date.now();
    const essays = await (await fetch(url(`/${locale}/texts?kind=essay&lang=en&sort=title&page=2`))).text();
    expect(Date.now() - started).toBeLessThan(5_000);
    const before = await (await fetch(url(`/${locale}/texts?kind=essay&lang=en&sort=title`))).text();
    // Essays are g % 5 = 1 and originally English g % 3 = 0 (g = 6, 21, 36, …): in title order, page after page.
    const numbers = (html: string) =>
      [...html.matchAll(/lang="(?:id|en)">(?:Teks|Text) (\d{4})</g)]
        .map((m) => Number(m[1]))
        .filter((_, k) => k % 2 === 0);
    const [one, two] = [numbers(before), numbers(essays)];
    expect(one.length + two.length).toBeGreaterThanOrEqual(47);
    for (const g of [...one, ...two]) expect(g % 15).toBe(6);
    expect([...one, ...two]).toEqual([...one, ...two].sort((x, y) => x - y));
    expect(essays).toContain(`href="/${locale}/texts?kind=essay&amp;lang=en&amp;sort=title&amp;page=3"`);
    const longest = await (await fetch(url(`/${locale}/texts?sort=length`))).text();
    expect(longest).toContain(SLUG);
    const odd = await fetch(url(`/${locale}/texts?page=9999&kind=%3Cscript%3E&sort=x`));
    expect(odd.status).toBe(200);
    expect(cards(await odd.text())).toBe(0);
  });
});
