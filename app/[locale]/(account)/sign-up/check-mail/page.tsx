import {getTranslations, setRequestLocale} from 'next-intl/server';
import {CONFIRMATION} from '@/core/accounts/addressConfirmation';
import {ResendForm} from '../../ResendForm';
import '../../account.css';

export default async function CheckMailPage({params}: PageProps<'/[locale]/sign-up/check-mail'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Account');
  return (
    <section className="account">
      <h1>{t('checkMailTitle')}</h1>
      <p lang={locale}>{t('checkMailText', {hours: CONFIRMATION.linkHours})}</p>
      <ResendForm locale={locale} text={t('resendText')} />
    </section>
  );
}
