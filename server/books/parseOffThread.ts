// Parses an uploaded book file in a child process (dist/parse-book.mjs): unzipping and reading a
// 30 MB EPUB takes seconds of CPU and hundreds of megabytes, which would otherwise hold the web
// server's event loop for every reader and stay in its heap. Without the bundle it parses here.
import {setImmediate as yieldToEventLoop} from 'node:timers/promises';
import {
  bookFormat,
  bookUpload,
  type BookUpload,
  MAX_BOOK_BYTES,
  parseBook,
  readBookUpload,
} from '../../core/book/parseBook';
import {cliBundle, runCliBundle} from '../platform/cliBundle';
import {log} from '../platform/log';

/** A file the child could not finish within these is refused as unreadable; no book needs more. */
const PARSE_TIMEOUT_MS = 2 * 60_000;
const PARSE_HEAP_MB = 1024;

export async function parseBookOffThread(fileName: string, bytes: Uint8Array): Promise<BookUpload> {
  // What needs no parsing is answered here, without a process.
  const format = bookFormat(fileName);
  if (!format) return {ok: false, error: 'fileType'};
  if (bytes.byteLength > MAX_BOOK_BYTES) return {ok: false, error: 'tooLarge'};
  const bundle = cliBundle('parse-book');
  if (!bundle) {
    await yieldToEventLoop();
    return bookUpload(await parseBook(fileName, bytes));
  }
  try {
    const stdout = await runCliBundle(bundle, {
      args: [`book.${format === 'markdown' ? 'md' : format === 'text' ? 'txt' : format}`],
      files: [{name: 'upload', contents: bytes}],
      timeoutMs: PARSE_TIMEOUT_MS,
      maxHeapMb: PARSE_HEAP_MB,
    });
    return readBookUpload(stdout);
  } catch (error) {
    // Out of time or memory (a file built to exhaust the parser), or killed: the file is refused.
    log.warn('a book file could not be parsed', {format, bytes: bytes.byteLength, error: (error as Error).message});
    return {ok: false, error: 'unreadable'};
  }
}
