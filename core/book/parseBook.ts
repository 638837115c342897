// One entry point for every book format: bytes and a file name in, blocks (or the reason why not) out.
import type {BookResult} from './epub';
import {parseEpub} from './epub';
import {parseDocx, parseMarkdown, parsePlainText, parseWebPage} from './formats';

/** Per file: a long novel with its images is well under this; the zip limits guard what it inflates to. */
export const MAX_BOOK_BYTES = 30 * 1024 * 1024;

export type BookFormat = 'epub' | 'docx' | 'html' | 'markdown' | 'text';
export const BOOK_EXTENSIONS = /\.(epub|docx|html?|xhtml|md|markdown|txt)$/i;

export function bookFormat(fileName: string): BookFormat | null {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'epub') return 'epub';
  if (ext === 'docx') return 'docx';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt') return 'text';
  return null;
}

export async function parseBook(fileName: string, bytes: Uint8Array): Promise<BookResult> {
  const format = bookFormat(fileName);
  if (!format) return {ok: false, error: 'fileType'};
  if (bytes.byteLength > MAX_BOOK_BYTES) return {ok: false, error: 'tooLarge'};
  if (format === 'epub') return parseEpub(bytes);
  if (format === 'docx') return parseDocx(bytes);
  if (format === 'html') return parseWebPage(bytes);
  if (format === 'markdown') return parseMarkdown(bytes);
  return parsePlainText(bytes);
}
