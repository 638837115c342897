import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {ParallelText} from '@/components/ParallelText';
import {readerLabels} from '@/components/readerLabels';
import {Link, redirect} from '@/i18n/navigation';
import {requireRole} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {getReaderText} from '@/server/reader/readerText';
import {getRowSentences} from '@/server/reader/readerSentences';
import '../../editor.css';

// Drafts are not in the (cached, public) reader: editors see a text as readers will, whatever its
// status. The page reads the session, so it is rendered per request and never cached.
export const metadata: Metadata = {robots: {index: false}};

export default async function PreviewPage({params}: PageProps<'/[locale]/editor/[slug]/preview'>) {
  const {locale, slug} = await params;
  setRequestLocale(locale);
  if (!(await requireRole('editor'))) return redirect({href: `/sign-in?next=/editor/${slug}/preview`, locale});
  const text = await getReaderText(prisma(), slug, {includeUnpublished: true});
  if (!text) notFound();
  const tEditor = await getTranslations('Editor');
  return (
    <>
      <p className="preview-banner" role="note">
        {tEditor('previewBanner')} <Link href={`/editor/${slug}`}>{tEditor('backToEditor')}</Link>
      </p>
      <ParallelText
        text={text}
        sentences={getRowSentences(text)}
        {...(await readerLabels(locale, text, `/editor/${slug}/preview`))}
      />
    </>
  );
}
