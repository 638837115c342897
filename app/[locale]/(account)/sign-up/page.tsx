import {getTranslations, setRequestLocale} from 'next-intl/server';
import {AccountForm} from '../AccountForm';
import {signUp} from '../actions';
import '../account.css';

export default async function SignUpPage({params, searchParams}: PageProps<'/[locale]/sign-up'>) {
  const {locale} = await params;
  const {invite} = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations('Account');
  return (
    <section className="account">
      <h1>{t('signUpTitle')}</h1>
      {typeof invite === 'string' && <p lang={locale}>{t('invited')}</p>}
      <AccountForm
        action={signUp}
        hidden={typeof invite === 'string' ? {locale, invite} : {locale}}
        fields={[
          {name: 'name', label: t('name'), type: 'text', autoComplete: 'name'},
          {name: 'email', label: t('email'), type: 'email', autoComplete: 'email'},
          {
            name: 'password',
            label: t('newPassword'),
            type: 'password',
            autoComplete: 'new-password',
            hint: t('passwordHint'),
          },
        ]}
        submit={t('signUp')}
        lang={locale}
      />
    </section>
  );
}
