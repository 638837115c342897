import {getTranslations, setRequestLocale} from 'next-intl/server';
import {AccountForm} from '../AccountForm';
import {requestReset} from '../reset-password/actions';
import '../account.css';

export default async function ForgotPasswordPage({params}: PageProps<'/[locale]/forgot-password'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Account');
  return (
    <section className="account">
      <h1>{t('forgotTitle')}</h1>
      <p lang={locale}>{t('forgotText')}</p>
      <AccountForm
        action={requestReset}
        hidden={{locale}}
        fields={[{name: 'email', label: t('email'), type: 'email', autoComplete: 'email'}]}
        submit={t('sendResetLink')}
        lang={locale}
      />
    </section>
  );
}
