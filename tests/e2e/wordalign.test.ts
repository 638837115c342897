// Word alignment in the browser, in both UI languages and on a phone: a word's counterpart lights up
// in the reader and the alignment editor, the lookup says how this sentence translates the word (and a
// learner reveals one word in reveal mode), a saved word's review card marks both words, the
// concordance lists a word's sentence pairs and translations, and editors decide multi-word terms.
import {expect, inject, test} from 'vitest';
import type {Page} from 'playwright-core';
import {sharedBrowser} from './browser';
import {uiStrings} from './messages';
import {wordPoint} from './pageHelpers';
import {outboxMailbox} from '../helpers/mailbox';
import {signUpConfirmed} from './mail';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const mailbox = outboxMailbox(inject('mailOutbox'));
const seed = '/read/genpi-china-influence';
let learners = 0;

const ui = uiStrings({
  inSentence: 'Lookup.inSentence',
  saved: 'Lookup.saved',
  term: 'Lookup.term',
  show: 'Review.show',
  tally: 'Concordance.tally',
  tooLong: 'Concordance.errors.tooLong',
  badFrom: 'Concordance.errors.from',
  empty: 'Concordance.errors.empty',
  none: 'Concordance.none',
  suspicious: 'Editor.suspiciousTitle',
  signIn: 'Editor.signIn',
  create: 'Import.create',
  confirm: 'Terms.move.confirmed',
  reject: 'Terms.move.rejected',
  propose: 'Terms.propose',
  revealView: 'StudyModes.reveal',
});

async function open(path: string, options: {phone?: boolean; signUp?: boolean} = {}): Promise<Page> {
  const viewport = options.phone ? {width: 390, height: 844} : {width: 1280, height: 900};
  const context = await browser().newContext({locale: 'en-US', viewport, hasTouch: options.phone});
  const page = await context.newPage();
  if (options.signUp) {
    // A new account confirms its address through the mail in the shared server's outbox first.
    await signUpConfirmed(page, {
      baseUrl,
      mailbox,
      email: `words-${Date.now()}-${learners}@example.org`,
      forwardedFor: `203.0.113.${++learners}`,
    });
  }
  await page.goto(baseUrl + path);
  return page;
}

/** The middle of the first occurrence of `word` in the element. */
async function pointOf(page: Page, selector: string, word: string): Promise<{x: number; y: number}> {
  const box = await wordPoint(page, selector, word, {wholeWord: true});
  expect(box, word).not.toBeNull();
  return box!;
}

/** The text of each range of a named CSS highlight. */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const set = (CSS as unknown as {highlights: Map<string, Iterable<Range>>}).highlights.get(n);
    return set ? [...set].map((r) => r.toString()) : [];
  }, name);
}

for (const locale of ['en', 'id'] as const) {
  test(`UI in ${locale}: hovering an Indonesian word lights up its English counterpart, and the reverse`, async () => {
    const page = await open(`/${locale}${seed}`);
    await page.waitForSelector('.reader[data-word-pairs=ready] .row[data-w]');
    const rusia = await pointOf(page, '.row[data-row="0"] p[lang=id]', 'Rusia');
    await page.mouse.move(rusia.x, rusia.y);
    await expect.poll(() => highlighted(page, 'word-pair')).toEqual(['Russia']);
    expect(await highlighted(page, 'word-hover')).toEqual(['Rusia']);
    const influence = await pointOf(page, '.row[data-row="0"] p[lang=en]', 'influence');
    await page.mouse.move(influence.x, influence.y);
    await expect.poll(() => highlighted(page, 'word-pair')).toContain('pengaruhnya');
    // Off the text, nothing stays lit.
    await page.mouse.move(5, 5);
    await expect.poll(() => highlighted(page, 'word-pair')).toEqual([]);
    await page.context().close();
  });

  test(`UI in ${locale}, phone: a tapped word says how this sentence translates it; reveal mode shows that one word`, async () => {
    const page = await open(`/${locale}${seed}`, {phone: true});
    await page.waitForSelector('.reader[data-ready] .row[data-w]');
    const word = await pointOf(page, '.row[data-row="0"] p[lang=id]', 'pengaruhnya');
    await page.touchscreen.tap(word.x, word.y);
    const context = page.locator('.lookup .lookup-context');
    await expect.poll(() => context.textContent()).toMatch(new RegExp(`^${ui[locale].inSentence}: .*influence`));
    expect(await highlighted(page, 'lookup-pair')).toContain('influence');
    await page.keyboard.press('Escape');
    // Reveal mode hides the English; a tap on an Indonesian word reveals its translation only.
    await page.locator('.reader-view select').selectOption('reveal');
    const rusia = await pointOf(page, '.row[data-row="0"] p[lang=id]', 'Rusia');
    await page.touchscreen.tap(rusia.x, rusia.y);
    await expect.poll(() => highlighted(page, 'word-reveal')).toEqual(['Russia']);
    await page.context().close();
  });
}

