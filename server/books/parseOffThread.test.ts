// The web server's upload parser: the child process answers exactly what parsing in process does,
// refusals included, and a file that the child cannot finish is refused rather than waited for.
import {execFileSync} from 'node:child_process';
import {describe, expect, test} from 'vitest';
import {bookUpload, parseBook} from '../../core/book/parseBook';
import {sampleBlocks, writeEpub} from '../../core/book/testBooks';
import {cliBundle, runCliBundle} from '../platform/cliBundle';
import {parseBookOffThread} from './parseOffThread';

// `npm test` builds the bundles first (pretest); a bare vitest run may find them missing.
if (!cliBundle('parse-book')) execFileSync(process.execPath, ['scripts/cli/align-cli.mjs', '--build']);

describe('parseBookOffThread', () => {
  test('an EPUB parses in the child exactly as in process', async () => {
    const epub = writeEpub(
      sampleBlocks('id', 3, 12).map((b) => ({id: [b], en: []})),
      'id',
      'Buku contoh',
    );
    const child = await parseBookOffThread('buku.epub', epub);
    const here = await parseBook('buku.epub', epub);
    expect(child).toEqual(bookUpload(here));
    // The blocks come as JSON text, which the server stores without parsing: it is the book's blocks.
    if (!child.ok || !here.ok) throw new Error('not parsed');
    expect(JSON.parse(child.blocksJson)).toEqual(here.book.blocks);
    expect(child.summary).toMatchObject({title: 'Buku contoh', blocks: here.book.blocks.length});
    expect(child.summary.headings).toBeGreaterThan(0);
  });

  test('Markdown and text files keep their format through the child', async () => {
    const bytes = new TextEncoder().encode('# Bab 1\n\nParagraf *pertama*.\n\nParagraf kedua.\n');
    expect(await parseBookOffThread('bab.md', bytes)).toEqual(bookUpload(await parseBook('bab.md', bytes)));
    expect(await parseBookOffThread('bab.txt', bytes)).toEqual(bookUpload(await parseBook('bab.txt', bytes)));
  });

  test('refusals come back as the same message keys', async () => {
    const garbage = new TextEncoder().encode('this is not a zip file');
    expect(await parseBookOffThread('book.epub', garbage)).toEqual({ok: false, error: 'notEpub'});
    expect(await parseBookOffThread('book.pdf', garbage)).toEqual({ok: false, error: 'fileType'});
    expect(await parseBookOffThread('book.txt', new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0xc3]))).toEqual(
      bookUpload(await parseBook('book.txt', new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0xc3]))),
    );
  });

  test('a child that runs out of time is an error, not a hang', async () => {
    const bundle = cliBundle('parse-book')!;
    // No child starts, reads 20 MB and answers within a millisecond: it is killed and the call fails.
    await expect(
      runCliBundle(bundle, {
        args: ['book.txt'],
        files: [{name: 'upload', contents: new Uint8Array(20 * 1024 * 1024).fill(0x61)}],
        timeoutMs: 1,
      }),
    ).rejects.toThrow();
  });
});
