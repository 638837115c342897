// Sessions end: a week after their last use, on sign-out (the row is deleted, so the old cookie
// authorises nothing), and when an admin changes the person's role.
import {afterEach, expect, test, vi} from 'vitest';
import {changeRole, ensureUser} from '../../server/accounts/people';
import {createAuth, SESSION_LIFETIME, type Auth} from '../../server/accounts/betterAuth';
import {describeOnBothDatabases} from '../helpers/databases';

const day = 24 * 3600_000;

/** Signs in through better-auth and returns the Cookie header a browser would send back. */
async function signIn(auth: Auth, email: string, password: string): Promise<Headers> {
  const {headers} = await auth.api.signInEmail({body: {email, password}, returnHeaders: true});
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  expect(cookie).toMatch(/session_token=/);
  return new Headers({cookie});
}

afterEach(() => {
  vi.useRealTimers();
});

describeOnBothDatabases('sessions', (db) => {
  const auth = () =>
    createAuth(db().prisma, {secret: 'a test secret of at least 32 characters', baseURL: 'http://localhost:3000'});

  test('the configured lifetime is a week, extended at most daily', () => {
    expect(SESSION_LIFETIME).toEqual({expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600});
  });

  test('a session unused for more than a week no longer signs anyone in', async () => {
    await ensureUser(db().prisma, {
      email: 'idle@sessions.test',
      password: 'password-123',
      name: 'Idle',
      role: 'learner',
    });
    const start = Date.now();
    vi.useFakeTimers({toFake: ['Date'], now: start});
    const cookie = await signIn(auth(), 'idle@sessions.test', 'password-123');
    vi.setSystemTime(start + 6 * day);
    // Still valid after six days, and refreshed because the last refresh is over a day old.
    expect((await auth().api.getSession({headers: cookie}))?.user.email).toBe('idle@sessions.test');
    vi.setSystemTime(start + 12 * day);
    expect((await auth().api.getSession({headers: cookie}))?.user.email).toBe('idle@sessions.test');
    // A week and a day after that last use: over.
    vi.setSystemTime(start + 20 * day);
    expect(await auth().api.getSession({headers: cookie})).toBeNull();
  });

  test('signing out deletes the session row, and the old cookie no longer authorises anything', async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {email: 'leaver@sessions.test', password: 'password-123', name: 'Leaver', role: 'editor'});
    const user = await prisma.user.findUniqueOrThrow({where: {email: 'leaver@sessions.test'}, select: {id: true}});
    const cookie = await signIn(auth(), 'leaver@sessions.test', 'password-123');
    const other = await signIn(auth(), 'leaver@sessions.test', 'password-123');
    expect(await prisma.session.count({where: {userId: user.id}})).toBe(2);
    await auth().api.signOut({headers: cookie});
    expect(await auth().api.getSession({headers: cookie})).toBeNull();
    // Only the session signed out ends: the same person on another device stays signed in.
    expect(await prisma.session.count({where: {userId: user.id}})).toBe(1);
    expect((await auth().api.getSession({headers: other}))?.user.email).toBe('leaver@sessions.test');
  });

  test('a role change ends every session of that person, and only theirs', async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {email: 'boss@sessions.test', password: 'password-123', name: 'Boss', role: 'admin'});
    await ensureUser(prisma, {
      email: 'demoted@sessions.test',
      password: 'password-123',
      name: 'Demoted',
      role: 'editor',
    });
    const boss = await prisma.user.findUniqueOrThrow({
      where: {email: 'boss@sessions.test'},
      select: {id: true, role: true},
    });
    const demoted = await prisma.user.findUniqueOrThrow({where: {email: 'demoted@sessions.test'}, select: {id: true}});
    const bossCookie = await signIn(auth(), 'boss@sessions.test', 'password-123');
    const phone = await signIn(auth(), 'demoted@sessions.test', 'password-123');
    const laptop = await signIn(auth(), 'demoted@sessions.test', 'password-123');
    expect((await auth().api.getSession({headers: phone}))?.user).toMatchObject({role: 'editor'});

    expect(await changeRole(prisma, {id: boss.id, role: 'admin'}, demoted.id, 'learner')).toEqual({ok: true});
    expect(await auth().api.getSession({headers: phone})).toBeNull();
    expect(await auth().api.getSession({headers: laptop})).toBeNull();
    expect(await prisma.session.count({where: {userId: demoted.id}})).toBe(0);
    expect((await auth().api.getSession({headers: bossCookie}))?.user.email).toBe('boss@sessions.test');

    // Signing in again gives the new role.
    const again = await signIn(auth(), 'demoted@sessions.test', 'password-123');
    expect((await auth().api.getSession({headers: again}))?.user).toMatchObject({role: 'learner'});
    // Setting the role a person already has is not a change: nobody is signed out.
    expect(await changeRole(prisma, {id: boss.id, role: 'admin'}, demoted.id, 'learner')).toEqual({ok: true});
    expect((await auth().api.getSession({headers: again}))?.user.email).toBe('demoted@sessions.test');
  });
});