test('a saved word keeps its translation in context, and its review card marks both words', async () => {
  const page = await open(`/en${seed}`, {signUp: true});
  await page.waitForSelector('.reader[data-ready] .row[data-w]');
  const word = await pointOf(page, '.row[data-row="0"] p[lang=id]', 'Rusia');
  await page.mouse.click(word.x, word.y);
  await page.locator('.lookup .lookup-save').click();
  await expect.poll(() => page.locator('.lookup .lookup-save').textContent()).toBe(ui.en.saved);
  await page.goto(`${baseUrl}/en/review`);
  await expect(page.locator('.review-card .front mark').textContent()).resolves.toBe('Rusia');
  await page.getByRole('button', {name: ui.en.show}).click();
  await expect(page.locator('.review-card .translation mark').allTextContents()).resolves.toEqual(['Russia']);
  await expect(page.locator('.review-card .in-context b').textContent()).resolves.toBe('Russia');
  await page.context().close();
});

for (const locale of ['en', 'id'] as const)
  for (const phone of [false, true])
    test(`concordance, UI in ${locale}${phone ? ', phone' : ''}: pairs with both words marked, a tally, a link to the row; bad queries told`, async () => {
      const page = await open(`/${locale}/concordance?q=pengaruh&from=id`, {phone});
      const pairs = page.locator('.concordance-pairs li');
      expect(await pairs.count()).toBeGreaterThanOrEqual(3);
      const hits = await pairs.locator('mark.c-hit').allTextContents();
      expect(hits).toEqual(expect.arrayContaining(['pengaruhnya', 'pengaruh']));
      expect(
        (await pairs.locator('mark.c-pair').allTextContents()).filter((t) => t === 'influence').length,
      ).toBeGreaterThanOrEqual(3);
      await expect(page.locator('#tally-heading').textContent()).resolves.toBe(ui[locale].tally);
      await expect(page.locator('.concordance-tally li').first().textContent()).resolves.toMatch(/^influence \d+$/);
      // Nothing sticks out sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.locator('.concordance-source a[href*="genpi-china-influence"]').first().click();
      await page.waitForURL(new RegExp(`/${locale}/read/genpi-china-influence#r\\d+$`));
      // Unhappy paths: an over-long query, a language that is neither, nothing but punctuation, no match.
      await page.goto(`${baseUrl}/${locale}/concordance?q=${'kata '.repeat(30)}&from=id`);
      await expect(page.locator('.concordance [role=alert]').textContent()).resolves.toBe(
        ui[locale].tooLong.replace('{max}', '100'),
      );
      await page.goto(`${baseUrl}/${locale}/concordance?q=pengaruh&from=fr`);
      await expect(page.locator('.concordance [role=alert]').textContent()).resolves.toBe(ui[locale].badFrom);
      await page.goto(`${baseUrl}/${locale}/concordance?q=%3F%21&from=id`);
      await expect(page.locator('.concordance [role=alert]').textContent()).resolves.toBe(ui[locale].empty);
      await page.goto(`${baseUrl}/${locale}/concordance?q=zzzqx&from=id`);
      await expect(page.locator('.concordance-results [role=status]').textContent()).resolves.toBe(ui[locale].none);
      await page.context().close();
    });

test('the concordance API answers pages as JSON and refuses bad input with a 400, never a 5xx', async () => {
  const get = (query: string) => fetch(`${baseUrl}/api/concordance?${query}`);
  const found = await get('q=influence&from=en');
  expect(found.status).toBe(200);
  const body = (await found.json()) as {total: number; pairs: {id: {marks: [number, number, string][]}}[]};
  expect(body.total).toBeGreaterThanOrEqual(3);
  expect(body.pairs[0]!.id.marks.some((m) => m[2] === 'pair')).toBe(true);
  for (const [query, error] of [
    ['q=&from=id', 'empty'],
    ['q=pengaruh&from=xx', 'invalidInput'],
    [`q=${'a'.repeat(101)}&from=id`, 'tooLong'],
    ['q=pengaruh&from=id&after=-3', 'invalidInput'],
    ['q=%00%00&from=id', 'empty'],
  ]) {
    const response = await get(query!);
    expect(response.status, query).toBe(400);
    expect(await response.json()).toEqual({error});
  }
});

