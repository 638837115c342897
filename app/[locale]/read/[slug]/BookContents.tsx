import {getTranslations} from 'next-intl/server';
import {ContinueReading} from '@/components/book/ContinueReading';
import {Link} from '@/i18n/navigation';
import type {BookOutline} from '@/server/reader/bookOutline';
import {ChapterTitle} from './ChapterTitle';
import {TextTitles} from '@/components/TextTitles';
import '@/components/reader.css';
import '@/components/book/book.css';

/** A book's first page: its titles, where the reader left it, and its chapters. */
export async function BookContents({locale, outline}: {locale: string; outline: BookOutline}) {
  const t = await getTranslations('Book');
  const tKind = await getTranslations('Kind');
  const {text, chapters} = outline;
  const byline = [tKind(text.kind as 'news'), text.author, text.publisher].filter(Boolean).join(' · ');
  return (
    <article className="reader book-contents" data-slug={text.slug}>
      <header className="reader-header">
        <TextTitles versions={text.versions} />
        <p className="reader-meta">
          {byline} · {t('size', {chapters: chapters.length, rows: outline.rows.length})}
        </p>
      </header>
      <ContinueReading
        slug={text.slug}
        locale={locale}
        chapterStarts={chapters.map((c) => c.startRow)}
        label={t('continue', {number: '{number}'})}
      />
      <p>
        <Link href={`/read/${text.slug}/1`}>{t('start')}</Link>
      </p>
      <nav aria-labelledby="book-contents">
        <h2 id="book-contents">{t('contents')}</h2>
        <ol className="book-toc">
          {chapters.map((c) => (
            <li key={c.number}>
              <Link href={`/read/${text.slug}/${c.number}`}>
                <ChapterTitle chapter={c} fallback={t('opening')} />
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    </article>
  );
}
