import {Document, HeadingLevel, Packer, Paragraph, TextRun} from 'docx';
import {strToU8, Zip, ZipDeflate, zipSync, type Zippable} from 'fflate';
import {describe, expect, test} from 'vitest';
import {block} from './blocks';
import {parseEpub} from './epub';
import {bookUpload, MAX_BOOK_BYTES, parseBook, PREVIEW_BLOCKS, printBookUpload, readBookUpload} from './parseBook';
import {sampleBlocks, writeEpub} from './testBooks';
import {readZip} from './zip';

const CONTAINER =
  '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">' +
  '<rootfiles><rootfile full-path="OPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>';

const xhtml = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>${body}</body></html>`;

/** A minimal EPUB 2 written by hand: two chapters whose titles are styled paragraphs, an NCX naming them. */
function handMadeEpub(overrides: Zippable = {}, spine = '<itemref idref="c1"/><itemref idref="c2"/>'): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), {level: 0}],
    'META-INF/container.xml': strToU8(CONTAINER),
    'OPS/content.opf': strToU8(
      '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Pulau Kenari</dc:title></metadata><manifest>' +
        '<item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>' +
        '<item id="c2" href="text/two%20b.xhtml" media-type="application/xhtml+xml"/>' +
        '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>' +
        `<item id="img" href="img/a.png" media-type="image/png"/></manifest><spine toc="ncx">${spine}</spine></package>`,
    ),
    'OPS/toc.ncx': strToU8(
      '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>' +
        '<navPoint id="n1"><navLabel><text>Bab Satu</text></navLabel><content src="text/one.xhtml"/></navPoint>' +
        '<navPoint id="n2"><navLabel><text>Bab Dua</text></navLabel><content src="text/two%20b.xhtml#start"/>' +
        '<navPoint id="n3"><navLabel><text>Malam</text></navLabel><content src="text/two%20b.xhtml#night"/></navPoint>' +
        '</navPoint></navMap></ncx>',
    ),
    'OPS/text/one.xhtml': strToU8(
      xhtml(
        '<p class="title">Bab Satu</p><p>Pagi&nbsp;itu <i>hujan</i> <b>deras</b>.</p><img src="../img/a.png"/>' +
          '<blockquote><p>Kata nenek.</p></blockquote><p>Baris satu<br/>baris dua</p>' +
          '<ul><li>satu</li><li>dua</li></ul><pre>  kode\n  kedua</pre><script>alert(1)</script>',
      ),
    ),
    'OPS/text/two b.xhtml': strToU8(xhtml('<div id="start"/><p>Lalu pulang.</p><p id="night">Malam tiba.</p>')),
    'OPS/img/a.png': new Uint8Array([137, 80, 78, 71]),
    ...overrides,
  };
  return zipSync(files);
}

describe('EPUB', () => {
  test('an EPUB from our writer reads back with every block, heading level and emphasis', () => {
    const blocks = [...sampleBlocks('id', 3, 12), block('heading', 'Lampiran', 2), block('preformatted', 'a  b\n c')];
    const result = parseEpub(
      writeEpub(
        blocks.map((b) => ({id: [b], en: []})),
        'id',
      ),
    );
    expect(result).toEqual({ok: true, book: {title: 'Book', blocks, images: 0}});
  });

  test('a hand-made EPUB 2: spine order, the NCX turns chapter titles into headings, markup becomes structure', () => {
    const result = parseEpub(handMadeEpub());
    if (!result.ok) throw new Error(result.error);
    expect(result.book.title).toBe('Pulau Kenari');
    expect(result.book.images).toBe(1);
    expect(result.book.blocks).toEqual([
      block('heading', 'Bab Satu', 1),
      block('paragraph', 'Pagi\u00a0itu hujan deras.', null, [
        [9, 14, 'em'],
        [15, 20, 'strong'],
      ]),
      block('quote', 'Kata nenek.'),
      block('verse', 'Baris satu\nbaris dua'),
      block('listItem', 'satu'),
      block('listItem', 'dua'),
      block('preformatted', '  kode\n  kedua'),
      block('heading', 'Bab Dua', 1),
      block('paragraph', 'Lalu pulang.'),
      block('heading', 'Malam', 2),
      block('paragraph', 'Malam tiba.'),
    ]);
  });

  test('font obfuscation is not DRM; other encryption is', () => {
    const encryption = (algorithm: string) =>
      strToU8(
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">' +
          `<enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/></enc:EncryptedData></encryption>`,
      );
    const font = handMadeEpub({'META-INF/encryption.xml': encryption('http://www.idpf.org/2008/embedding')});
    expect(parseEpub(font).ok).toBe(true);
    const aes = handMadeEpub({'META-INF/encryption.xml': encryption('http://www.w3.org/2001/04/xmlenc#aes128-cbc')});
    expect(parseEpub(aes)).toEqual({ok: false, error: 'drm'});
    expect(parseEpub(handMadeEpub({'META-INF/rights.xml': strToU8('<rights/>')}))).toEqual({ok: false, error: 'drm'});
  });

  test('hostile and broken files are refused with a reason', async () => {
    const random = Uint8Array.from({length: 5000}, (_, k) => (k * 7919) % 251);
    expect(parseEpub(random)).toEqual({ok: false, error: 'notEpub'});
    expect(parseEpub(zipSync({'a.txt': strToU8('hello')}))).toEqual({ok: false, error: 'notEpub'});
    expect(parseEpub(handMadeEpub({'../../etc/passwd': strToU8('x')}))).toEqual({ok: false, error: 'unsafePath'});
    expect(parseEpub(handMadeEpub({'/abs.xhtml': strToU8('x')}))).toEqual({ok: false, error: 'unsafePath'});
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&b;&b;&b;</p></body></html>';
    expect(parseEpub(handMadeEpub({'OPS/text/one.xhtml': strToU8(laughs)}))).toEqual({ok: false, error: 'xmlEntities'});
    expect(parseEpub(handMadeEpub({}, '<itemref idref="c1"/><itemref idref="gone"/>'))).toEqual({
      ok: false,
      error: 'missingSpineItem',
    });
    const withoutFile = handMadeEpub();
    const names = readZip(withoutFile, () => true);
    if (!names.ok) throw new Error('unreadable');
    const files = Object.fromEntries([...names.entries].filter(([n]) => !n.startsWith('OPS/text/two')));
    expect(parseEpub(zipSync(files))).toEqual({ok: false, error: 'missingSpineItem'});
    const latin1 = Uint8Array.from([
      ...strToU8(xhtml('<p>caf')).subarray(0, -14),
      0xe9,
      ...strToU8('</p></body></html>'),
    ]);
    expect(parseEpub(handMadeEpub({'OPS/text/one.xhtml': latin1}))).toEqual({ok: false, error: 'notUtf8'});
  });

  test('a zip bomb is stopped while it inflates', () => {
    // 20 MB of one repeated page, deflated to a few tens of kilobytes: the ratio check stops it.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((_, chunk) => chunks.push(chunk));
    const mimetype = new ZipDeflate('mimetype');
    zip.add(mimetype);
    mimetype.push(strToU8('application/epub+zip'), true);
    const page = strToU8(`<p>${'a'.repeat(1_000_000)}</p>`);
    const bomb = new ZipDeflate('OPS/text/one.xhtml', {level: 1});
    zip.add(bomb);
    for (let k = 0; k < 20; k++) bomb.push(page, k === 19);
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    expect(bytes.length).toBeLessThan(1_000_000);
    expect(parseEpub(bytes)).toEqual({ok: false, error: 'zipBomb'});
    const small = {maxTotal: 1000, maxRatio: 1000, ratioFrom: 1e9, maxEntries: 10};
    expect(readZip(handMadeEpub(), () => true, {limits: small})).toEqual({ok: false, error: 'zipBomb'});
  });

  test('a file over 30 MB is refused before it is read, whatever its type', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024);
    expect(MAX_BOOK_BYTES).toBe(30 * 1024 * 1024);
    for (const name of ['book.epub', 'book.docx', 'page.html', 'a.md', 'a.txt'])
      await expect(parseBook(name, huge)).resolves.toEqual({ok: false, error: 'tooLarge'});
    await expect(parseBook('a.exe', strToU8('x'))).resolves.toEqual({ok: false, error: 'fileType'});
  });
});

describe('other formats', () => {
  test('DOCX made with a library: headings, quote style, italic and bold', async () => {
    const doc = new Document({
      styles: {paragraphStyles: [{id: 'Quote', name: 'Quote', basedOn: 'Normal', run: {italics: true}}]},
      sections: [
        {
          children: [
            new Paragraph({text: 'Bab 1', heading: HeadingLevel.HEADING_1}),
            new Paragraph({
              children: [
                new TextRun('Hujan '),
                new TextRun({text: 'turun', italics: true}),
                new TextRun({text: ' deras', bold: true}),
              ],
            }),
            new Paragraph({text: 'Bagian', heading: HeadingLevel.HEADING_2}),
            new Paragraph({text: 'Kata orang tua.', style: 'Quote'}),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const result = await parseBook('buku.docx', bytes);
    if (!result.ok) throw new Error(result.error);
    expect(result.book.blocks).toEqual([
      block('heading', 'Bab 1', 1),
      block('paragraph', 'Hujan turun deras', null, [
        [6, 11, 'em'],
        [12, 17, 'strong'],
      ]),
      block('heading', 'Bagian', 2),
      block('quote', 'Kata orang tua.'),
    ]);
    await expect(parseBook('x.docx', zipSync({'a.xml': strToU8('<a/>')}))).resolves.toEqual({
      ok: false,
      error: 'notDocx',
    });
    await expect(parseBook('x.docx', strToU8('not a zip'))).resolves.toEqual({ok: false, error: 'notDocx'});
  });

  test('a saved web page gives its article, without the site around it, scripts or images', async () => {
    const page =
      '<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Pulau | Koran</title><script>alert(1)</script></head>' +
      '<body><nav><a href="/">Beranda</a> <a href="/x">Politik</a></nav><article><h1>Pulau Kenari</h1>' +
      `<p>Di pulau itu para nelayan berangkat sebelum fajar, membawa jala dan bekal, dan kembali ketika matahari tinggi di atas laut yang tenang.</p>` +
      `<p>Anak-anak menunggu di dermaga. Mereka menghitung perahu yang pulang satu demi satu, dan <em>bersorak</em> ketika perahu terakhir merapat.</p>` +
      '<img src="a.jpg"><p>Caf\u00e9 kecil di ujung dermaga buka sampai malam, dan para nelayan bercerita tentang angin dan ombak hari itu.</p></article>' +
      '<footer>© Koran 2024 · Kebijakan privasi</footer></body></html>';
    const bytes = Uint8Array.from(page, (c) => c.charCodeAt(0)); // windows-1252, as declared
    const result = await parseBook('page.html', bytes);
    if (!result.ok) throw new Error(result.error);
    expect(result.book.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(result.book.blocks[0]).toEqual(block('heading', 'Pulau Kenari', 1));
    expect(result.book.blocks[3]!.text.startsWith('Café kecil')).toBe(true);
    expect(result.book.blocks.map((b) => b.text).join(' ')).not.toMatch(/Beranda|privasi|alert/);
    expect(result.book.images).toBe(1);
    await expect(parseBook('bad.html', Uint8Array.from([0x3c, 0x70, 0x3e, 0xc3, 0x28]))).resolves.toEqual({
      ok: false,
      error: 'notUtf8',
    });
  });

  test('Markdown keeps structure, and HTML inside it stays text', async () => {
    const md =
      '---\ntitle: Catatan\n---\n# Bab 1\n\nSatu *dua* **tiga** <b onclick="x">empat</b>\n\n> kutipan\n\n1. a\n2. b\n';
    const result = await parseBook('catatan.md', strToU8(md));
    expect(result).toEqual({
      ok: true,
      book: {
        title: 'Catatan',
        images: 0,
        blocks: [
          block('heading', 'Bab 1', 1),
          block('paragraph', 'Satu dua tiga <b onclick="x">empat</b>', null, [
            [5, 8, 'em'],
            [9, 13, 'strong'],
          ]),
          block('quote', 'kutipan'),
          block('listItem', 'a'),
          block('listItem', 'b'),
        ],
      },
    });
  });

  test('plain text: paragraphs by blank lines, chapter lines as headings, bad bytes refused', async () => {
    const result = await parseBook('a.txt', strToU8('BAB I\n\nHujan\nturun.\n\nChapter 2: Home\n\nDone.'));
    expect(result.ok && result.book.blocks).toEqual([
      block('heading', 'BAB I', 1),
      block('paragraph', 'Hujan turun.'),
      block('heading', 'Chapter 2: Home', 1),
      block('paragraph', 'Done.'),
    ]);
    await expect(parseBook('a.txt', Uint8Array.from([0x61, 0xff, 0x62]))).resolves.toEqual({
      ok: false,
      error: 'notUtf8',
    });
    await expect(parseBook('a.txt', strToU8('\n\n  \n'))).resolves.toEqual({ok: false, error: 'empty'});
  });
});

describe("the parser child's output", () => {
  test('summary and blocks survive printing, the preview is bounded, a cut-off output is refused', () => {
    const blocks = [
      block('heading', 'Bab 1', 1),
      ...Array.from({length: 250}, (_, k) => block('paragraph', `P ${k} “🌴”`)),
    ];
    const upload = bookUpload({ok: true, book: {title: 'Buku', images: 2, blocks}});
    const read = readBookUpload(printBookUpload(upload));
    expect(read).toEqual(upload);
    if (!read.ok) throw new Error('refused');
    expect(read.summary).toEqual({
      title: 'Buku',
      images: 2,
      blocks: 251,
      headings: 1,
      preview: blocks.slice(0, PREVIEW_BLOCKS).map((b) => b.text),
    });
    expect(JSON.parse(read.blocksJson)).toEqual(blocks);
    expect(readBookUpload(printBookUpload({ok: false, error: 'drm'}))).toEqual({ok: false, error: 'drm'});
    const printed = printBookUpload(upload);
    expect(() => readBookUpload(printed.slice(0, printed.length - 40))).toThrow();
    expect(() => readBookUpload(printed.split('\n')[0]!)).toThrow();
  });
});
