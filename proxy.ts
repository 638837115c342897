import {NextResponse, type NextRequest} from 'next/server';
import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';
import {databaseOutage, needsDatabase} from './server/platform/databaseStatus';
import {unavailableResponse} from './server/platform/unavailablePage';
import {createNonce, noncePolicy, usesNonce} from './server/platform/contentSecurityPolicy.mjs';

// `/` and unprefixed paths get a locale from the cookie, then Accept-Language.
const localize = createMiddleware(routing);

// Same as experimental.serverActions.bodySizeLimit in next.config.js.
const maxActionBody = 10 * 1024 * 1024;

export default function proxy(request: NextRequest) {
  // Next answers these with a 500; they are the client's mistakes, so they get a 4xx with a message.
  if (request.method === 'POST' && Number(request.headers.get('content-length') ?? 0) > maxActionBody) {
    return new NextResponse('Request body too large (at most 10 MB).', {
      status: 413,
      headers: {'content-type': 'text/plain; charset=utf-8'},
    });
  }
  // Next refuses a server action from another origin too, but with a 500 (see crossOrigin below); a
  // form of another site posted without JavaScript carries no Next-Action header, and no page of ours
  // takes any other POST. Route handlers (better-auth's included) check the origin themselves.
  if (request.method === 'POST' && !request.nextUrl.pathname.startsWith('/api/') && crossOrigin(request)) {
    return new NextResponse('Cross-origin form post refused.', {
      status: 403,
      headers: {'content-type': 'text/plain; charset=utf-8'},
    });
  }
  let path: string;
  try {
    path = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Malformed URL: the path is not valid percent-encoded UTF-8.', {
      status: 400,
      headers: {'content-type': 'text/plain; charset=utf-8'},
    });
  }
  // No route of ours has a NUL (PostgreSQL text cannot hold one) or a literal % (Next decodes params a
  // second time and fails with a 500 on a stray one) in its path.
  if (/[\u0000%]/.test(path))
    return new NextResponse('Malformed URL: the path contains a NUL or a doubly encoded character.', {
      status: 400,
      headers: {'content-type': 'text/plain; charset=utf-8'},
    });
  // Route handlers pass through only for the checks above; they have no locale.
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
  // PostgreSQL is down: pages and actions that need it get a clear 503 at once (server/platform/databaseStatus.ts).
  const isAction = request.method === 'POST' && request.headers.has('next-action');
  if (databaseOutage() && needsDatabase(request.nextUrl.pathname, isAction)) {
    return unavailableResponse(request.nextUrl.pathname, !isAction && !request.headers.has('rsc'));
  }
  if (!usesNonce(request.nextUrl.pathname)) return localize(request);
  // Pages rendered per request: Next reads the nonce from the request's policy and puts it on its scripts.
  const policy = noncePolicy(createNonce());
  request.headers.set('content-security-policy', policy);
  const response = localize(request);
  response.headers.set('content-security-policy', policy);
  return response;
}

/** Next's own rule for server actions: an Origin whose host is not the one the request was sent to. */
function crossOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  // Browsers send Origin with every POST; a request without one is not a browser's, so it cannot be
  // a visitor's cookies sent by another site (Next lets it through too).
  if (origin === null) return false;
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  return !URL.canParse(origin) || new URL(origin).host !== host;
}

export const config = {
  matcher: [
    // Not the cached pages (the library /en, /id and the reader /en/read/SLUG) when well formed: they
    // are the most requested, and this function (next-intl's middleware above all) took more than half
    // of the server's CPU time for each of them (CPU profile under npm run bench:reader). Their paths
    // need no checks, their locale is in the path, their bytes are the same for everyone (so no
    // Set-Cookie or per-request header), and the locale switcher keeps the locale cookie on the client.
    '/((?!api|_next|_vercel|.*\\..*|(?:en|id)(?:/read/[a-z0-9-]+)?$).*)',
    // Those pages still come here for server actions and request bodies (the checks above).
    {source: '/:locale(en|id)/:rest(read/[a-z0-9-]+)?', has: [{type: 'header', key: 'next-action'}]},
    {source: '/:locale(en|id)/:rest(read/[a-z0-9-]+)?', has: [{type: 'header', key: 'content-length'}]},
    '/api/texts/:path*',
  ],
};
