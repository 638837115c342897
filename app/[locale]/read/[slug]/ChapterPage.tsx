import {notFound} from 'next/navigation';
import {ParallelText} from '@/components/ParallelText';
import {ReadingTracker} from '@/components/book/ReadingTracker';
import {readerLabels} from '@/components/readerLabels';
import {pageRows} from '@/core/book/readerPages';
import {prisma} from '@/server/platform/db';
import {getPageRows} from '@/server/reader/bookOutline';
import {getRowSentences} from '@/server/reader/readerSentences';
import {getPackedWordLinks} from '@/server/reader/readerWordLinks';
import {BookNav} from './BookNav';
import {loadOutline} from './loadOutline';
import {wordActions} from '../wordActions';

/** One page of a chapter of a book: only its rows are read, rendered and sent. */
export async function ChapterPage({
  locale,
  slug,
  chapter,
  page,
}: {
  locale: string;
  slug: string;
  chapter: string;
  page: string;
}) {
  const outline = await loadOutline(slug);
  if (!outline?.paged || !/^\d{1,6}$/.test(chapter) || !/^\d{1,6}$/.test(page)) notFound();
  const current = outline.chapters[Number(chapter) - 1];
  const range = current && pageRows(current, Number(page));
  if (!range) notFound();
  const text = {...outline.text, rows: await getPageRows(prisma(), outline, range.start, range.end)};
  const nav = {
    slug,
    chapters: outline.chapters,
    chapter: current,
    page: Number(page),
    totalRows: outline.rows.length,
    endRow: range.end,
  };
  const path = `/read/${slug}/${chapter}${page === '1' ? '' : `/${page}`}`;
  return (
    <ParallelText
      text={text}
      firstRow={range.start}
      wordActions={wordActions}
      sentences={getRowSentences(text)}
      words={await getPackedWordLinks(prisma(), outline.textId, text.rows)}
      before={
        <>
          <BookNav {...nav} place="top" />
          <ReadingTracker slug={slug} />
        </>
      }
      after={<BookNav {...nav} place="bottom" />}
      {...(await readerLabels(locale, text, path))}
    />
  );
}
