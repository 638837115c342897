import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link, redirect} from '@/i18n/navigation';
import {requireRole} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {getMemorySize} from '@/server/memory/editorMemory';
import {tryLookup, uploadTmx} from './actions';
import {MemoryLookupForm} from './MemoryLookupForm';
import {TmxUploadForm} from './TmxUploadForm';
import '../editor.css';

const errorKeys = ['forbidden', 'empty', 'fileType', 'tooLarge', 'notUtf8', 'notTmx', 'invalidInput'] as const;

export default async function MemoryPage({params}: PageProps<'/[locale]/editor/memory'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  if (!(await requireRole('editor'))) return redirect({href: '/sign-in?next=/editor/memory', locale});
  const t = await getTranslations('MemoryPage');
  const sizes = await getMemorySize(prisma());
  const errors = Object.fromEntries(errorKeys.map((k) => [k, t(`errors.${k}`)]));
  const directions = {'id-en': t('direction_id_en'), 'en-id': t('direction_en_id')};
  return (
    <section className="memory-page">
      <h1>{t('title')}</h1>
      <p>
        <Link href="/editor">{t('back')}</Link>
      </p>
      <table className="memory-size">
        <caption>{t('size')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('direction')}</th>
            <th scope="col">{t('entries')}</th>
          </tr>
        </thead>
        <tbody>
          {sizes.map((s) => (
            <tr key={`${s.from}-${s.to}`}>
              <th scope="row">{directions[s.from === 'id' ? 'id-en' : 'en-id']}</th>
              <td>{s.entries.toLocaleString(locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TmxUploadForm
        action={uploadTmx}
        errors={errors}
        labels={{
          title: t('uploadTitle'),
          help: t('uploadHelp'),
          file: t('file'),
          submit: t('upload'),
          units: t('units'),
          added: t('added'),
          skipped: t('skipped'),
        }}
      />
      <MemoryLookupForm
        action={tryLookup}
        errors={errors}
        directions={directions}
        labels={{
          title: t('tryTitle'),
          help: t('tryHelp'),
          direction: t('direction'),
          source: t('source'),
          submit: t('lookUp'),
          none: t('noMatch'),
          match: t('match', {percent: '{percent}'}),
        }}
      />
    </section>
  );
}
