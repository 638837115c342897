// A POST to better-auth's HTTP endpoints (/api/auth/PATH) as any client can make it, each from a client
// address of its own unless the headers say otherwise: better-auth limits sign-ups and sign-ins per address.
import type {Auth} from '../../server/accounts/betterAuth';

/** `network` is the first three parts of the addresses handed out, e.g. '192.0.2' (documentation range). */
export function authPoster(auth: () => Auth, base: string, network: string) {
  let address = 0;
  return async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await auth().handler(
      new Request(`${base}/api/auth${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: base,
          'x-selaras-client-ip': `${network}.${(address++ % 254) + 1}`,
          ...headers,
        },
        body: JSON.stringify(body),
      }),
    );
    return {
      status: response.status,
      body: await response.json().catch(() => null),
      cookies: response.headers.getSetCookie(),
    };
  };
}
