import {expect, inject, test} from 'vitest';
import type {Page} from 'playwright-core';
import {AxeBuilder} from '@axe-core/playwright';
import {useBrowser} from './browser';

const baseUrl = inject('baseUrl');
const seed = '/read/genpi-china-influence';
const browser = useBrowser();

async function open(path: string, options: {signUp?: string} = {}): Promise<Page> {
  const context = await browser().newContext({locale: 'en-US', viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  if (options.signUp) {
    const response = await page.request.post(`${baseUrl}/api/auth/sign-up/email`, {
      data: {name: 'Learner', email: `${options.signUp}-${Date.now()}@example.org`, password: 'correct horse battery'},
      headers: {origin: baseUrl},
    });
    expect(response.status()).toBe(200);
  }
  await page.goto(baseUrl + path);
  if (path.includes('/read/')) await page.waitForSelector('.reader[data-ready]');
  return page;
}

/** Clicks the middle of the first occurrence of `word` in the paragraph. */
async function tapWord(page: Page, paragraph: string, word: string): Promise<void> {
  const box = await page.locator(paragraph).evaluate((p, w) => {
    p.scrollIntoView({block: 'center'});
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const r = range.getBoundingClientRect();
      return {x: r.x + r.width / 2, y: r.y + r.height / 2};
    }
    return null;
  }, word);
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x, box!.y);
}

const ui = {
  en: {saved: 'Saved to your vocabulary', show: 'Show answer', easy: 'Easy', done: 'Session finished', learning: 'Learning', newWords: 'New words in this text'},
  id: {saved: 'Tersimpan di kosakata Anda', show: 'Tampilkan jawaban', easy: 'Mudah', done: 'Sesi selesai', learning: 'Dipelajari', newWords: 'Kata baru dalam teks ini'},
} as const;

