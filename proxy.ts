import {NextResponse, type NextRequest} from 'next/server';
import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';

// `/` and unprefixed paths get a locale from the cookie, then Accept-Language.
const localize = createMiddleware(routing);

// Same as experimental.serverActions.bodySizeLimit in next.config.js.
const maxActionBody = 10 * 1024 * 1024;

export default function proxy(request: NextRequest) {
  // Next answers these with a 500; they are the client's mistakes, so they get a 4xx with a message.
  if (request.method === 'POST' && Number(request.headers.get('content-length') ?? 0) > maxActionBody) {
    return new NextResponse('Request body too large (at most 10 MB).', {status: 413, headers: {'content-type': 'text/plain; charset=utf-8'}});
  }
  let path: string;
  try {
    path = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Malformed URL: the path is not valid percent-encoded UTF-8.', {status: 400, headers: {'content-type': 'text/plain; charset=utf-8'}});
  }
  // No route of ours has a NUL (PostgreSQL text cannot hold one) or a literal % (Next decodes params a
  // second time and fails with a 500 on a stray one) in its path.
  if (/[\u0000%]/.test(path)) return new NextResponse('Malformed URL: the path contains a NUL or a doubly encoded character.', {status: 400, headers: {'content-type': 'text/plain; charset=utf-8'}});
  // Route handlers pass through only for the checks above; they have no locale.
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
  return localize(request);
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/api/texts/:path*'],
};
