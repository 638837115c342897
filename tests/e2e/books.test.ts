// Books in the import form, in both UI languages: an EPUB pair is previewed with its chapters and the
// images it leaves out, a DRM-protected EPUB is refused with a message in the UI language and the
// form keeps its fields, and the pair is imported through the job into the editor; its bilingual
// EPUB export reads back with both languages. One signed-in page does it all.
import {strToU8, unzipSync, zipSync} from 'fflate';
import {expect, inject, test} from 'vitest';
import {block} from '../../core/book/blocks';
import {parseEpub} from '../../core/book/epub';
import {sampleBlocks, writeEpub} from '../../core/book/testBooks';
import {sharedBrowser} from './browser';
import {uiStrings} from './messages';
import {signInEditor} from './signIn';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const ui = uiStrings(
  {preview: 'Import.preview', create: 'Import.create'},
  {
    // The import summary and a file's refusal, with their values filled in.
    en: {
      counts: /Indonesian: 65/,
      structure: '4 headings; 1 images left out (only the text is imported).',
      drm: 'English, file: this EPUB is protected by DRM and cannot be read. Import a copy without DRM.',
    },
    id: {
      counts: /Bahasa Indonesia: 65/,
      structure: '4 judul bagian; 1 gambar dibuang (hanya teksnya yang diimpor).',
      drm: 'Bahasa Inggris, berkas: EPUB ini dilindungi DRM dan tidak dapat dibaca. Impor salinan tanpa DRM.',
    },
  },
);

const id = [
  ...sampleBlocks('id', 3, 20),
  block('heading', 'Penutup', 1),
  block('paragraph', 'Tamat.', null, [[0, 5, 'strong']]),
];
const en = [...sampleBlocks('en', 3, 20), block('heading', 'Closing', 1), block('paragraph', 'The end.')];

/** Our EPUB with one picture added to a chapter: what the import summary reports as left out. */
function withImage(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const name = 'OEBPS/text0001.xhtml';
  files[name] = strToU8(new TextDecoder().decode(files[name]).replace('</body>', '<img src="a.png" alt=""/></body>'));
  const {mimetype, ...rest} = files;
  return zipSync({mimetype: [mimetype!, {level: 0}], ...rest});
}

function withDrm(bytes: Uint8Array): Uint8Array {
  const {mimetype, ...rest} = unzipSync(bytes);
  const encryption =
    '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">' +
    '<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/></enc:EncryptedData></encryption>';
  return zipSync({mimetype: [mimetype!, {level: 0}], ...rest, 'META-INF/encryption.xml': strToU8(encryption)});
}

const files = {
  id: Buffer.from(
    withImage(
      writeEpub(
        id.map((b) => ({id: [b], en: []})),
        'id',
        'Buku uji',
      ),
    ),
  ),
  en: Buffer.from(
    writeEpub(
      en.map((b) => ({id: [], en: [b]})),
      'en',
      'Test book',
    ),
  ),
};
const epub = (name: string, buffer: Buffer) => ({name, mimeType: 'application/epub+zip', buffer});

test('an EPUB pair through the import form in both UI languages, then out as a bilingual EPUB', async () => {
  const ctx = await browser().newContext({locale: 'en-US', viewport: {width: 1280, height: 900}});
  await ctx.addCookies((await signInEditor(baseUrl)).cookies);
  const page = await ctx.newPage();
  for (const locale of ['en', 'id'] as const) {
    await page.goto(`${baseUrl}/${locale}/editor/import`);
    await page.locator('select[name=kind]').selectOption('book');
    await page.locator('input[name=licence]').fill('CC0');
    await page.locator('input[name=idFile]').setInputFiles(epub('buku.epub', files.id));
    await page.locator('input[name=enFile]').setInputFiles(epub('book.epub', Buffer.from(withDrm(files.en))));
    await page.getByRole('button', {name: ui[locale].preview}).click();
    await expect(page.locator('#import-error').textContent()).resolves.toBe(ui[locale].drm);
    await expect(page.locator('input[name=enFile]').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('input[name=licence]').inputValue()).resolves.toBe('CC0');

    await page.locator('input[name=enFile]').setInputFiles(epub('book.epub', files.en));
    await page.getByRole('button', {name: ui[locale].preview}).click();
    await page.locator('.import-preview').waitFor();
    await expect(page.locator('.import-preview h3').first().textContent()).resolves.toMatch(ui[locale].counts);
    await expect(page.locator('.import-preview .hint').first().textContent()).resolves.toBe(ui[locale].structure);
    await expect(page.locator('.import-preview li p[lang=id]').first().textContent()).resolves.toBe('Bab 1');
    await expect(
      page.locator('input[name=idFile]').evaluate((i: HTMLInputElement) => i.files?.[0]?.name),
    ).resolves.toBe('buku.epub');
  }
  await page.getByRole('button', {name: ui.id.create}).click();
  await page.waitForURL(/\/id\/editor\/buku-uji-[0-9a-f]+$/, {timeout: 120_000});
  const slug = new URL(page.url()).pathname.split('/').at(-1)!;
  const response = await page.request.get(`${baseUrl}/api/texts/${slug}/export?format=epub&layout=interleaved`);
  expect(response.headers()['content-type']).toBe('application/epub+zip');
  const book = parseEpub(new Uint8Array(await response.body()));
  if (!book.ok) throw new Error(book.error);
  expect(book.book.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
    'Bab 1',
    'Chapter 1',
    'Bab 2',
    'Chapter 2',
    'Bab 3',
    'Chapter 3',
    'Penutup',
    'Closing',
  ]);
  expect(book.book.blocks.at(-2)).toEqual(block('paragraph', 'Tamat.', null, [[0, 5, 'strong']]));
  await ctx.close();
}, 240_000);
