// Bounded work in the browser, in both UI languages: search pages with highlighted matches that open
// the reader at the matching row; the known-word import refuses an over-long list with a message, runs
// a list as a job whose progress page survives a reload, and the vocabulary comes a page at a time; the text import form keeps every field after a preview or a
// refusal, names the field and the rule, and a long text goes through the import job to the editor.
import {expect, inject, test} from 'vitest';
import type {BrowserContext, Page} from 'playwright-core';
import {sharedBrowser} from './browser';
import {outboxMailbox} from '../helpers/mailbox';
import {signUpConfirmed} from './mail';
import {uiStrings} from './messages';
import {signInEditor} from './signIn';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const ui = uiStrings(
  {
    more: 'Search.next',
    next: 'Vocabulary.next',
    preview: 'Import.preview',
    create: 'Import.create',
  },
  {
    en: {
      tooMany: /more than 10,000 words/,
      imported: /120 words marked known/,
      paragraphs: /Indonesian, pasted text: more than 10,000 paragraphs/,
    },
    id: {
      tooMany: /lebih dari 10\.000 kata/,
      imported: /120 kata ditandai dikenal/,
      paragraphs: /Bahasa Indonesia, teks yang ditempel: lebih dari 10\.000 paragraf/,
    },
  },
);

/** Sets a long value at once: typing 100 KB into a textarea takes longer than the test on a loaded machine. */
async function setValue(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).evaluate((el: HTMLTextAreaElement, v: string) => {
    el.value = v;
  }, value);
}

async function context(options: {phone?: boolean} = {}): Promise<BrowserContext> {
  return browser().newContext({
    locale: 'en-US',
    viewport: options.phone ? {width: 390, height: 844} : {width: 1280, height: 900},
  });
}

test('search highlights the match, pages the results and opens the reader at the matching row', async () => {
  const ctx = await context({phone: true});
  const page = await ctx.newPage();
  for (const locale of ['en', 'id'] as const) {
    await page.goto(`${baseUrl}/${locale}/search?q=guna`);
    const hit = page.locator('.search-results li', {hasText: 'menggunakan pengaruhnya'}).first();
    await expect(hit.locator('p[lang=id] mark').first().textContent()).resolves.toBe('menggunakan');
    const href = await hit.locator('a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${locale}/read/genpi-china-influence/row/\\d+$`));
    await hit.locator('a').first().click();
    await page.waitForURL(`**/read/genpi-china-influence#r*`);
    const row = page.locator('.row:target');
    await expect(row.locator('p[lang=id]').first().textContent()).resolves.toMatch(/menggunakan pengaruhnya/);
    await expect
      .poll(() =>
        row.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight;
        }),
      )
      .toBe(true);

    // A word in many paragraphs: 20 a page, and the next page holds others.
    await page.goto(`${baseUrl}/${locale}/search?q=yang`);
    await expect(page.locator('.search-results li').count()).resolves.toBe(20);
    const first = await page.locator('.search-results li').first().textContent();
    await page.getByRole('link', {name: ui[locale].more}).click();
    await page.waitForURL(/page=2/);
    await expect(page.locator('.search-results li').first().textContent()).resolves.not.toBe(first);

    // Markup in a query stays text.
    await page.goto(`${baseUrl}/${locale}/search?q=${encodeURIComponent('<img src=x onerror=alert(1)> rumah')}`);
    await expect(page.locator('.search-results img').count()).resolves.toBe(0);
  }
  await ctx.close();
});

