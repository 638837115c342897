import {getTranslations} from 'next-intl/server';
import type {CurrentUser} from '@/server/auth';
import {signOut} from './actions';

/** Who is signed in, and the way out, on pages rendered per request (the header's is AccountStatus). */
export async function SignOutForm({user, locale, next}: {user: CurrentUser; locale: string; next?: string}) {
  const t = await getTranslations('Account');
  return (
    <form action={signOut} className="signed-in">
      <span lang={locale}>{t('signedInAs', {name: user.name})}</span>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <button type="submit">{t('signOut')}</button>
    </form>
  );
}