async function signInAsEditor(page: Page, locale: 'en' | 'id', next: string): Promise<void> {
  await page.goto(`${baseUrl}/${locale}/sign-in?next=${next}`);
  await page.getByLabel(locale === 'en' ? 'Email' : 'Surel').fill('editor@selaras.local');
  await page.getByLabel(locale === 'en' ? 'Password' : 'Kata sandi', {exact: true}).fill('selaras-demo');
  await page.getByRole('button', {name: ui[locale].signIn, exact: true}).click();
  await page.waitForURL(`**/${locale}${next}`);
}

for (const locale of ['en', 'id'] as const)
  test(`UI in ${locale}: the editor flags a row whose paragraphs do not translate each other, and hover shows counterparts`, async () => {
    const page = await open(`/${locale}`);
    await signInAsEditor(page, locale, '/editor/import');
    const wrong = ['Pemerintah kota membuka posko bantuan dan meminta warga berhati-hati selama musim hujan.'];
    const right = ['Warga menggunakan perahu karet untuk menyeberangi jalan yang tergenang banjir.'];
    const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="id"/><body>
<tu><tuv xml:lang="id"><seg>${wrong[0]}</seg></tuv><tuv xml:lang="en"><seg>Schools stayed closed until Wednesday while teachers prepared new lessons at home.</seg></tuv></tu>
<tu><tuv xml:lang="id"><seg>${right[0]}</seg></tuv><tuv xml:lang="en"><seg>Residents used rubber boats to cross the flooded streets.</seg></tuv></tu>
</body></tmx>`;
    await page.locator('input[name=licence]').fill('CC BY 4.0, test text');
    await page.locator('input[name=titleId]').fill(`Kata ${locale} ${Date.now()}`);
    await page
      .locator('input[name=tmxFile]')
      .setInputFiles({name: 'kata.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx)});
    await page.getByRole('button', {name: ui[locale].create, exact: true}).click();
    await page.waitForURL(new RegExp(`/${locale}/editor/kata-`));
    const marker = page.locator('.erow[data-row="0"] .badge.suspicious');
    await expect.poll(() => marker.getAttribute('aria-label'), {timeout: 15_000}).toBe(ui[locale].suspicious);
    await expect(page.locator('.erow[data-row="1"] .badge.suspicious').count()).resolves.toBe(0);
    const perahu = await pointOf(page, '.erow[data-row="1"] p[lang=id]', 'perahu');
    await page.mouse.move(perahu.x, perahu.y);
    await expect.poll(() => highlighted(page, 'word-pair')).toEqual(['boats']);
    await page.context().close();
  });

for (const locale of ['en', 'id'] as const)
  test(`UI in ${locale}: an editor proposes and confirms a term; the lookup and the concordance show it`, async () => {
    const page = await open(`/${locale}`);
    await signInAsEditor(page, locale, '/editor/terms');
    const phrase = locale === 'en' ? 'korea utara' : 'korea selatan';
    await page.locator('input[name=phrase]').fill(phrase);
    await page.locator('input[name=gloss]').fill(locale === 'en' ? 'North Korea' : 'South Korea');
    await page.getByRole('button', {name: ui[locale].propose, exact: true}).click();
    const row = page.locator('.term-list tr', {hasText: phrase});
    await row.waitFor();
    await row.getByRole('button', {name: new RegExp(ui[locale].confirm)}).click();
    await page.waitForURL(/status=proposed/);
    await page.goto(`${baseUrl}/${locale}/editor/terms?status=confirmed`);
    await expect(page.locator('.term-list tr', {hasText: phrase}).count()).resolves.toBe(1);
    const lookup = await fetch(
      `${baseUrl}/api/lookup?word=${phrase.split(' ')[0]}&from=id&next=${phrase.split(' ')[1]}%20dan`,
    );
    expect(await lookup.json()).toMatchObject({phrase: {phrase, status: 'confirmed'}});
    await page.goto(`${baseUrl}/${locale}/concordance?q=${encodeURIComponent(phrase)}&from=id`);
    await expect(page.locator('.concordance-term').textContent()).resolves.toContain(phrase);
    await expect(page.locator('.concordance-pairs li').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });
