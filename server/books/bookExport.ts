// A text as a book: a bilingual EPUB 3 (side by side or interleaved) or HTML page, or one language
// alone, streamed a chunk of rows at a time like the other exports (server/editor/exports.ts).
import {htmlOpening, HTML_CLOSING, rowPart, type BookLayout} from '../../core/book/bilingual';
import {EpubWriter} from '../../core/book/epubWriter';
import type {PrismaClient} from '../generated/prisma/client';
import {readExportRows, type ExportHead} from '../editor/exports';

export type BookFormat = 'epub' | 'html';
export const bookTypes: Record<BookFormat, string> = {
  epub: 'application/epub+zip',
  html: 'text/html; charset=utf-8',
};

function bookTitle(head: ExportHead, layout: BookLayout): string {
  if (layout === 'id' || layout === 'en') return head.titles[layout] ?? head.slug;
  const first = head.titles[head.originalLanguage];
  const other = head.titles[head.originalLanguage === 'id' ? 'en' : 'id'];
  return [first, other].filter((t, k, all) => t && all.indexOf(t) === k).join(' · ') || head.slug;
}

function languages(head: ExportHead, layout: BookLayout): string[] {
  if (layout === 'id' || layout === 'en') return [layout];
  return [head.originalLanguage, head.originalLanguage === 'id' ? 'en' : 'id'];
}

export function streamBook(
  prisma: PrismaClient,
  head: ExportHead,
  format: BookFormat,
  layout: BookLayout,
  now: Date,
  chunk = 500,
): ReadableStream<Uint8Array> {
  const rows = readExportRows(prisma, head, chunk);
  const pending: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const title = bookTitle(head, layout);
  const epub =
    format === 'epub'
      ? new EpubWriter(
          {
            identifier: `urn:selaras:${head.slug}:${head.revision}:${layout}`,
            title,
            languages: languages(head, layout),
            modified: now,
            rights: head.licence,
          },
          (bytes) => pending.push(bytes),
        )
      : null;
  if (!epub) pending.push(encoder.encode(htmlOpening(title, languages(head, layout)[0]!)));
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (!pending.length && !done) {
        const next = await rows.next();
        if (next.done) {
          done = true;
          if (epub) epub.finish();
          else pending.push(encoder.encode(HTML_CLOSING));
          break;
        }
        const parts = next.value.flatMap((row) => rowPart(row.blocks, layout, head.originalLanguage) ?? []);
        if (epub) for (const part of parts) epub.add(part);
        else pending.push(encoder.encode(parts.map((p) => p.xhtml).join('\n')));
      }
      for (const bytes of pending.splice(0)) controller.enqueue(bytes);
      if (done && !pending.length) controller.close();
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}
