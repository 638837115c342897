import {expect, inject, test} from 'vitest';
import type {Page} from 'playwright-core';
import {useBrowser} from './browser';

const baseUrl = inject('baseUrl');
const seed = '/read/genpi-china-influence';
const browser = useBrowser();

async function open(path: string, options: {locale?: string; javaScript?: boolean; width?: number} = {}): Promise<Page> {
  const context = await browser().newContext({
    locale: options.locale ?? 'en-US',
    javaScriptEnabled: options.javaScript ?? true,
    viewport: {width: options.width ?? 1280, height: 900},
  });
  const page = await context.newPage();
  await page.goto(baseUrl + path);
  return page;
}

test('/ picks the UI language from Accept-Language, and the library lists the texts in both languages', async () => {
  const page = await open('/', {locale: 'id-ID'});
  expect(new URL(page.url()).pathname).toBe('/id');
  await expect(page.locator('h1').textContent()).resolves.toBe('Pustaka');
  const card = page.locator('.text-card', {hasText: 'AS dan Korea Selatan'});
  await expect(card.locator('[lang=en]').textContent()).resolves.toMatch(/China/);
  await expect(card.locator('.meta').textContent()).resolves.toMatch(/Berita · 13 paragraf · \d+ menit baca/);
  await page.context().close();
});

for (const locale of ['en', 'id'] as const) {
  test(`the seed article side by side with the UI in ${locale}`, async () => {
    const page = await open(`/${locale}${seed}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
    const firstRow = page.locator('.row[data-row="0"]');
    await expect(firstRow.locator('p[lang=id]').textContent()).resolves.toMatch(/^GenPI\.co - AS dan Korea Selatan telah meminta China/);
    await expect(firstRow.locator('p[lang=en]').textContent()).resolves.toMatch(/South Korea/);
    // The boilerplate has no English counterpart.
    const lastRow = page.locator('.row[data-row="12"]');
    await expect(lastRow.locator('p[lang=id]').textContent()).resolves.toMatch(/Silakan baca konten menarik/);
    await expect(lastRow.locator('p.none').count()).resolves.toBe(1);
    // Every paragraph says its language.
    await expect(page.locator('.parallel p:not([lang])').count()).resolves.toBe(0);
    await page.context().close();
  });
}

test('hovering a paragraph highlights its counterpart', async () => {
  const page = await open(`/en${seed}`);
  const counterpart = page.locator('.row[data-row="3"] p[lang=en]');
  const before = await counterpart.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.locator('.row[data-row="3"] p[lang=id]').hover();
  await page.waitForTimeout(200);
  const after = await counterpart.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(after).not.toBe(before);
  expect(after).toBe('rgb(255, 241, 184)');
  await page.context().close();
});

test('switching the UI language keeps the page and the texts', async () => {
  const page = await open(`/en${seed}`);
  const text = await page.locator('.row[data-row="1"] p[lang=id]').textContent();
  await expect(page.locator('.reader-controls button').first().textContent()).resolves.toBe('Swap sides');
  await page.locator('.locale-switcher a[lang=id]').click();
  await page.waitForURL(`**/id${seed}`);
  await expect(page.locator('.reader-controls button').first().textContent()).resolves.toBe('Tukar sisi');
  await expect(page.locator('.row[data-row="1"] p[lang=id]').textContent()).resolves.toBe(text);
  await expect(page.locator('.row[data-row="1"] p[lang=en]').textContent()).resolves.toMatch(/three senior US diplomats|diplomats/);
  // The choice is remembered: `/` now opens in Indonesian although the browser asks for English.
  await page.goto(baseUrl + '/');
  expect(new URL(page.url()).pathname).toBe('/id');
  await page.context().close();
});

test('swap puts English on the left; hiding a side leaves one column', async () => {
  const page = await open(`/en${seed}`);
  const row = page.locator('.row[data-row="0"]');
  const x = async (lang: string) => (await row.locator(`.cell-${lang}`).boundingBox())!.x;
  expect(await x('id')).toBeLessThan(await x('en'));
  await page.getByRole('button', {name: 'Swap sides'}).click();
  expect(await x('en')).toBeLessThan(await x('id'));
  await page.getByRole('button', {name: 'Indonesian only'}).click();
  await expect(row.locator('.cell-en').isVisible()).resolves.toBe(false);
  await page.context().close();
});

test('phones get Indonesian and English interleaved, and the page reads without JavaScript', async () => {
  const page = await open(`/en${seed}`, {width: 390, javaScript: false});
  const row = page.locator('.row[data-row="2"]');
  const id = (await row.locator('.cell-id').boundingBox())!;
  const en = (await row.locator('.cell-en').boundingBox())!;
  expect(en.y).toBeGreaterThan(id.y + id.height - 1);
  expect(Math.abs(en.x - id.x)).toBeLessThan(2);
  await page.context().close();
});

test('unknown paths give a translated 404', async () => {
  for (const [locale, title] of [['en', 'Page not found'], ['id', 'Halaman tidak ditemukan']]) {
    const response = await fetch(`${baseUrl}/${locale}/no/such/page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(title);
  }
  expect((await fetch(`${baseUrl}/en/read/no-such-text`)).status).toBe(404);
});
