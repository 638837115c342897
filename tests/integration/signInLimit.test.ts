// Password guessing is slowed per account and address, without locking the owner out.
import {expect, test} from 'vitest';
import {ensureUser} from '../../server/accounts/people';
import {createAuth, type Auth} from '../../server/accounts/betterAuth';
import {pruneRateLimits} from '../../server/platform/rateLimit';
import {SIGN_IN_BACKOFF, SIGN_IN_PER_ACCOUNT} from '../../core/accounts/signInBackoff';
import {describeOnBothDatabases} from '../helpers/databases';

/** One attempt from `address`, with the cookies of `device` if given; 'signed in' or better-auth's status. */
async function attempt(
  auth: Auth,
  email: string,
  password: string,
  address: string,
  device?: string[],
): Promise<string> {
  const headers = new Headers({'x-selaras-client-ip': address});
  if (device?.length) headers.set('cookie', device.join('; '));
  return auth.api.signInEmail({body: {email, password}, headers, returnHeaders: true}).then(
    ({headers: response}) => {
      device?.push(...response.getSetCookie().map((cookie) => cookie.split(';')[0]));
      return 'signed in';
    },
    (error: {status?: string}) => error.status ?? 'error',
  );
}

describeOnBothDatabases('sign-in limits', (db) => {
  const auth = () => createAuth(db().prisma, {secret: 'x'.repeat(32), baseURL: 'http://localhost:3000'});

  // Each attempt hashes a password (scrypt): dozens of them take a while on a busy machine.
  test("an attacker hammering the admin's email from other addresses does not stop the admin signing in", {
    timeout: 120_000,
  }, async () => {
    await ensureUser(db().prisma, {
      email: 'admin@limits.test',
      password: 'the right password',
      name: 'Admin',
      role: 'admin',
    });
    const laptop: string[] = [];
    expect(await attempt(auth(), 'admin@limits.test', 'the right password', '198.51.100.10', laptop)).toBe('signed in');
    expect(laptop.join('; ')).toMatch(/better-auth\.device=/);

    // From one address, five wrong guesses are free; the sixth waits.
    for (let i = 0; i < SIGN_IN_BACKOFF.free; i++)
      expect(await attempt(auth(), 'Admin@limits.test', `guess ${i}`, '203.0.113.1')).toBe('UNAUTHORIZED');
    expect(await attempt(auth(), 'admin@limits.test', 'guess 5', '203.0.113.1')).toBe('TOO_MANY_REQUESTS');
    // Even the right password waits there: the attacker learns nothing from the answer.
    expect(await attempt(auth(), 'admin@limits.test', 'the right password', '203.0.113.1')).toBe('TOO_MANY_REQUESTS');
    // The admin, from another address on a new device, is not slowed by it.
    expect(await attempt(auth(), 'admin@limits.test', 'the right password', '198.51.100.20')).toBe('signed in');

    // Many addresses together: after 50 failures in the hour, unknown devices wait for the hour ...
    let failures = SIGN_IN_BACKOFF.free;
    for (let address = 2; failures < SIGN_IN_PER_ACCOUNT.max; address++) {
      for (let i = 0; i < SIGN_IN_BACKOFF.free && failures < SIGN_IN_PER_ACCOUNT.max; i++, failures++) {
        expect(await attempt(auth(), 'admin@limits.test', `guess ${i}`, `203.0.113.${address}`)).toBe('UNAUTHORIZED');
      }
    }
    expect(await attempt(auth(), 'admin@limits.test', 'another guess', '203.0.113.200')).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(auth(), 'admin@limits.test', 'the right password', '198.51.100.30')).toBe('TOO_MANY_REQUESTS');
    // ... but the device the admin signed in on before still gets in, from anywhere.
    expect(await attempt(auth(), 'admin@limits.test', 'the right password', '192.0.2.99', laptop)).toBe('signed in');
    // A forged device cookie (another account's, or altered) does not help the attacker.
    const forged = laptop.map((cookie) => cookie.replace(/device=[^.]/, 'device=A'));
    expect(await attempt(auth(), 'admin@limits.test', 'another guess', '203.0.113.201', forged)).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  test('only failures count: signing in again and again is never refused, and success clears the address', {
    timeout: 120_000,
  }, async () => {
    await ensureUser(db().prisma, {
      email: 'regular@limits.test',
      password: 'the right password',
      name: 'Regular',
      role: 'learner',
    });
    for (let i = 0; i < 12; i++)
      expect(await attempt(auth(), 'regular@limits.test', 'the right password', '198.51.100.40')).toBe('signed in');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < SIGN_IN_BACKOFF.free - 1; i++)
        expect(await attempt(auth(), 'regular@limits.test', 'typo', '198.51.100.40')).toBe('UNAUTHORIZED');
      expect(await attempt(auth(), 'regular@limits.test', 'the right password', '198.51.100.40')).toBe('signed in');
    }
  });

  test('counters are stored under bounded keys and old ones are pruned', async () => {
    const prisma = db().prisma;
    const huge = Array.from({length: 2000}, (_, i) => `10.0.${i % 250}.${i % 200}`).join(', ');
    expect(await attempt(auth(), `${'x'.repeat(3000)}@limits.test`, 'whatever', huge)).toMatch(
      /UNAUTHORIZED|BAD_REQUEST/,
    );
    const keys = await prisma.rateLimit.findMany({select: {key: true}});
    expect(keys.length).toBeGreaterThan(0);
    expect(Math.max(...keys.map(({key}) => key.length))).toBeLessThan(80);
    const later = new Date(Date.now() + 3 * 24 * 3600_000);
    expect(await pruneRateLimits(prisma, later)).toBeGreaterThan(0);
    expect(await prisma.rateLimit.count()).toBe(0);
  });
});
