import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {hasRole} from '@/core/accounts/roles';
import {AccountForm} from '../AccountForm';
import {signIn} from '../actions';
import {SignOutForm} from '../SignOutForm';
import '../account.css';

export default async function SignInPage({params, searchParams}: PageProps<'/[locale]/sign-in'>) {
  const {locale} = await params;
  const {next, reset} = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations('Account');
  const target = typeof next === 'string' ? next : '/';
  const user = await getCurrentUser();
  // Somebody signed in who was sent here by a page they may not use: say why, and what to do.
  const needs = target.startsWith('/admin') ? 'admin' : target.startsWith('/editor') ? 'editor' : null;
  const name = user?.name ?? '';
  const refused = needs !== null && !hasRole(user, needs);
  const notice = user && t(refused ? (needs === 'admin' ? 'adminsOnly' : 'editorsOnly') : 'alreadySignedIn', {name});
  return (
    <section className="account">
      <h1>{t('signInTitle')}</h1>
      {reset === '1' && !user && (
        <p role="status" className="form-notice" lang={locale}>
          {t('passwordChanged')}
        </p>
      )}
      {user && notice && (
        <div className="account-notice" role="status">
          <p lang={locale}>{notice}</p>
          <SignOutForm user={user} locale={locale} next={`/sign-in?next=${target}`} />
        </div>
      )}
      <AccountForm
        action={signIn}
        hidden={{locale, next: target}}
        fields={[
          {name: 'email', label: t('email'), type: 'email', autoComplete: 'username'},
          {name: 'password', label: t('password'), type: 'password', autoComplete: 'current-password'},
        ]}
        submit={t('signIn')}
        lang={locale}
      />
      <p lang={locale}>
        <Link href="/forgot-password">{t('forgotPassword')}</Link>
      </p>
      <p lang={locale}>
        <Link href="/sign-up">{t('noAccount')}</Link>
      </p>
      <p lang={locale}>
        <Link href="/sign-up/check-mail">{t('noConfirmationMail')}</Link>
      </p>
    </section>
  );
}
