// The alignment editor with the mouse (and a phone's touch) only, in both UI languages: every
// operation has a button, each says what it did or why it cannot act, scores say what they mean,
// the history reads in words and restores revision 0 after a question, and a machine draft is
// previewed and shows up in the rows as soon as it is ready.
import {expect, inject, test} from 'vitest';
import type {BrowserContext, Page} from 'playwright-core';
import {sharedBrowser} from './browser';
import {uiStrings} from './messages';
import {signInEditor} from './signIn';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const ui = uiStrings(
  {
    create: 'Import.create',
    undo: 'Editor.toolbar.undo',
    redo: 'Editor.toolbar.redo',
    merge: 'Editor.toolbar.merge',
    confirm: 'Editor.toolbar.confirm',
    detach: 'Editor.noCounterpart',
    edit: 'Editor.toolbar.edit',
    save: 'Editor.save',
    review: 'Editor.toReview',
    history: 'History.title',
    nothingToUndo: 'Editor.messages.nothingToUndo',
    stillSaving: 'Editor.messages.stillSaving',
    mergeLast: 'Editor.messages.cannotMergeLast',
    imported: 'History.imported',
    restore: 'History.restore',
    yes: 'History.confirmYes',
    cancel: 'History.cancel',
    cancelled: 'History.cancelled',
    preview: 'Editor.previewLink',
    machine: 'Editor.machineRow',
  },
  {
    en: {
      merged: 'Saved: merge of rows 2–3.',
      confirmed: 'Saved: confirmation of row 1.',
      undid: 'Undid: confirmation of row 1.',
      redid: 'Redid: confirmation of row 1.',
      already: 'Row 2 is already confirmed.',
      edited: 'Saved: edit of English paragraph 1.',
      status: 'Saved: status change from “draft” to “in review”.',
      words: 'merge of rows 2–3',
      restored: 'Restored revision 0: 5 later changes were undone.',
      draft: 'Draft the English translation',
      provenance: 'Drafted by the built-in offline engine',
      ready: /paragraphs? come|paragraph comes|None of the/,
    },
    id: {
      merged: 'Tersimpan: penggabungan baris 2–3.',
      confirmed: 'Tersimpan: konfirmasi baris 1.',
      undid: 'Diurungkan: konfirmasi baris 1.',
      redid: 'Diulangi: konfirmasi baris 1.',
      already: 'Baris 2 sudah terkonfirmasi.',
      edited: 'Tersimpan: suntingan paragraf bahasa Inggris ke-1.',
      status: 'Tersimpan: perubahan status dari “draf” menjadi “ditinjau”.',
      words: 'penggabungan baris 2–3',
      restored: 'Revisi 0 dipulihkan: 5 perubahan sesudahnya diurungkan.',
      draft: 'Buat draf terjemahan bahasa Inggris',
      provenance: 'Didraf oleh mesin luring bawaan',
      ready: /dari \d+ paragraf|Belum ada/,
    },
  },
);

const id = [
  'Pasar pagi di kota kecil itu selalu ramai.',
  'Para pedagang menjual sayur, ikan, dan buah segar.',
  'Anak-anak membantu orang tua mereka membawa keranjang.',
  'Menjelang siang, pasar mulai sepi.',
];
const en = [
  'The morning market in that small town is always busy.',
  'Traders sell vegetables, fish and fresh fruit.',
  'Children help their parents carry baskets.',
  'Towards noon, the market grows quiet.',
];

async function signedIn(options: Parameters<ReturnType<typeof browser>['newContext']>[0]): Promise<BrowserContext> {
  const {cookies} = await signInEditor(baseUrl);
  const context = await browser().newContext(options);
  await context.addCookies(cookies);
  return context;
}

