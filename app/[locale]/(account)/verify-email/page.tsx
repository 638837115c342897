import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import {CONFIRMATION} from '@/core/accounts/addressConfirmation';
import {inspectConfirmation, type LinkView} from '@/server/accounts/addressConfirmation';
import {prisma} from '@/server/platform/db';
import {AccountForm} from '../AccountForm';
import {ResendForm} from '../ResendForm';
import {confirmEmail} from './actions';
import '../account.css';

// Where the link in the mail leads. Opening it changes nothing (mail scanners open links too): the
// address is confirmed by the form, with the password chosen at sign-up.
export default async function VerifyEmailPage({params, searchParams}: PageProps<'/[locale]/verify-email'>) {
  const {locale} = await params;
  const {token} = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations('Account');
  const link: LinkView =
    typeof token === 'string'
      ? await inspectConfirmation(prisma(), token, new Date())
      : {state: 'invalid', email: null};
  if (link.state === 'pending' && typeof token === 'string')
    return (
      <section className="account">
        <h1>{t('confirmTitle')}</h1>
        <p lang={locale}>{t('confirmText', {email: link.email ?? ''})}</p>
        <AccountForm
          action={confirmEmail}
          hidden={{locale, token}}
          fields={[{name: 'password', label: t('password'), type: 'password', autoComplete: 'current-password'}]}
          submit={t('confirm')}
          lang={locale}
        />
      </section>
    );
  if (link.state === 'used')
    return (
      <section className="account">
        <h1>{t('linkUsedTitle')}</h1>
        <p lang={locale}>{t('linkUsedText')}</p>
        <p lang={locale}>
          <Link href="/sign-in">{t('signIn')}</Link>
        </p>
      </section>
    );
  const expired = link.state === 'expired';
  return (
    <section className="account">
      <h1>{t(expired ? 'linkExpiredTitle' : 'linkInvalidTitle')}</h1>
      {!expired && (
        <p lang={locale}>
          {t('linkInvalidText')} <Link href="/sign-up">{t('signUpAgain')}</Link>
        </p>
      )}
      <ResendForm
        locale={locale}
        text={expired ? t('linkExpiredText', {hours: CONFIRMATION.linkHours}) : t('resendText')}
      />
    </section>
  );
}
