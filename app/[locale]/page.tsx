import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import {prisma} from '@/server/platform/db';
import {listTexts} from '@/server/reader/readerText';

// Rendered on the first request, then served from the cache until an editor publishes a change.
export const revalidate = 3600;

// Nothing is rendered at build time (the database is not there yet); each page on its first request.
export function generateStaticParams() {
  return [];
}

export default async function LibraryPage({params}: PageProps<'/[locale]'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Library');
  const tKind = await getTranslations('Kind');
  const texts = await listTexts(prisma());
  return (
    <section className="library">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      {texts.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="text-list">
          {texts.map((text) => (
            <li key={text.slug}>
              <Link href={`/read/${text.slug}`} className="text-card">
                {text.titles.id && (
                  <span className="title" lang="id">
                    {text.titles.id}
                  </span>
                )}
                {text.titles.en && (
                  <span className="title title-en" lang="en">
                    {text.titles.en}
                  </span>
                )}
                <span className="meta">
                  {tKind(text.kind as 'news')} · {t('paragraphs', {count: text.paragraphCount})} ·{' '}
                  {t('readingTime', {minutes: Math.max(1, Math.round(text.wordCount / 200))})}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
