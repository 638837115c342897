import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';

// `/` and unprefixed paths get a locale from the cookie, then Accept-Language.
export default createMiddleware(routing);

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
