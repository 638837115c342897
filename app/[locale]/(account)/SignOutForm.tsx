import {getTranslations} from 'next-intl/server';
import type {CurrentUser} from '@/server/auth';
import {signOut} from './actions';

/** Who is signed in, and the way out: on the pages only signed-in people see (cached pages stay anonymous). */
export async function SignOutForm({user, locale}: {user: CurrentUser; locale: string}) {
  const t = await getTranslations('Account');
  return (
    <form action={signOut} className="signed-in">
      <span>{t('signedInAs', {name: user.name})}</span>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit">{t('signOut')}</button>
    </form>
  );
}