/** Imports pasted paragraphs through the import page and opens the new text's editor. */
async function importText(
  page: Page,
  locale: string,
  create: string,
  paragraphs: {id: string[]; en?: string[]},
): Promise<string> {
  await page.goto(`${baseUrl}/${locale}/editor/import`);
  await page.locator('input[name=licence]').fill('CC BY 4.0, test text');
  await page.locator('textarea[name=idText]').fill(paragraphs.id.join('\n\n'));
  if (paragraphs.en) await page.locator('textarea[name=enText]').fill(paragraphs.en.join('\n\n'));
  await page.getByRole('button', {name: create, exact: true}).click();
  await page.waitForURL(new RegExp(`/${locale}/editor/(?!import)[^/]+$`));
  await page.locator('.erow').first().waitFor();
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

const message = (page: Page) => page.locator('.editor-message').textContent();
const shapes = (page: Page) => page.locator('.erow .shape').allTextContents();

for (const locale of ['en', 'id'] as const) {
  test(`UI in ${locale}: the editor with the mouse alone, its history and a restore of revision 0`, async () => {
    const t = ui[locale];
    const context = await signedIn({locale: 'en-US', viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const slug = await importText(page, locale, t.create, {id, en});
    await expect.poll(() => shapes(page)).toEqual(['1–1', '1–1', '1–1', '1–1']);
    const before = await page.locator('.erow p').allTextContents();
    // Scores of rows nobody has confirmed are the aligner's confidence, and say so.
    expect(await page.locator('.erow[data-row="0"] .score').textContent()).toMatch(/\d+%/);
    expect(await page.locator('.erow[data-row="0"] .score').getAttribute('title')).toBeTruthy();
    const button = (name: string) => page.getByRole('toolbar').getByRole('button', {name, exact: true});

    // Nothing to undo yet: the button says so rather than doing nothing.
    await button(t.undo).click();
    await expect.poll(() => message(page)).toBe(t.nothingToUndo);

    // A click on the English cell of row 2 puts the cursor there, and merging confirms the new row:
    // confirming it again says so.
    await page.locator('.erow[data-row="1"] .ecell-en').click();
    await expect.poll(() => page.locator('.erow[data-row="1"] .ecell-en.active').count()).toBe(1);
    await button(t.merge).click();
    await expect.poll(() => shapes(page)).toEqual(['1–1', '2–2', '1–1']);
    expect(await message(page)).toBe(t.merged);
    await button(t.confirm).click();
    await expect.poll(() => message(page)).toBe(t.already);

    // A double click on confirm confirms row 1 once (a second confirm would say it is confirmed already).
    await page.locator('.erow[data-row="0"] .ecell-id').click();
    await button(t.confirm).dblclick();
    await expect.poll(() => message(page)).toBe(t.confirmed);
    await page.waitForTimeout(500);
    expect(await message(page)).toBe(t.confirmed);
    expect(await page.locator('.erow[data-row="0"] .badge.ok').count()).toBe(1);

    // Undo and redo say what they walked over. A second undo clicked while the first is on its way (held
    // back here for a second) is not sent, and says so.
    await page.route('**/*', async (route) => {
      if (route.request().headers()['next-action']) await new Promise((r) => setTimeout(r, 1_000));
      await route.fallback();
    });
    await button(t.undo).click();
    await button(t.undo).click();
    await expect.poll(() => message(page)).toBe(t.stillSaving);
    await expect.poll(() => message(page)).toBe(t.undid);
    await page.unrouteAll({behavior: 'wait'});
    expect(await page.locator('.erow[data-row="0"] .badge.ok').count()).toBe(0);
    await button(t.redo).click();
    await expect.poll(() => message(page)).toBe(t.redid);

    // The last row cannot be merged: the reason, and nothing sent.
    await page.locator('.erow[data-row="2"] .ecell-id').click();
    await button(t.merge).click();
    await expect.poll(() => message(page)).toBe(t.mergeLast);

    // A paragraph set apart leaves a row that is no longer confirmed, scored by the aligner again.
    await page.locator('.erow[data-row="1"] .ecell-en p').last().click();
    await button(t.detach).click();
    await expect.poll(() => shapes(page)).toEqual(['1–1', '2–1', '0–1', '1–1']);
    expect(await page.locator('.erow[data-row="1"] .badge.ok').count()).toBe(0);
    expect(await page.locator('.erow[data-row="1"] .score').textContent()).toMatch(/\d+%/);

    // Edit a paragraph with buttons; the status button says what it changed.
    await page.locator('.erow[data-row="0"] .ecell-en').click();
    await button(t.edit).click();
    const box = page.locator('.paragraph-editor textarea');
    await box.fill('The morning market in that little town is always busy.');
    await page.locator('.paragraph-editor').getByRole('button', {name: t.save, exact: true}).click();
    await expect.poll(() => message(page)).toBe(t.edited);
    await page.getByRole('button', {name: t.review, exact: true}).click();
    await expect.poll(() => message(page)).toBe(t.status);

    // The draft preview: editors see the unpublished text as readers will.
    await page.getByRole('link', {name: t.preview}).click();
    await page.waitForURL(`**/editor/${slug}/preview`);
    expect(await page.locator('.reader p[lang=id]').first().textContent()).toBe(id[0]);

    // History in words, every revision and revision 0; a restore asks first, and cancelling restores nothing.
    await page.goto(`${baseUrl}/${locale}/editor/${slug}/history`);
    expect(await page.locator('.history tbody').textContent()).toContain(t.words);
    const original = page.locator('.history tbody tr').last();
    expect(await original.textContent()).toContain(t.imported);
    await original.getByRole('button', {name: t.restore}).click();
    await original.getByRole('button', {name: t.cancel}).click();
    await expect.poll(() => original.locator('.restore-message').textContent()).toBe(t.cancelled);
    await original.getByRole('button', {name: t.restore}).click();
    await original.getByRole('button', {name: t.yes}).click();
    await page.waitForURL(/restored=0/);
    await expect.poll(() => page.locator('.history-message').textContent()).toBe(t.restored);
    await page.getByRole('link', {name: locale === 'en' ? 'Back to the editor' : 'Kembali ke penyunting'}).click();
    await page.waitForURL(new RegExp(`/editor/${slug}$`));
    await expect.poll(() => page.locator('.erow p').allTextContents()).toEqual(before);
    await context.close();
  });

  test(`UI in ${locale}: a machine draft is previewed, and its rows appear when it is ready`, async () => {
    const t = ui[locale];
    const context = await signedIn({locale: 'en-US', viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const slug = await importText(page, locale, t.create, {id: id.map((p) => `${p} (${locale})`)});
    expect(await page.locator('.draft-panel').textContent()).toMatch(t.ready);
    await page.getByRole('button', {name: t.draft}).click();
    // No reload: the rows show the English draft once the job is done.
    await expect.poll(() => shapes(page), {timeout: 30_000}).toEqual(['1–1', '1–1', '1–1', '1–1']);
    expect(await page.locator('.erow[data-row="0"] .badge.machine').textContent()).toBe(t.machine);
    expect(await page.locator('.erow .score').count()).toBe(0);
    expect(await page.locator('.draft-provenance').textContent()).toContain(t.provenance);
    const response = await page.goto(`${baseUrl}/${locale}/editor/${slug}/preview`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('.reader p[lang=en]').count()).toBe(4);
    await context.close();
  });
}

test('on a phone (390×844, touch, UI in Indonesian): tap a cell, merge, undo, nothing overflows', async () => {
  const t = ui.id;
  const context = await signedIn({
    locale: 'id-ID',
    viewport: {width: 390, height: 844},
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await importText(page, 'id', t.create, {id, en});
  const widest = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await widest()).toBeLessThanOrEqual(390);
  await page.locator('.erow[data-row="1"] .ecell-en').tap();
  await expect.poll(() => page.locator('.erow[data-row="1"] .ecell-en.active').count()).toBe(1);
  await page.getByRole('toolbar').getByRole('button', {name: t.merge, exact: true}).tap();
  await expect.poll(() => message(page), {timeout: 15_000}).toBe(t.merged);
  await page.getByRole('toolbar').getByRole('button', {name: t.undo, exact: true}).tap();
  await expect.poll(() => message(page), {timeout: 15_000}).toBe('Diurungkan: penggabungan baris 2–3.');
  await expect.poll(() => shapes(page)).toEqual(['1–1', '1–1', '1–1', '1–1']);
  expect(await widest()).toBeLessThanOrEqual(390);
  await context.close();
});
