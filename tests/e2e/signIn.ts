// Signs the demo editor in over HTTP for the browser tests. better-auth allows 5 sign-ins a minute per
// client address (and per account and address), and the files, run one after another, sign in within
// less than a minute: the suite's server trusts loopback proxies (tests/e2e/server.ts), so each
// sign-in says, as a reverse proxy would, that it comes from an address of its own.
import {randomInt} from 'node:crypto';

/** An address in 198.18.0.0/15, the range set aside for benchmarks, different for every call in practice. */
export const clientAddress = () => `198.${randomInt(18, 20)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

export interface Session {
  /** The Cookie header. */
  header: string;
  /** The same cookies for a browser context's addCookies. */
  cookies: {name: string; value: string; url: string}[];
}

export async function signInEditor(baseUrl: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Origin: baseUrl, 'X-Forwarded-For': clientAddress()},
    body: JSON.stringify({email: 'editor@selaras.local', password: 'selaras-demo'}),
  });
  if (!response.ok) throw new Error(`the editor's sign-in answered ${response.status}`);
  const pairs = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return {
    header: pairs.join('; '),
    cookies: pairs.map((pair) => {
      const at = pair.indexOf('=');
      return {name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl};
    }),
  };
}
