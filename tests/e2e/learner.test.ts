import {expect, inject, test} from 'vitest';
import type {Page} from 'playwright-core';
import {AxeBuilder} from '@axe-core/playwright';
import path from 'node:path';
import {callAction, findActionId} from '../../scripts/quality/actions';
import {sharedBrowser} from './browser';
import {outboxMailbox} from '../helpers/mailbox';
import {signUpConfirmed} from './mail';
import {uiStrings} from './messages';
import {wordPoint} from './pageHelpers';

const baseUrl = inject('baseUrl');
const mailbox = outboxMailbox(inject('mailOutbox'));
let learners = 0;
const nextLearnerAddress = () => `198.51.100.${++learners}`;
const seed = '/read/genpi-china-influence';
const browser = sharedBrowser();

async function open(path: string, options: {signUp?: string; phone?: boolean} = {}): Promise<Page> {
  const viewport = options.phone ? {width: 390, height: 844} : {width: 1280, height: 900};
  const context = await browser().newContext({locale: 'en-US', viewport});
  const page = await context.newPage();
  if (options.signUp) {
    // Sign-ups are limited per address: each learner signs up from an address of their own, behind the
    // trusted local proxy that tests/e2e/server.ts configures.
    await signUpConfirmed(page, {
      baseUrl,
      mailbox,
      email: `${options.signUp}-${Date.now()}@example.org`,
      forwardedFor: nextLearnerAddress(),
    });
  }
  await page.goto(baseUrl + path);
  if (path.includes('/read/')) await page.waitForSelector('.reader[data-ready]');
  return page;
}

/** Clicks the middle of the first occurrence of `word` in the paragraph. */
async function tapWord(page: Page, paragraph: string, word: string): Promise<void> {
  const box = await wordPoint(page, paragraph, word);
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x, box!.y);
}

const ui = uiStrings(
  {
    saved: 'Lookup.saved',
    show: 'Review.show',
    easy: 'Review.easy',
    learning: 'Vocabulary.statuses.learning',
  },
  {
    en: {
      done: 'Session finished',
      newWords: 'New words in this text',
    },
    id: {
      done: 'Sesi selesai',
      newWords: 'Kata baru dalam teks ini',
    },
  },
);

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
    await expect(popover.locator('.lookup-sentence').textContent()).resolves.toMatch(
      /asked China to use its influence/,
    );
    await popover.locator('.lookup-save').click();
    await page.waitForFunction(
      (text) => document.querySelector('.lookup-save')?.textContent === text,
      ui[locale].saved,
    );

    await page.goto(`${baseUrl}/${locale}/vocabulary`);
    const row = page.locator('tr[data-lemma="guna"]');
    await expect(row.locator('.sentence').textContent()).resolves.toMatch(/menggunakan pengaruhnya/);
    await expect(row.locator('.translation').textContent()).resolves.toMatch(/use its influence/);
    const anki = await (await page.request.get(`${baseUrl}/api/vocabulary/anki`)).text();
    expect(anki).toMatch(/^#separator:tab\n#html:false\n/);
    expect(anki).toMatch(
      /\nmenggunakan\tguna\tuse[^\t]*\t[^\t]*menggunakan pengaruhnya[^\t]*\t[^\t]*use its influence/,
    );

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
  await expect(page.evaluate(() => document.activeElement?.closest('.row')?.getAttribute('data-row'))).resolves.toBe(
    '2',
  );
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
  await page.getByLabel('View').selectOption('interleaved');
  const id = (await row.locator('.cell-id').boundingBox())!;
  const en = (await row.locator('.cell-en').boundingBox())!;
  expect(en.y).toBeGreaterThan(id.y + id.height - 1);
  await page.getByLabel('View').selectOption('reveal');
  const hidden = row.locator('p[lang=en] .s').first();
  await expect(hidden.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgba(0, 0, 0, 0)');
  await hidden.click();
  await expect(hidden.evaluate((el) => getComputedStyle(el).color)).resolves.not.toBe('rgba(0, 0, 0, 0)');
  await row.getByRole('button', {name: 'Show the English'}).click();
  await expect(
    row
      .locator('p[lang=en] .s')
      .nth(1)
      .evaluate((el) => getComputedStyle(el).color),
  ).resolves.not.toBe('rgba(0, 0, 0, 0)');
  await page.context().close();
});