test('known words: an over-long list is refused with a message, a list is imported, the vocabulary pages', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await signUpConfirmed(page, {
    baseUrl,
    mailbox: outboxMailbox(inject('mailOutbox')),
    name: 'Importer',
    email: `importer-${Date.now()}@example.org`,
    // An address of its own behind the suite's trusted local proxy (tests/e2e/server.ts): sign-ups are
    // limited per address, and other files sign up learners too.
    forwardedFor: '203.0.113.7',
  });
  for (const locale of ['en', 'id'] as const) {
    await page.goto(`${baseUrl}/${locale}/vocabulary`);
    await setValue(page, 'textarea[name=words]', Array.from({length: 10_001}, (_, k) => `zqa${k}`).join('\n'));
    await page.locator('form.import button[type=submit]').click();
    await expect(page.locator('p.form-error').textContent()).resolves.toMatch(ui[locale].tooMany);
  }
  await page.goto(`${baseUrl}/en/vocabulary`);
  await page
    .locator('textarea[name=words]')
    .fill(Array.from({length: 120}, (_, k) => `zqb${String(k).padStart(3, '0')}`).join('\n'));
  await page.locator('form.import button[type=submit]').click();
  // The list is a job: its progress page follows it to the end, and says the same after a reload.
  await page.waitForURL(/\/en\/jobs\/[a-z0-9]+$/);
  await expect.poll(() => page.locator('.job p[role=status]').textContent(), {timeout: 60_000}).toMatch(ui.en.imported);
  await page.goto(page.url().replace('/en/', '/id/'));
  await expect(page.locator('.job p[role=status]').textContent()).resolves.toMatch(ui.id.imported);
  // Nobody else sees it.
  const stranger = await context();
  const response = await (await stranger.newPage()).goto(page.url());
  expect(response?.url()).toMatch(/\/sign-in\?next=/);
  await stranger.close();
  for (const locale of ['en', 'id'] as const) {
    await page.goto(`${baseUrl}/${locale}/vocabulary`);
    await expect(page.locator('.vocabulary tbody tr').count()).resolves.toBe(50);
    await page.getByRole('link', {name: ui[locale].next}).click();
    await page.waitForURL(/page=2/);
    await expect(page.locator('.vocabulary tbody tr').count()).resolves.toBe(50);
    await page.locator('input[name=prefix]').fill('zqb11');
    await page.locator('form.vocabulary-filter button').click();
    // The filter is a GET form: the rows are counted on the page it leads to.
    await page.waitForURL(/prefix=zqb11/);
    await expect.poll(() => page.locator('.vocabulary tbody tr').count()).toBe(10);
  }
  await ctx.close();
});

test('the import form keeps every field after a preview and a refusal, and a long text goes through the job', async () => {
  const ctx = await context();
  await ctx.addCookies((await signInEditor(baseUrl)).cookies);
  const page = await ctx.newPage();
  const many = (n: number, word: string) => Array.from({length: n}, (_, k) => `${word} ${k}.`).join('\n\n');
  for (const locale of ['en', 'id'] as const) {
    await page.goto(`${baseUrl}/${locale}/editor/import`);
    const fields = {licence: 'CC BY 4.0', author: 'Penulis', titleId: `Judul ${locale}`, titleEn: `Title ${locale}`};
    for (const [name, value] of Object.entries(fields)) await page.locator(`input[name=${name}]`).fill(value);
    await page.locator('textarea[name=idText]').fill('Satu.\n\nDua.');
    await page.locator('textarea[name=enText]').fill('One.\n\nTwo.');
    await page
      .locator('input[name=idFile]')
      .setInputFiles({name: 'id.txt', mimeType: 'text/plain', buffer: Buffer.from('Tiga.\n\nEmpat.')});
    await page.getByRole('button', {name: ui[locale].preview}).click();
    await page.locator('.import-preview').waitFor();
    await expect(page.locator('.import-preview li').count()).resolves.toBe(4);
    for (const [name, value] of Object.entries(fields))
      await expect(page.locator(`input[name=${name}]`).inputValue()).resolves.toBe(value);
    await expect(page.locator('textarea[name=enText]').inputValue()).resolves.toBe('One.\n\nTwo.');
    await expect(
      page.locator('input[name=idFile]').evaluate((input: HTMLInputElement) => input.files?.[0]?.name),
    ).resolves.toBe('id.txt');

    await page.locator('input[name=idFile]').setInputFiles([]);
    await setValue(page, 'textarea[name=idText]', many(10_001, 'Kalimat'));
    await page.getByRole('button', {name: ui[locale].preview}).click();
    await expect(page.locator('#import-error').textContent()).resolves.toMatch(ui[locale].paragraphs);
    await expect(page.locator('textarea[name=idText]').getAttribute('aria-invalid')).resolves.toBe('true');
    for (const [name, value] of Object.entries(fields))
      await expect(page.locator(`input[name=${name}]`).inputValue()).resolves.toBe(value);
  }
  // 3,000 paragraphs a side: the job aligns and stores it, and the editor opens.
  await setValue(page, 'textarea[name=idText]', many(3000, 'Kalimat'));
  await setValue(page, 'textarea[name=enText]', many(3000, 'Sentence'));
  await page.getByRole('button', {name: ui.id.create}).click();
  await page.waitForURL(/\/id\/editor\/judul-id-[0-9a-f]+$/, {timeout: 120_000});
  await ctx.close();
}, 240_000);
