import {getTranslations} from 'next-intl/server';
import {AccountForm} from './AccountForm';
import {resendLink} from './verify-email/actions';

/** Asks for another link to confirm an address: after sign-up, and where a link has expired or failed. */
export async function ResendForm({locale, text}: {locale: string; text: string}) {
  const t = await getTranslations('Account');
  return (
    <>
      <h2>{t('resendTitle')}</h2>
      <p lang={locale}>{text}</p>
      <AccountForm
        action={resendLink}
        hidden={{locale}}
        fields={[{name: 'email', label: t('email'), type: 'email', autoComplete: 'email'}]}
        submit={t('resend')}
        lang={locale}
      />
    </>
  );
}
