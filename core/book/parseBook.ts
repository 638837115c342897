// One entry point for every book format: bytes and a file name in, blocks (or the reason why not) out.
import type {BookResult, ParsedBook} from './epub';
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

/** Blocks of a side the import form's preview shows. */
export const PREVIEW_BLOCKS = 200;

/** What the import form needs of a parsed side before anything is stored: no block beyond the preview. */
export interface BookSummary {
  title: string | null;
  images: number;
  blocks: number;
  headings: number;
  /** The first PREVIEW_BLOCKS blocks' text. */
  preview: string[];
}

/**
 * A parsed side as the web server takes it from the parser's child: the summary, and the blocks as the
 * JSON text the job's submission stores. The import form's request never parses the blocks: a long
 * novel's 10,000 of them, parsed and written again as JSON, cost the heap tens of megabytes at once.
 */
export type BookUpload = {ok: true; summary: BookSummary; blocksJson: string} | {ok: false; error: string};

export function bookUpload(result: BookResult): BookUpload {
  return result.ok ? parsedUpload(result.book) : result;
}

export function parsedUpload({title, images, blocks}: ParsedBook): BookUpload & {ok: true} {
  const summary: BookSummary = {
    title,
    images,
    blocks: blocks.length,
    headings: blocks.filter((b) => b.kind === 'heading').length,
    preview: blocks.slice(0, PREVIEW_BLOCKS).map((b) => b.text),
  };
  return {ok: true, summary, blocksJson: JSON.stringify(blocks)};
}

/** The child's output: the upload without its blocks on the first line, the blocks' JSON on the second. */
export function printBookUpload(upload: BookUpload): string {
  if (!upload.ok) return `${JSON.stringify(upload)}\n`;
  return `${JSON.stringify({ok: true, summary: upload.summary})}\n${upload.blocksJson}\n`;
}

/** Reads what printBookUpload wrote; the blocks' JSON is taken as it is, not parsed. */
export function readBookUpload(output: string): BookUpload {
  const end = output.indexOf('\n');
  const head = JSON.parse(end < 0 ? output : output.slice(0, end)) as BookUpload;
  if (!head.ok) return head;
  const blocksJson = output.slice(end + 1).trimEnd();
  // JSON.stringify writes no line breaks: anything else is not what the child prints.
  if (!blocksJson.startsWith('[') || !blocksJson.endsWith(']') || blocksJson.includes('\n'))
    throw new Error('the book parser printed no blocks');
  return {ok: true, summary: head.summary, blocksJson};
}