test('listening reads the Indonesian sentence by sentence in an id-ID voice, highlighting the current one', async () => {
  const context = await browser().newContext({locale: 'en-US'});
  // The test browser has no voices: a stand-in synthesiser with one Indonesian voice records what it is asked to say.
  await context.addInitScript(() => {
    const spoken: {text: string; lang: string}[] = [];
    (window as unknown as {spoken: typeof spoken}).spoken = spoken;
    class Utterance {
      lang = '';
      voice: unknown = null;
      onstart: ((e: Event) => void) | null = null;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: Utterance});
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [{lang: 'id-ID', name: 'Stand-in Indonesian'}],
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
  for (const [locale, summary] of [
    ['en', /results? for “guna”/],
    ['id', /hasil untuk “guna”/],
  ] as const) {
    const page = await open(`/${locale}/search?q=guna`);
    await expect(page.locator('[role=status]').textContent()).resolves.toMatch(summary);
    const hit = page.locator('.search-results li', {hasText: 'menggunakan pengaruhnya'}).first();
    await expect(hit.locator('p[lang=en]').first().textContent()).resolves.toMatch(/use its influence/);
    await page.context().close();
  }
});

const more = {
  en: {
    level3: 'Learning, level 3 of 5',
    known: 'Known',
    markAll: 'Mark all new words as known',
    yes: 'Yes, mark them known',
    marked: /^Marked as known: \d+\.$/,
    learning: 'I am learning',
    left: (n: number) => `${n} left`,
    again: '1 to see again shortly',
    due: (n: number) => (n === 0 ? 'Nothing due now.' : n === 1 ? '1 word due now.' : `${n} words due now.`),
    summary: /Last 14 days: 3 reviews, 100% remembered/,
  },
  id: {
    level3: 'Dipelajari, tingkat 3 dari 5',
    known: 'Sudah tahu',
    markAll: 'Tandai semua kata baru sebagai sudah tahu',
    yes: 'Ya, tandai',
    marked: /^Ditandai sebagai sudah tahu: \d+\.$/,
    learning: 'Saya mempelajari',
    left: (n: number) => `Sisa ${n}`,
    again: '1 akan muncul lagi sebentar lagi',
    due: (n: number) => (n === 0 ? 'Tidak ada yang jatuh tempo.' : `${n} kata jatuh tempo sekarang.`),
    summary: /14 hari terakhir: 3 ulangan, 100\s?% diingat/,
  },
} as const;

/** The words painted with a CSS highlight. */
const painted = (page: Page, name: string) =>
  page.evaluate((n) => {
    const highlight = (CSS as unknown as {highlights: Map<string, Set<Range>>}).highlights.get(n);
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  }, name);
const newWordCount = async (page: Page) => Number((await page.locator('.new-words').textContent())!.match(/\d+/)![0]);

for (const locale of ['en', 'id'] as const) {
  for (const phone of [false, true]) {
    test(`UI in ${locale}${phone ? ', phone' : ''}: levels, known and "mark all known" from the reader; names and numbers are not new`, async () => {
      const page = await open(`/${locale}${seed}`, {signUp: `status-${locale}-${phone}`, phone});
      await page.waitForSelector('.new-words');
      // With the UI in Indonesian a first visit guesses English is learnt: this learner learns Indonesian.
      await page.getByLabel(more[locale].learning).selectOption('id');
      await page.waitForFunction(() =>
        [...((CSS as unknown as {highlights: Map<string, Set<Range>>}).highlights.get('word-unseen') ?? [])].some(
          (r) => r.toString() === 'mendesak',
        ),
      );
      const unseen = await painted(page, 'word-unseen');
      expect(unseen).toContain('mendesak');
      for (const name of ['Beijing', 'Blinken', 'Pyongyang', 'Washington', 'AS'])
        expect(unseen, name).not.toContain(name);
      expect(unseen.some((w) => /\d/.test(w))).toBe(false);
      const before = await newWordCount(page);

      await tapWord(page, '.row[data-row="2"] p[lang=id]', 'mendesak');
      const popover = page.locator('.lookup[role=dialog]');
      await page.waitForSelector('.lookup .lookup-glosses');
      await popover.getByRole('button', {name: more[locale].level3}).click();
      await page.waitForFunction(
        () => document.querySelector('.lookup-status button:nth-child(3)')?.getAttribute('aria-pressed') === 'true',
      );
      expect(await newWordCount(page)).toBe(before - 1);
      expect(await painted(page, 'word-learning')).toContain('mendesak');
      const axe = await new AxeBuilder({page}).include('.lookup').include('.learner-bar').analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await popover.getByRole('button', {name: more[locale].known, exact: true}).click();
      await page.waitForFunction(
        (k) =>
          [...document.querySelectorAll('.lookup-status button')]
            .find((b) => b.textContent === k)
            ?.getAttribute('aria-pressed') === 'true',
        more[locale].known,
      );
      expect(await painted(page, 'word-learning')).not.toContain('mendesak');
      await page.keyboard.press('Escape');

      // Mark all, with a confirmation that can be cancelled.
      await page.getByRole('button', {name: more[locale].markAll}).click();
      await expect(page.locator('.learner-bar .confirm').textContent()).resolves.toContain(String(before - 1));
      await page.locator('.learner-bar .confirm button').nth(1).click();
      await expect(page.locator('.learner-bar .confirm').count()).resolves.toBe(0);
      expect(await newWordCount(page)).toBe(before - 1);
      await page.getByRole('button', {name: more[locale].markAll}).click();
      await page.getByRole('button', {name: more[locale].yes}).click();
      await page.waitForFunction(() => /\b0\b/.test(document.querySelector('.new-words')?.textContent ?? ''));
      await expect(page.locator('.learner-bar [role=status]').textContent()).resolves.toMatch(more[locale].marked);
      expect(await painted(page, 'word-unseen')).toEqual([]);
      await page.reload();
      await page.waitForSelector('.new-words');
      expect(await newWordCount(page)).toBe(0);
      await page.context().close();
    });

    test(`UI in ${locale}${phone ? ', phone' : ''}: keys 1–4 grade, the counters follow, and the chart shows the days`, async () => {
      const page = await open(`/${locale}${seed}`, {signUp: `keys-${locale}-${phone}`, phone});
      await page.waitForSelector('.new-words');
      for (const word of ['mendesak', 'pejabat']) {
        await tapWord(page, '.row[data-row="2"] p[lang=id]', word);
        await page.locator('.lookup-save').click();
        await page.waitForFunction(
          () =>
            document.querySelector('.lookup-save')?.hasAttribute('disabled') &&
            !/…/.test(document.querySelector('.lookup-save')!.textContent!),
        );
        await page.keyboard.press('Escape');
      }
      await page.goto(`${baseUrl}/${locale}/review`);
      const counts = page.locator('.review-counts');
      const left = page.locator('.review-card .remaining');
      await expect(counts.textContent()).resolves.toContain(more[locale].due(2));
      await expect(left.textContent()).resolves.toBe(more[locale].left(2));
      await expect(page.locator('.review-card kbd').count()).resolves.toBe(0);
      await page.keyboard.press('Space');
      await page.waitForSelector('.review-card .back');
      await expect(page.locator('.review-grades kbd').allTextContents()).resolves.toEqual(['1', '2', '3', '4']);
      // Good on a new card brings it back in minutes: in this session, no longer due now.
      await page.keyboard.press('3');
      await page.waitForFunction(
        (t) => document.querySelector('.review-card .remaining')?.textContent?.startsWith(t),
        more[locale].left(1),
      );
      await expect(left.textContent()).resolves.toBe(`${more[locale].left(1)} · ${more[locale].again}`);
      await expect(counts.textContent()).resolves.toContain(more[locale].due(1));
      await page.keyboard.press('4');
      await expect(left.textContent()).resolves.toBe(`${more[locale].left(1)} · ${more[locale].again}`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.review-card .back');
      await page.keyboard.press('4');
      await page.waitForFunction(
        (t) => document.querySelector('.review-card .remaining')?.textContent?.startsWith(t),
        more[locale].left(0),
      );
      await expect(counts.textContent()).resolves.toContain(more[locale].due(0));
      await page.keyboard.press('Space');
      await page.waitForSelector('.review-card .back');
      await page.keyboard.press('4');
      await page.waitForSelector('.review-done');

      await page.reload();
      const chart = page.locator('.review-chart');
      await expect(chart.locator('svg[role=img]').count()).resolves.toBe(1);
      await expect(chart.locator('.chart-summary').textContent()).resolves.toMatch(more[locale].summary);
      await expect(chart.locator('svg rect.remembered').count()).resolves.toBe(1);
      const lastRow = chart.locator('tbody tr').last();
      await expect(lastRow.locator('td').nth(1).textContent()).resolves.toBe('3');
      const axe = await new AxeBuilder({page}).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.context().close();
    });
  }

  test(`UI in ${locale}: the learnt language is the learner's setting, kept across UI switches and browsers`, async () => {
    const page = await open(`/${locale}${seed}`, {signUp: `direction-${locale}`});
    await page.waitForSelector('.new-words');
    const select = page.getByLabel(more[locale].learning);
    const first = locale === 'en' ? 'id' : 'en';
    await expect(select.inputValue()).resolves.toBe(first);
    const other = locale === 'en' ? 'id' : 'en';
    await page.locator(`.locale-switcher a[lang=${other}]`).click();
    await page.waitForURL(`**/${other}${seed}`);
    await page.waitForSelector('.new-words');
    await expect(page.getByLabel(more[other].learning).inputValue()).resolves.toBe(first);
    const second = first === 'id' ? 'en' : 'id';
    await page.getByLabel(more[other].learning).selectOption(second);
    await page.waitForFunction(
      (l) =>
        (CSS as unknown as {highlights: Map<string, Set<Range>>}).highlights.get('word-unseen') &&
        [
          ...(CSS as unknown as {highlights: Map<string, Set<Range>>}).highlights.get('word-unseen')!,
        ][0]?.startContainer.parentElement?.closest(`[lang=${l}]`),
      second,
    );
    // Another browser of the same learner: the account's choice, not the UI language's.
    const email = await page.evaluate(() =>
      fetch('/api/auth/get-session')
        .then((r) => r.json())
        .then((s: {user: {email: string}}) => s.user.email),
    );
    const elsewhere = await browser().newContext({locale: 'en-US'});
    const signIn = await elsewhere.request.post(`${baseUrl}/api/auth/sign-in/email`, {
      data: {email, password: 'correct horse battery'},
      headers: {origin: baseUrl},
    });
    expect(signIn.status()).toBe(200);
    const fresh = await elsewhere.newPage();
    await fresh.goto(`${baseUrl}/${locale}${seed}`);
    await fresh.waitForSelector('.new-words');
    await fresh.waitForFunction(
      (l) => (document.querySelector('.learner-bar select') as HTMLSelectElement | null)?.value === l,
      second,
    );
    await elsewhere.close();
    await page.context().close();
  });
}

test("NUL and other control characters in a saved word's sentence are cleaned, in the word refused: never a 500", async () => {
  const page = await open(`/en${seed}`, {signUp: 'nul'});
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const dist = path.join(process.cwd(), process.env.SELARAS_DIST_DIR ?? '.next-test');
  const save = findActionId(dist, 'app/[locale]/vocabulary/actions.ts', 'saveWordAction');
  const status = findActionId(dist, 'app/[locale]/read/actions.ts', 'setWordStatusAction');
  const sentence = 'Mereka\u0000 mendesak\u001B China\uD800.';
  const saved = await callAction(
    baseUrl,
    `/en${seed}`,
    save,
    [
      {
        lang: 'id',
        word: 'mendesak',
        sentence,
        translation: 'They\u0000 urged China.',
        textSlug: 'genpi-china-influence',
      },
    ],
    {cookie},
  );
  expect(saved.status).toBe(200);
  expect(saved.result).toEqual({ok: true});
  const refused = await callAction(baseUrl, `/en${seed}`, save, [{lang: 'id', word: 'men\u0000desak', sentence}], {
    cookie,
  });
  expect(refused.status).toBe(200);
  expect(refused.result).toEqual({ok: false, error: 'invalidInput'});
  const rated = await callAction(
    baseUrl,
    `/en${seed}`,
    status,
    [{lang: 'id', word: 'pejabat', sentence, translation: '\u0000', choice: {status: 'learning', level: 2}}],
    {cookie},
  );
  expect(rated.result).toEqual({ok: true, status: 'learning', level: 2});
  const badLevel = await callAction(
    baseUrl,
    `/en${seed}`,
    status,
    [{lang: 'id', word: 'pejabat', choice: {status: 'learning', level: 9}}],
    {cookie},
  );
  expect(badLevel.result).toEqual({ok: false, error: 'invalidInput'});
  await page.goto(`${baseUrl}/en/vocabulary`);
  await expect(page.locator('tr[data-lemma="desak"] .sentence').textContent()).resolves.toBe(
    'Mereka mendesak China\uFFFD.',
  );
  await page.context().close();
});
