// The translation memory in both UI languages: the demo editor loads a TMX file on the memory page
// (and is told why a bad file is refused), tries a fuzzy lookup, then takes a fuzzy match into a
// paragraph of the alignment editor with one key and saves it through the normal edit path; the
// confirmed row then joins the memory through its job.
import {expect, inject, test} from 'vitest';
import {sharedBrowser} from './browser';
import {uiStrings} from './messages';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const ui = uiStrings(
  {
    signIn: 'Account.signIn',
    email: 'Account.email',
    password: 'Account.password',
    load: 'MemoryPage.upload',
    lookUp: 'MemoryPage.lookUp',
    create: 'Import.create',
    notTmx: 'MemoryPage.errors.notTmx',
    fileType: 'MemoryPage.errors.fileType',
    units: 'MemoryPage.units',
    added: 'MemoryPage.added',
  },
  {
    // Editor.messages.done with the operation's words filled in.
    en: {saved: 'Saved: edit of English paragraph 1.'},
    id: {saved: 'Tersimpan: suntingan paragraf bahasa Inggris ke-1.'},
  },
);

for (const locale of ['en', 'id'] as const) {
  test(`UI in ${locale}: load a TMX file, look up a sentence, use a fuzzy match in the editor`, async () => {
    const context = await browser().newContext({locale: 'en-US', viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const t = ui[locale];
    // Sentences of their own per run and language, so that the counts below do not depend on other tests.
    const tag = `${locale}${Date.now() % 100_000}`;
    const source = `Kantor pos ${tag} buka pukul delapan pagi dan tutup pukul empat sore.`;
    const target = `Post office ${tag} opens at eight in the morning and closes at four.`;
    const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="id"/><body>
      <tu><tuv xml:lang="id"><seg>${source}</seg></tuv><tuv xml:lang="en"><seg>${target}</seg></tuv></tu>
      <tu><tuv xml:lang="de"><seg>Guten Tag</seg></tuv><tuv xml:lang="en"><seg>Good day</seg></tuv></tu></body></tmx>`;

    await page.goto(`${baseUrl}/${locale}/sign-in?next=/editor`);
    await page.getByLabel(t.email).fill('editor@selaras.local');
    await page.getByLabel(t.password, {exact: true}).fill('selaras-demo');
    await page.getByRole('button', {name: t.signIn, exact: true}).click();
    await page.waitForURL(`**/${locale}/editor`);
    await page.locator('a[href$="/editor/memory"]').click();
    await page.waitForURL(`**/${locale}/editor/memory`);

    // Bad files get a reason, not an error page.
    const fileInput = page.locator('input[name=tmxFile]');
    await fileInput.setInputFiles({
      name: 'page.tmx',
      mimeType: 'application/xml',
      buffer: Buffer.from('<html><body>Halo</body></html>'),
    });
    await page.getByRole('button', {name: t.load}).click();
    await expect.poll(() => page.locator('.memory-upload [role=alert]').textContent()).toBe(t.notTmx);
    await fileInput.setInputFiles({name: 'memory.txt', mimeType: 'text/plain', buffer: Buffer.from(tmx)});
    await page.getByRole('button', {name: t.load}).click();
    await expect.poll(() => page.locator('.memory-upload [role=alert]').textContent()).toBe(t.fileType);

    // A good file: two units read, one of them Indonesian–English, which joins the memory both ways.
    await fileInput.setInputFiles({name: 'memory.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx)});
    await page.getByRole('button', {name: t.load}).click();
    const result = page.locator('.memory-upload-result');
    await expect.poll(() => result.locator('div').allTextContents()).toContain(`${t.units}2`);
    expect(await result.locator('div').allTextContents()).toContain(`${t.added}2`);

    // The trial box finds the near miss with its percentage.
    await page.locator('textarea[name=source]').fill(source.replace('delapan', 'sembilan'));
    await page.getByRole('button', {name: t.lookUp, exact: true}).click();
    const first = page.locator('.memory-matches li').first();
    await expect.poll(() => first.locator('p[lang=en]').textContent()).toBe(target);
    expect(await first.locator('.match-percent').textContent()).toMatch(/\d{2}%/);

    // A text whose Indonesian paragraph is a near miss of the memory's: on the English side of its row
    // the panel offers the remembered translation, 1 opens the paragraph with it and Ctrl+Enter saves.
    await page.goto(`${baseUrl}/${locale}/editor/import`);
    await page.locator('input[name=licence]').fill('CC BY 4.0, test text');
    await page.locator('textarea[name=idText]').fill(source.replace('delapan', 'sembilan'));
    await page.locator('textarea[name=enText]').fill('Draft to replace.');
    await page.getByRole('button', {name: t.create, exact: true}).click();
    await page.waitForURL(new RegExp(`/${locale}/editor/kantor-pos-`));
    await page.locator('.erow[data-row="0"]').click();
    await page.keyboard.press('ArrowRight');
    const panel = page.locator('.memory-matches-panel');
    await expect.poll(() => panel.locator('p[lang=en]').first().textContent(), {timeout: 15_000}).toBe(target);
    await page.keyboard.press('1');
    const box = page.locator('.paragraph-editor textarea');
    await expect.poll(() => box.inputValue()).toBe(target);
    await box.press('Control+Enter');
    await expect.poll(() => page.locator('.erow[data-row="0"] p[lang=en]').textContent()).toBe(target);
    await expect.poll(() => page.locator('.editor-message').textContent()).toBe(t.saved);

    // Confirming the row makes the pair a memory entry once the editor has paused (a job, 5 s of
    // quiet): the trial lookup then finds the corrected pair whole.
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('.erow[data-row="0"].confirmed').count()).toBe(1);
    await page.goto(`${baseUrl}/${locale}/editor/memory`);
    const edited = source.replace('delapan', 'sembilan');
    await expect
      .poll(
        async () => {
          await page.locator('textarea[name=source]').fill(edited);
          await page.getByRole('button', {name: t.lookUp, exact: true}).click();
          await page.waitForTimeout(500);
          return page.locator('.memory-matches li .match-percent').allTextContents();
        },
        {timeout: 30_000, interval: 1_000},
      )
      .toContainEqual(expect.stringContaining('100'));
    await context.close();
  });
}
