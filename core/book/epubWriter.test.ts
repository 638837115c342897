import {strFromU8, unzipSync} from 'fflate';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {describe, expect, test} from 'vitest';
import type {BookLayout, BookRow} from './bilingual';
import {block} from './blocks';
import {parseEpub} from './epub';
import {sampleBlocks, writeEpub} from './testBooks';

function bookRows(): BookRow[] {
  const id = sampleBlocks('id', 4, 30);
  const en = sampleBlocks('en', 4, 30);
  const rows = id.map((b, k) => ({id: [b], en: [en[k]!]}));
  rows.push({id: [block('paragraph', 'Hanya Indonesia <b>&amp; "kutip"</b>')], en: []});
  rows.push({id: [], en: [block('heading', 'Notes & more', 3)]});
  return rows;
}

/** What an e-book reader checks first: the zip layout, container, package, nav and every XHTML file. */
function validateEpub(bytes: Uint8Array) {
  // mimetype: the first entry, stored (method 0), its content right after a header without extras.
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
  expect(bytes[8] | (bytes[9]! << 8)).toBe(0);
  expect(bytes[28] | (bytes[29]! << 8)).toBe(0);
  expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
  expect(strFromU8(bytes.subarray(38, 58))).toBe('application/epub+zip');
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  for (const name of Object.keys(files).filter((n) => /\.(xhtml|opf|xml)$/.test(n))) {
    expect(XMLValidator.validate(text(name)), name).toBe(true);
  }
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (n) => ['item', 'itemref', 'li'].includes(n),
  });
  const container = xml.parse(text('META-INF/container.xml'));
  const opfPath: string = container.container.rootfiles.rootfile['full-path'];
  const opf = xml.parse(text(opfPath)).package;
  expect(opf.version).toBe('3.0');
  expect(opf.metadata['dc:identifier']).toBeTruthy();
  expect(opf.metadata.meta['#text'] ?? opf.metadata.meta).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const base = opfPath.replace(/[^/]+$/, '');
  const manifest = new Map<string, string>(opf.manifest.item.map((i: {id: string; href: string}) => [i.id, i.href]));
  for (const href of manifest.values()) expect(files[base + href], href).toBeDefined();
  for (const ref of opf.spine.itemref) expect(manifest.has(ref.idref)).toBe(true);
  const navItem = opf.manifest.item.find((i: {properties?: string}) => i.properties === 'nav');
  const nav = text(base + navItem.href);
  expect(nav).toMatch(/<nav epub:type="toc"/);
  const targets = [...nav.matchAll(/href="([^"#]+)#([^"]+)"/g)];
  expect(targets.length).toBeGreaterThan(0);
  for (const [, file, anchor] of targets) expect(text(base + file!)).toContain(`id="${anchor}"`);
  return {files, targets: targets.length};
}

describe('EPUB export', () => {
  test.each(['sideBySide', 'interleaved', 'id', 'en'] as BookLayout[])('a %s book is a valid EPUB 3', (layout) => {
    const {targets} = validateEpub(writeEpub(bookRows(), layout));
    expect(targets).toBe(layout === 'id' ? 4 : 5);
  });

  test('one language alone reads back as the same blocks; bilingual files hold both languages, marked', () => {
    const rows = bookRows();
    for (const lang of ['id', 'en'] as const) {
      const result = parseEpub(writeEpub(rows, lang));
      expect(result.ok && result.book.blocks).toEqual(rows.flatMap((r) => r[lang]));
    }
    const interleaved = parseEpub(writeEpub(rows, 'interleaved'));
    expect(interleaved.ok && interleaved.book.blocks.length).toBe(
      rows.reduce((n, r) => n + r.id.length + r.en.length, 0),
    );
    const {files} = validateEpub(writeEpub(rows, 'sideBySide'));
    const first = strFromU8(files['OEBPS/text0001.xhtml']!);
    expect(first).toContain('<div class="pair"><div class="id" lang="id" xml:lang="id">');
    expect(first).toContain('<em>Paragraf</em>');
  });
});