for (const locale of ['en', 'id'] as const) {
  test(`UI in ${locale}: tap menggunakan, see guna and "use", save it with its sentence pair, review it`, async () => {
    const page = await open(`/${locale}${seed}`, {signUp: `learner-${locale}`});
    await page.waitForSelector('.new-words');
    await tapWord(page, '.row[data-row="0"] p[lang=id]', 'menggunakan');
    const popover = page.locator('.lookup[role=dialog]');
    await expect(popover.locator('.lookup-word').textContent()).resolves.toBe('menggunakan');
    await page.waitForSelector('.lookup .lookup-root');
    await expect(popover.locator('.lookup-root').textContent()).resolves.toBe('guna');
    await expect(popover.locator('.lookup-glosses').textContent()).resolves.toMatch(/\buse\b/);
    await expect(popover.locator('.lookup-sentence').textContent()).resolves.toMatch(/asked China to use its influence/);
    await popover.locator('.lookup-save').click();
    await page.waitForFunction((text) => document.querySelector('.lookup-save')?.textContent === text, ui[locale].saved);

    await page.goto(`${baseUrl}/${locale}/vocabulary`);
    const row = page.locator('tr[data-lemma="guna"]');
    await expect(row.locator('.sentence').textContent()).resolves.toMatch(/menggunakan pengaruhnya/);
    await expect(row.locator('.translation').textContent()).resolves.toMatch(/use its influence/);
    const anki = await (await page.request.get(`${baseUrl}/api/vocabulary/anki`)).text();
    expect(anki).toMatch(/^#separator:tab\n#html:false\n/);
    expect(anki).toMatch(/\nmenggunakan\tguna\tuse[^\t]*\t[^\t]*menggunakan pengaruhnya[^\t]*\t[^\t]*use its influence/);

    await page.goto(`${baseUrl}/${locale}/review`);
    await expect(page.locator('.review-card .front mark').textContent()).resolves.toBe('menggunakan');
    await page.getByRole('button', {name: ui[locale].show}).click();
    await expect(page.locator('.review-card .back').textContent()).resolves.toMatch(/guna.*use/s);
    await page.getByRole('button', {name: new RegExp(`^${ui[locale].easy}`)}).click();
    await page.waitForSelector('.review-done');
    await expect(page.locator('.review-done').textContent()).resolves.toMatch(ui[locale].done);
    await page.context().close();
  });
}

test('anonymous readers look words up by keyboard, and are asked to sign in to save', async () => {
  const page = await open(`/en${seed}`);
  await page.locator('.row[data-row="2"] p[lang=id]').focus();
  await page.keyboard.press('Enter');
  const popover = page.locator('.lookup[role=dialog]');
  await expect(popover.locator('.lookup-word').textContent()).resolves.toBe('Mereka');
  await page.keyboard.press('ArrowRight');
  await expect(popover.locator('.lookup-word').textContent()).resolves.toBe('mendesak');
  await page.waitForSelector('.lookup .lookup-glosses');
  const axe = await new AxeBuilder({page}).include('.lookup').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await popover.locator('.lookup-save').click();
  await page.waitForSelector('.lookup a[href*="/sign-in"]');
  await page.keyboard.press('Escape');
  await expect(popover.count()).resolves.toBe(0);
  await expect(page.evaluate(() => document.activeElement?.closest('.row')?.getAttribute('data-row'))).resolves.toBe('2');
  // English words work the same way.
  await tapWord(page, '.row[data-row="0"] p[lang=en]', 'influence');
  await page.waitForSelector('.lookup .lookup-glosses');
  await expect(popover.locator('.lookup-glosses').textContent()).resolves.toMatch(/pengaruh/);
  await page.context().close();
});

test('sentences light up with their counterpart; interleaved and tap-to-reveal modes', async () => {
  const page = await open(`/en${seed}`);
  const row = page.locator('.row[data-row="0"]');
  await row.locator('p[lang=id] .s').nth(1).hover();
  await expect(row.locator('p[lang=en] .s.lit').textContent()).resolves.toBe('Beijing has so far remained silent.');
  await page.getByRole('button', {name: 'Interleaved'}).click();
  const id = (await row.locator('.cell-id').boundingBox())!;
  const en = (await row.locator('.cell-en').boundingBox())!;
  expect(en.y).toBeGreaterThan(id.y + id.height - 1);
  await page.getByRole('button', {name: 'Indonesian, tap for English'}).click();
  const hidden = row.locator('p[lang=en] .s').first();
  await expect(hidden.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgba(0, 0, 0, 0)');
  await hidden.click();
  await expect(hidden.evaluate((el) => getComputedStyle(el).color)).resolves.not.toBe('rgba(0, 0, 0, 0)');
  await row.getByRole('button', {name: 'Show the English'}).click();
  await expect(row.locator('p[lang=en] .s').nth(1).evaluate((el) => getComputedStyle(el).color)).resolves.not.toBe('rgba(0, 0, 0, 0)');
  await page.context().close();
});

test('listening reads the Indonesian sentence by sentence in an id-ID voice, highlighting the current one', async () => {
  const context = await browser().newContext({locale: 'en-US'});
  // The test browser has no voices: a stand-in synthesiser records what it is asked to say.
  await context.addInitScript(() => {
    const spoken: {text: string; lang: string}[] = [];
    (window as unknown as {spoken: typeof spoken}).spoken = spoken;
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [],
        cancel: () => {},
        speak: (u: SpeechSynthesisUtterance) => {
          spoken.push({text: u.text, lang: u.lang});
          setTimeout(() => u.onstart?.(new Event('start') as SpeechSynthesisEvent), 10);
          if (spoken.length < 2) setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 50);
        },
      },
    });
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/en${seed}`);
  await page.waitForSelector('.reader[data-ready]');
  await page.getByRole('button', {name: 'Listen'}).click();
  await page.waitForFunction(() => (window as unknown as {spoken: unknown[]}).spoken.length === 2);
  const spoken = await page.evaluate(() => (window as unknown as {spoken: {text: string; lang: string}[]}).spoken);
  expect(spoken[1]).toEqual({text: 'Beijing sejauh ini tetap bungkam.', lang: 'id-ID'});
  await page.waitForSelector('.row[data-row="0"] p[lang=id] .s.speaking');
  await expect(page.locator('.s.speaking').textContent()).resolves.toBe('Beijing sejauh ini tetap bungkam.');
  await page.getByRole('button', {name: 'Stop'}).click();
  await context.close();
});

test('search: guna finds menggunakan, shown with the English paragraph, in both UI languages', async () => {
  for (const [locale, summary] of [['en', /results? for “guna”/], ['id', /hasil untuk “guna”/]] as const) {
    const page = await open(`/${locale}/search?q=guna`);
    await expect(page.locator('[role=status]').textContent()).resolves.toMatch(summary);
    const hit = page.locator('.search-results li', {hasText: 'menggunakan pengaruhnya'}).first();
    await expect(hit.locator('p[lang=en]').first().textContent()).resolves.toMatch(/use its influence/);
    await page.context().close();
  }
});
