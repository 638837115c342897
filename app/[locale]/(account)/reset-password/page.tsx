import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import {PASSWORD_RESET} from '@/core/accounts/passwordReset';
import {auth} from '@/server/accounts/currentUser';
import {inspectPasswordReset} from '@/server/accounts/passwordReset';
import {AccountForm} from '../AccountForm';
import {setNewPassword} from './actions';
import '../account.css';

// Where the link of a "forgot password" mail leads. Opening it changes nothing (mail scanners open
// links too): the token is used by the form, once.
export default async function ResetPasswordPage({params, searchParams}: PageProps<'/[locale]/reset-password'>) {
  const {locale} = await params;
  const {token} = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations('Account');
  const state = typeof token === 'string' ? await inspectPasswordReset(auth(), token, new Date()) : 'invalid';
  if (state === 'pending' && typeof token === 'string')
    return (
      <section className="account">
        <h1>{t('resetTitle')}</h1>
        <p lang={locale}>{t('resetText')}</p>
        <AccountForm
          action={setNewPassword}
          hidden={{locale, token}}
          fields={[
            {
              name: 'password',
              label: t('newPassword'),
              type: 'password',
              autoComplete: 'new-password',
              hint: t('passwordHint'),
            },
            {name: 'repeat', label: t('repeatPassword'), type: 'password', autoComplete: 'new-password'},
          ]}
          submit={t('setPassword')}
          lang={locale}
        />
      </section>
    );
  return (
    <section className="account">
      <h1>{t(state === 'expired' ? 'resetExpiredTitle' : 'resetInvalidTitle')}</h1>
      <p lang={locale}>
        {t('resetLinkText', {minutes: PASSWORD_RESET.linkMinutes})} <Link href="/forgot-password">{t('askAgain')}</Link>
      </p>
    </section>
  );
}
