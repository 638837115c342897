// The HTTP server of `npm start`: Next's request handler behind a thin layer that does what Next
// cannot, because Next never sees the socket:
// - it works out the client's address (server/platform/clientAddress.mjs) and hands it on in one header,
//   replacing whatever the client sent, so that per-address limits cannot be dodged by a forged
//   X-Forwarded-For;
// - it bounds request bodies while they stream, chunked ones included (Next buffers a chunked action
//   body up to its limit and then answers 500; better-auth reads a whole JSON body into memory);
// - it refuses POSTs to pages from another origin (Next answers a cross-origin action with a 500);
// - it sends HSTS on HTTPS requests.
import {createServer} from 'node:http';
import next from 'next';
import {
  clientAddressHeader,
  isSecureRequest,
  isTrustedProxy,
  normalizeAddress,
  parseTrustedProxies,
  resolveClientAddress,
} from '../../server/platform/clientAddress.mjs';
import {bodyLimitFor, describeLimit} from '../../server/platform/bodyLimits.mjs';
import {warmUp} from './warmUp.mjs';

const port = Number(process.env.PORT ?? 3000);
const trusted = parseTrustedProxies(process.env.SELARAS_TRUSTED_PROXIES);
// Sign-in, sign-up and session calls are a few hundred bytes; the import form takes book files; the
// limits by path are in server/platform/bodyLimits.mjs (proxy.ts answers the same for `next dev`).
const hsts = 'max-age=31536000; includeSubDomains';
const secureAuthUrl = (process.env.BETTER_AUTH_URL ?? '').startsWith('https:');

function log(level, msg, fields = {}) {
  const line = JSON.stringify({time: new Date().toISOString(), level, msg, ...fields});
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

// Node reads and drops what is left of a body after the answer, so that the client can send it all and
// read the 413 (closing at once would reset the connection under the client's feet); a client that
// keeps sending past this is cut off.
const drainFor = 10_000;

function tooLarge(req, res, limit) {
  const size = describeLimit(limit);
  res.writeHead(413, {'content-type': 'text/plain; charset=utf-8'});
  res.end(`Request body too large (at most ${size}).`);
  const timer = setTimeout(() => req.socket.destroy(), drainFor).unref();
  req.once('end', () => clearTimeout(timer));
}

/**
 * After an answer sent before its request's body ended (a refusal: 413, 429, a failed sign-in), the
 * rest of the body is not read: Node would read and throw away every byte to keep the connection, and
 * a few clients streaming large bodies at it then take the server's CPU from everyone. The connection
 * is half-closed instead, the client left to read the answer, and dropped if it keeps it open.
 */
function stopReading(req) {
  if (req.complete || req.socket.destroyed) return;
  req.socket.pause();
  req.socket.end();
  setTimeout(() => req.socket.destroy(), drainFor).unref();
}

/** Counts the body as the HTTP parser hands it over; past the limit the rest is dropped and the client told so. */
function limitBody(req, res, limit) {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    tooLarge(req, res, limit);
    return false;
  }
  if (declared !== undefined || !req.headers['transfer-encoding']) return true;
  const push = req.push.bind(req);
  let received = 0;
  let refused = false;
  req.push = (chunk, encoding) => {
    if (refused) return true; // dropped: the socket keeps draining, so the client gets to read the 413
    if (chunk === null) return push(chunk, encoding);
    received += chunk.length;
    if (received <= limit) return push(chunk, encoding);
    refused = true;
    // The body never ends for Next, which gives up when the connection closes.
    if (!res.headersSent) tooLarge(req, res, limit);
    else setTimeout(() => req.socket.destroy(), drainFor).unref();
    return true;
  };
  return true;
}

/** A browser's POST to a page from another site: a server action, or a form posted without JavaScript. */
function crossOriginPost(req, fromProxy) {
  const origin = req.headers.origin;
  // Browsers send Origin with every POST; without one it is not a browser carrying a visitor's cookies.
  if (req.method !== 'POST' || origin === undefined || (req.url ?? '').startsWith('/api/')) return false;
  const forwardedHost = fromProxy
    ? String(req.headers['x-forwarded-host'] ?? '')
        .split(',')[0]
        .trim()
    : '';
  const host = forwardedHost || req.headers.host;
  return !URL.canParse(origin) || new URL(origin).host !== host;
}

let warnedInsecureCookie = false;

const app = next({dev: false, dir: process.cwd(), port});
const handle = app.getRequestHandler();
await app.prepare();

function listener(req, res) {
  const peer = req.socket.remoteAddress;
  const fromProxy = isTrustedProxy(trusted, normalizeAddress(peer ?? ''));
  const secure = isSecureRequest(peer, Boolean(req.socket.encrypted), req.headers['x-forwarded-proto'], trusted);
  req.headers[clientAddressHeader] = resolveClientAddress(peer, req.headers['x-forwarded-for'], trusted);
  if (!fromProxy) {
    // Forwarding headers from anyone but a listed proxy are the client's own words: Next fills them in
    // again from the socket.
    for (const name of [
      'x-forwarded-for',
      'x-forwarded-host',
      'x-forwarded-proto',
      'x-forwarded-port',
      'x-real-ip',
      'forwarded',
    ]) {
      delete req.headers[name];
    }
  }
  if (secure) {
    res.setHeader('strict-transport-security', hsts);
    if (!secureAuthUrl && !warnedInsecureCookie) {
      warnedInsecureCookie = true;
      log(
        'warn',
        'served over HTTPS but BETTER_AUTH_URL is not https://: session cookies lack the Secure flag; set BETTER_AUTH_URL to the public https:// address',
      );
    }
  }
  if (crossOriginPost(req, fromProxy)) {
    res.writeHead(403, {'content-type': 'text/plain; charset=utf-8'});
    res.end('Cross-origin form post refused.');
    return;
  }
  const limit = bodyLimitFor(req.url ?? '');
  res.once('finish', () => stopReading(req));
  if (!limitBody(req, res, limit)) return;
  handle(req, res);
}

await warmUp(listener, log);
const server = createServer(listener);
server.listen(port, () => log('info', 'ready', {port, trustedProxies: trusted.size}));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
