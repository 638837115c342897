import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import {AccountForm} from '../AccountForm';
import {signIn} from '../actions';
import '../account.css';

export default async function SignInPage({params, searchParams}: PageProps<'/[locale]/sign-in'>) {
  const {locale} = await params;
  const {next} = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations('Account');
  return (
    <section className="account">
      <h1>{t('signInTitle')}</h1>
      <AccountForm
        action={signIn}
        hidden={{locale, next: typeof next === 'string' ? next : '/editor'}}
        fields={[
          {name: 'email', label: t('email'), type: 'email', autoComplete: 'username'},
          {name: 'password', label: t('password'), type: 'password', autoComplete: 'current-password'},
        ]}
        submit={t('signIn')}
        errors={{invalidInput: t('errors.invalidInput'), invalidCredentials: t('errors.invalidCredentials'), tooManyAttempts: t('errors.tooManyAttempts')}}
      />
      <p><Link href="/sign-up">{t('noAccount')}</Link></p>
    </section>
  );
}
