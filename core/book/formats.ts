// DOCX, saved web pages, Markdown and plain text to blocks. Each goes through HTML that a library
// makes from the file (mammoth, Readability, micromark) and then through the one HTML walker, so every
// format keeps the same structure the same way and none of the file's markup reaches a page.
import {Readability} from '@mozilla/readability';
import mammoth from 'mammoth';
import {micromark} from 'micromark';
import {block, type Block} from './blocks';
import {decodeText, decodeXml, parseHtmlDocument} from './decode';
import type {BookResult, ParsedBook} from './epub';
import {blocksFromHtml, type DomNode} from './htmlBlocks';
import {readZip} from './zip';

function fromHtml(html: string, title: string | null): ParsedBook {
  const doc = parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const {blocks, images} = blocksFromHtml(doc.getElementsByTagName('body')[0] as unknown as DomNode);
  return {title, blocks, images};
}

const result = (book: ParsedBook): BookResult => (book.blocks.length ? {ok: true, book} : {ok: false, error: 'empty'});

const DOCX_STYLES = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

export async function parseDocx(bytes: Uint8Array): Promise<BookResult> {
  // Inflated here first, every entry counted against the limits: mammoth would inflate a bomb whole.
  const zip = readZip(bytes, (name) => name.endsWith('.xml'), {inflateAll: true});
  if (!zip.ok) return {ok: false, error: zip.error === 'notZip' ? 'notDocx' : zip.error};
  if (!zip.entries.has('word/document.xml')) return {ok: false, error: 'notDocx'};
  for (const entry of zip.entries.values()) {
    const decoded = decodeXml(entry);
    if (!decoded.ok) return {ok: false, error: decoded.error};
  }
  let html: string;
  try {
    const converted = await mammoth.convertToHtml(
      {buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)},
      {styleMap: DOCX_STYLES, convertImage: mammoth.images.imgElement(async () => ({src: ''}))},
    );
    html = converted.value;
  } catch (error) {
    // mammoth rejects a zip that is no Word document (no main part, unreadable XML).
    if (error instanceof Error) return {ok: false, error: 'notDocx'};
    throw error;
  }
  return result(fromHtml(html, null));
}

/** A saved web page: the article Readability finds in it (the whole body when it finds none). */
export function parseWebPage(bytes: Uint8Array): BookResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const doc = parseHtmlDocument(decoded.text);
  const pageTitle = doc.querySelector('title')?.textContent?.trim() || null;
  const article = new Readability(doc.cloneNode(true) as unknown as Document).parse();
  if (article?.content) {
    const book = fromHtml(article.content, article.title?.trim() || pageTitle);
    return result({...book, blocks: raiseHeadings(book.blocks)});
  }
  const {blocks, images} = blocksFromHtml(
    (doc.getElementsByTagName('body')[0] ?? doc.documentElement) as unknown as DomNode,
  );
  return result({title: pageTitle, blocks, images});
}

/** Readability turns the article's h1 into h2: the top heading level becomes 1 again. */
function raiseHeadings(blocks: Block[]): Block[] {
  const top = Math.min(...blocks.map((b) => b.level ?? 7));
  if (top <= 1 || top > 6) return blocks;
  return blocks.map((b) => (b.level ? {...b, level: b.level - top + 1} : b));
}

function frontMatter(text: string): {title: string | null; body: string} {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return {title: null, body: text};
  const title =
    /^title:\s*(.+)$/m
      .exec(match[1]!)?.[1]
      ?.replace(/^["']|["']$/g, '')
      .trim() || null;
  return {title, body: text.slice(match[0].length)};
}

/** CommonMark; HTML written in the Markdown stays text (micromark escapes it unless told otherwise). */
export function parseMarkdown(bytes: Uint8Array): BookResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const {title, body} = frontMatter(decoded.text.replace(/\r\n?/g, '\n'));
  return result(fromHtml(micromark(body), title));
}

// A short line alone that names a chapter or part is its heading in a plain-text book.
const CHAPTER_LINE = /^(chapter|bab|part|bagian|book|buku|prologue?|prolog|epilogue?|epilog)\b.{0,70}$/i;

/** Paragraphs are blocks separated by blank lines; lines inside a block are folded. */
export function parsePlainText(bytes: Uint8Array): BookResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const {title, body} = frontMatter(decoded.text.replace(/\r\n?/g, '\n'));
  const blocks: Block[] = body
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => (CHAPTER_LINE.test(p) ? block('heading', p, 1) : block('paragraph', p)));
  return result({title, blocks, images: 0});
}
