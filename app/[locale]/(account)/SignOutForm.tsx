import {getTranslations} from 'next-intl/server';
import type {CurrentUser} from '@/server/accounts/currentUser';
import {signOut} from './actions';

/**
 * Who is signed in and the way out, where a page must say it in its body (the sign-in page, to someone
 * who may not go where they were heading). Elsewhere the site header says it on every page, so pages
 * that placed this form before (editor, admin) get nothing from it: one "Sign out" per page.
 */
export async function SignOutForm({user, locale, next}: {user: CurrentUser; locale: string; next?: string}) {
  if (!next) return null;
  const t = await getTranslations('Account');
  return (
    <form action={signOut} className="signed-in">
      <span lang={locale}>{t('signedInAs', {name: user.name})}</span>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <button type="submit">{t('signOut')}</button>
    </form>
  );
}
