import {getTranslations, setRequestLocale} from 'next-intl/server';
import {redirect} from '@/i18n/navigation';
import {requireRole} from '@/server/accounts/currentUser';
import {MAX_IMPORT_PARAGRAPHS} from '@/server/editor/importText';
import {importText} from './actions';
import {ImportForm} from './ImportForm';
import '../editor.css';

const labelKeys = [
  'metadata',
  'kind',
  'originalLanguage',
  'licence',
  'author',
  'titleId',
  'titleEn',
  'langId',
  'langEn',
  'paste',
  'upload',
  'tmx',
  'tmxFile',
  'preview',
  'create',
  'previewTitle',
  'pasteShort',
  'uploadShort',
] as const;
const errorKeys = [
  'invalidInput',
  'forbidden',
  'tooLarge',
  'notUtf8',
  'fileType',
  'empty',
  'notTmx',
  'required',
  'tooLong',
  'nul',
  'invalidChoice',
  'tooManyParagraphs',
  'failed',
] as const;

export default async function ImportPage({params}: PageProps<'/[locale]/editor/import'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  if (!(await requireRole('editor'))) return redirect({href: '/sign-in?next=/editor/import', locale});
  const t = await getTranslations('Import');
  const tKind = await getTranslations('Kind');
  const labels: Record<string, string> = Object.fromEntries(labelKeys.map((k) => [k, t(k)]));
  labels.limits = t('limits', {paragraphs: MAX_IMPORT_PARAGRAPHS.toLocaleString(locale)});
  labels.previewShown = t.raw('previewShown') as string;
  labels.numberLocale = locale;
  for (const kind of ['news', 'essay', 'documentation', 'book', 'story'] as const) labels[`kind_${kind}`] = tKind(kind);
  return (
    <section className="import">
      <h1>{t('title')}</h1>
      <ImportForm
        action={importText}
        locale={locale}
        labels={labels}
        errors={Object.fromEntries(errorKeys.map((k) => [k, t.raw(`errors.${k}`) as string]))}
      />
    </section>
  );
}
