// The editor's key flow in both UI languages: sign in as the demo editor, import a text whose TMX
// pairs paragraphs 2-1 and 1-2 (a translator's merge the file got wrong), fix it with the keyboard
// alone, publish, and see the cached reader page follow every change.
import {expect, inject, test} from 'vitest';
import type {Page} from 'playwright-core';
import {sharedBrowser} from './browser';
import {uiStrings} from './messages';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const ui = uiStrings(
  {
    nothingToUndo: 'Editor.messages.nothingToUndo',
    mergeLast: 'Editor.messages.cannotMergeLast',
    signIn: 'Editor.signIn',
    create: 'Import.create',
    review: 'Status.review',
    published: 'Status.published',
    signOut: 'Account.signOut',
  },
  {
    en: {
      saved: 'Saved: move of a paragraph from row 1 down to row 2.',
    },
    id: {
      saved: 'Tersimpan: pemindahan paragraf dari baris 1 ke bawah, ke baris 2.',
    },
  },
);

const id = [
  'Hujan deras mengguyur Jakarta pada hari Senin.',
  'Banjir merendam ratusan rumah di tepi sungai.',
  'Pemerintah membuka posko pengungsian.',
];
const en = [
  'Heavy rain fell on Jakarta on Monday.',
  'Floods covered hundreds of houses by the river.',
  'The government opened evacuation shelters.',
];
const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="test"/><body>
<tu><tuv xml:lang="id"><seg>${id[0]}\n${id[1]}</seg></tuv><tuv xml:lang="en"><seg>${en[0]}</seg></tuv></tu>
<tu><tuv xml:lang="id"><seg>${id[2]}</seg></tuv><tuv xml:lang="en"><seg>${en[1]}\n${en[2]}</seg></tuv></tu>
</body></tmx>`;

const shapes = (page: Page) => page.locator('.erow .shape').allTextContents();

async function waitForShapes(page: Page, expected: string[]): Promise<void> {
  await expect.poll(() => shapes(page), {timeout: 15_000}).toEqual(expected);
}

async function readerRows(page: Page, path: string): Promise<{status: number; rows: [string, string][]}> {
  const response = await page.goto(baseUrl + path);
  const status = response?.status() ?? 0;
  if (status !== 200) return {status, rows: []};
  const rows = await page
    .locator('.parallel .row[data-row]')
    .evaluateAll((els) =>
      els.map(
        (row) =>
          [row.querySelector('p[lang=id]')?.textContent ?? '', row.querySelector('p[lang=en]')?.textContent ?? ''] as [
            string,
            string,
          ],
      ),
    );
  return {status, rows};
}

for (const locale of ['en', 'id'] as const) {
  test(`UI in ${locale}: sign in, import a 2-1 misaligned text, fix it with the keyboard, publish, the reader follows`, async () => {
    const context = await browser().newContext({locale: 'en-US', viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const reader = await context.newPage();
    const t = ui[locale];

    // Sign in: the form sends the editor on to the import page.
    await page.goto(`${baseUrl}/${locale}/sign-in?next=/editor/import`);
    await page.getByLabel(locale === 'en' ? 'Email' : 'Surel').fill('editor@selaras.local');
    await page.getByLabel(locale === 'en' ? 'Password' : 'Kata sandi', {exact: true}).fill('selaras-demo');
    await page.getByRole('button', {name: t.signIn, exact: true}).click();
    await page.waitForURL(`**/${locale}/editor/import`);

    // Import through the page: metadata and a TMX file.
    const title = `Banjir ${locale} ${Date.now()}`;
    await page.locator('input[name=licence]').fill('CC BY 4.0, test text');
    await page.locator('input[name=titleId]').fill(title);
    await page
      .locator('input[name=tmxFile]')
      .setInputFiles({name: 'banjir.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx)});
    await page.getByRole('button', {name: t.create, exact: true}).click();
    await page.waitForURL(new RegExp(`/${locale}/editor/banjir-`));
    const slug = new URL(page.url()).pathname.split('/').at(-1)!;
    await waitForShapes(page, ['2–1', '1–2']);
    await expect(page.locator('.erow p:not([lang])').count()).resolves.toBe(0);

    // A draft is not in the reader (and that 404 may now be cached).
    expect((await readerRows(reader, `/${locale}/read/${slug}`)).status).toBe(404);

    // Keys that cannot act say why: nothing to undo yet, and no row below the last to merge with.
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => page.locator('.editor-message').textContent()).toBe(t.nothingToUndo);
    await page.keyboard.press('End');
    await page.keyboard.press('m');
    await expect.poll(() => page.locator('.editor-message').textContent()).toBe(t.mergeLast);
    await page.keyboard.press('Home');

    // Keyboard only: Alt+↓ moves the second Indonesian paragraph down, ↓ then s + Enter splits row 2 in two.
    await page.keyboard.press('Alt+ArrowDown');
    await waitForShapes(page, ['1–1', '2–2']);
    await expect(page.locator('.editor-message').textContent()).resolves.toBe(t.saved);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('s');
    await expect(page.locator('.split-dialog input[name=idCount]')).toBeDefined();
    await page.locator('.split-dialog input[name=idCount]').waitFor();
    await page.keyboard.press('Enter');
    await waitForShapes(page, ['1–1', '1–1', '1–1']);
    // P twice: in review, then published.
    await page.keyboard.press('Shift+P');
    await expect.poll(() => page.locator('.editor-bar .status').textContent()).toContain(t.review);
    await page.keyboard.press('Shift+P');
    await expect.poll(() => page.locator('.editor-bar .status').textContent()).toContain(t.published);

    // The reader shows the fixed pairs at once: publishing revalidated the cached page.
    expect(await readerRows(reader, `/${locale}/read/${slug}`)).toEqual({
      status: 200,
      rows: id.map((p, i) => [p, en[i]]),
    });

    // A change to a published text reaches the reader too: edit the first English paragraph (e, type, Ctrl+Enter).
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('e');
    const box = page.locator('.paragraph-editor textarea');
    await box.waitFor();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Heavy rain hit Jakarta on Monday.');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('.erow[data-row="0"] p[lang=en]').textContent())
      .toBe('Heavy rain hit Jakarta on Monday.');
    await expect
      .poll(async () => (await readerRows(reader, `/${locale}/read/${slug}`)).rows[0], {timeout: 15_000})
      .toEqual([id[0], 'Heavy rain hit Jakarta on Monday.']);

    // Signing out ends the session: the editor sends you to sign in again.
    await page.getByRole('button', {name: t.signOut, exact: true}).click();
    await page.waitForURL(new RegExp(`/${locale}$`));
    await page.goto(`${baseUrl}/${locale}/editor`);
    await page.waitForURL(/\/sign-in/);
    await context.close();
  });
}
