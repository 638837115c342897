import {expect, inject, test} from 'vitest';
import type {Page} from 'playwright-core';
import {sharedBrowser} from './browser';

const baseUrl = inject('baseUrl');
const seed = '/read/genpi-china-influence';
const browser = sharedBrowser();

async function open(
  path: string,
  options: {locale?: string; javaScript?: boolean; width?: number} = {},
): Promise<Page> {
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
    await expect(firstRow.locator('p[lang=id]').textContent()).resolves.toMatch(
      /^GenPI\.co - AS dan Korea Selatan telah meminta China/,
    );
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
  await expect(page.locator('.row[data-row="1"] p[lang=en]').textContent()).resolves.toMatch(
    /three senior US diplomats|diplomats/,
  );
  // The choice is remembered: `/` now opens in Indonesian although the browser asks for English.
  await page.goto(`${baseUrl}/`);
  expect(new URL(page.url()).pathname).toBe('/id');
  await page.context().close();
});

test('swap puts English on the left; hiding a side leaves one column', async () => {
  const page = await open(`/en${seed}`);
  const row = page.locator('.row[data-row="0"]');
  const x = async (lang: string) => (await row.locator(`.cell-${lang}`).boundingBox())!.x;
  expect(await x('id')).toBeLessThan(await x('en'));
  await page.waitForSelector('.reader[data-ready]');
  await page.getByRole('button', {name: 'Swap sides'}).click();
  expect(await x('en')).toBeLessThan(await x('id'));
  await page.getByLabel('View').selectOption('id');
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
  for (const [locale, title] of [
    ['en', 'Page not found'],
    ['id', 'Halaman tidak ditemukan'],
  ]) {
    const response = await fetch(`${baseUrl}/${locale}/no/such/page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(title);
  }
  expect((await fetch(`${baseUrl}/en/read/no-such-text`)).status).toBe(404);
});

// The reader's own state, per browser: view, swap, place in the text; speech; phones; the popover.
const viewports = {desktop: {width: 1280, height: 900}, phone: {width: 390, height: 844}} as const;
const words = {
  en: {
    view: 'View',
    swap: 'Swap sides',
    listen: 'Listen',
    noSpeech: 'This browser cannot read aloud.',
    noVoice: /no Indonesian voice/,
    save: 'Save word',
  },
  id: {
    view: 'Tampilan',
    swap: 'Tukar sisi',
    listen: 'Dengarkan',
    noSpeech: 'Peramban ini tidak dapat membacakan teks.',
    noVoice: /tidak memiliki suara bahasa Indonesia/,
    save: 'Simpan kata',
  },
} as const;

async function openIn(
  locale: 'en' | 'id',
  viewport: keyof typeof viewports,
  path = seed,
  init?: () => void,
): Promise<Page> {
  const context = await browser().newContext({
    locale: locale === 'id' ? 'id-ID' : 'en-US',
    viewport: viewports[viewport],
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${locale}${path}`);
  await page.waitForSelector('.reader[data-ready]');
  return page;
}

/** The row at the top of the window. */
const topRow = (page: Page) =>
  page.evaluate(() => {
    for (const row of document.querySelectorAll<HTMLElement>('.parallel .row[data-row]'))
      if (row.getBoundingClientRect().bottom > 2) return Number(row.dataset.row);
    return -1;
  });

for (const locale of ['en', 'id'] as const) {
  for (const viewport of ['desktop', 'phone'] as const) {
    test(`${locale}, ${viewport}: the view, swap and place in the text survive a reload and a UI-language switch`, async () => {
      const page = await openIn(locale, viewport);
      await page.getByLabel(words[locale].view).selectOption('interleaved');
      await page.getByRole('button', {name: words[locale].swap}).click();
      await page
        .locator('.row[data-row="6"]')
        .evaluate((row) => row.scrollIntoView({block: 'start', behavior: 'instant'}));
      await page.waitForTimeout(400);
      expect(await topRow(page)).toBe(6);
      await page.reload();
      await page.waitForSelector('.reader[data-ready]');
      await page.waitForFunction(() => document.querySelector('.reader')?.getAttribute('data-show') === 'interleaved');
      await expect(page.locator('.reader').getAttribute('data-left')).resolves.toBe('en');
      await expect(page.getByRole('button', {name: words[locale].swap}).getAttribute('aria-pressed')).resolves.toBe(
        'true',
      );
      await page.waitForFunction(() => window.scrollY > 100);
      expect(await topRow(page)).toBe(6);
      // English first: the English cell of a row is above its Indonesian one.
      const row = page.locator('.row[data-row="7"]');
      expect((await row.locator('.cell-en').boundingBox())!.y).toBeLessThan(
        (await row.locator('.cell-id').boundingBox())!.y,
      );
      const other = locale === 'en' ? 'id' : 'en';
      await page.locator(`.locale-switcher a[lang=${other}]`).click();
      await page.waitForURL(`**/${other}${seed}`);
      await page.waitForSelector('.reader[data-ready]');
      await expect(page.getByLabel(words[other].view).inputValue()).resolves.toBe('interleaved');
      await expect(page.locator('.reader').getAttribute('data-left')).resolves.toBe('en');
      await page.waitForFunction(() => window.scrollY > 100);
      expect(await topRow(page)).toBe(6);
      await page.context().close();
    });

    test(`${locale}, ${viewport}: no speech synthesis, or no voice for the language, is said, not silent`, async () => {
      const page = await openIn(locale, viewport, seed, () => {
        delete (window as {speechSynthesis?: unknown}).speechSynthesis;
        delete (Window.prototype as {speechSynthesis?: unknown}).speechSynthesis;
      });
      const listen = page.getByRole('button', {name: words[locale].listen});
      await expect(listen.isDisabled()).resolves.toBe(true);
      await expect(page.locator('.reader-notice').textContent()).resolves.toBe(words[locale].noSpeech);
      await expect(page.locator('.reader-notice').isVisible()).resolves.toBe(true);
      await page.context().close();
      // A synthesiser without voices (as in this test browser): Listen answers with a sentence.
      const silent = await openIn(locale, viewport, seed, () => {
        Object.defineProperty(window, 'speechSynthesis', {
          value: {getVoices: () => [], cancel: () => {}, speak: () => {}},
        });
      });
      await silent.getByRole('button', {name: words[locale].listen}).click();
      await expect(silent.locator('.reader-notice').textContent()).resolves.toMatch(words[locale].noVoice);
      await expect(silent.locator('.s.speaking').count()).resolves.toBe(0);
      await silent.context().close();
    });

    test(`${locale}, ${viewport}: the word popover stays inside the window at its bottom edge`, async () => {
      const page = await openIn(locale, viewport);
      // A word on the last line of the window.
      const point = await page.locator('.row[data-row="4"] p[lang=id]').evaluate((p) => {
        p.scrollIntoView({block: 'end', behavior: 'instant'});
        window.scrollBy(0, -4);
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let last: {x: number; y: number} | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of (node as Text).data.matchAll(/\p{L}{4,}/gu)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const r = range.getBoundingClientRect();
            if (r.bottom < window.innerHeight) last = {x: r.x + r.width / 2, y: r.y + r.height / 2};
          }
        }
        return last;
      });
      expect(point).not.toBeNull();
      expect(point!.y).toBeGreaterThan(viewports[viewport].height - 80);
      await page.mouse.click(point!.x, point!.y);
      const popover = page.locator('.lookup[role=dialog]');
      await page.waitForSelector('.lookup .lookup-glosses');
      await page.waitForTimeout(100);
      const box = (await popover.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewports[viewport].height + 1);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewports[viewport].width + 1);
      const save = (await popover.getByRole('button', {name: words[locale].save}).boundingBox())!;
      expect(save.y + save.height).toBeLessThanOrEqual(viewports[viewport].height);
      // The word stays visible: above the popover, or beside it on a wide screen.
      const word = await page.evaluate(() => {
        const r = (CSS as unknown as {highlights: Map<string, {values(): IterableIterator<Range>}>}).highlights
          .get('lookup')!
          .values()
          .next().value!;
        const box = r.getBoundingClientRect();
        return {top: box.top, bottom: box.bottom};
      });
      expect(word.top).toBeGreaterThanOrEqual(0);
      expect(word.bottom <= box.y || word.top >= box.y + box.height).toBe(true);
      await page.context().close();
    });
  }

  test(`${locale}: swap is off in the one-column views, reveal keeps Indonesian first, one column is centred`, async () => {
    const page = await openIn(locale, 'desktop');
    const swap = page.getByRole('button', {name: words[locale].swap});
    await swap.click();
    await page.getByLabel(words[locale].view).selectOption('reveal');
    await expect(swap.isDisabled()).resolves.toBe(true);
    await expect(swap.getAttribute('aria-pressed')).resolves.toBe('false');
    const row = page.locator('.row[data-row="1"]');
    expect((await row.locator('.cell-id').boundingBox())!.y).toBeLessThan(
      (await row.locator('.cell-en').boundingBox())!.y,
    );
    for (const view of ['id', 'en', 'reveal', 'interleaved']) {
      await page.getByLabel(words[locale].view).selectOption(view);
      const box = (await row.boundingBox())!;
      expect(Math.abs(box.x + box.width / 2 - 640), view).toBeLessThan(30);
      expect(box.width, view).toBeGreaterThan(500);
    }
    await page.getByLabel(words[locale].view).selectOption('both');
    await expect(swap.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.context().close();
  });

  test(`${locale}, phone: the reading controls fit on one line and the text starts on the first screen`, async () => {
    const page = await openIn(locale, 'phone');
    const controls = (await page.locator('.reader-controls').boundingBox())!;
    expect(controls.height).toBeLessThan(50);
    const first = (await page.locator('.row[data-row="0"] p[lang=id]').boundingBox())!;
    expect(first.y).toBeLessThan(844 - 100);
    await page.context().close();
  });
}
