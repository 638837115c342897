// Sign-up and password changes through better-auth's HTTP endpoints, as any client can call them.
import {expect, test} from 'vitest';
import {ensureUser} from '../../server/accounts/people';
import {createAuth} from '../../server/accounts/betterAuth';
import {describeOnBothDatabases} from '../helpers/databases';
import {authPoster} from '../helpers/authPost';

const base = 'http://localhost:3000';

describeOnBothDatabases('sign-up and password policy', (db) => {
  const auth = () => createAuth(db().prisma, {secret: 'y'.repeat(32), baseURL: base});
  const post = authPoster(auth, base, '198.51.100');

  test('common passwords and trivial patterns are refused with a reason', async () => {
    for (const password of ['aaaaaaaa', 'password1', '12345678', 'qwertyuiop']) {
      const response = await post('/sign-up/email', {name: 'New', email: `new-${password}@policy.test`, password});
      expect(response, password).toMatchObject({status: 400, body: {code: 'PASSWORD_TOO_COMMON'}});
    }
    expect(await post('/sign-up/email', {name: 'New', email: 'new@policy.test', password: 'short'})).toMatchObject({
      status: 400,
    });
    expect(
      await post('/sign-up/email', {name: 'New', email: 'new@policy.test', password: 'correct horse battery'}),
    ).toMatchObject({status: 200});
  });

  test('signing up with an address that has an account does not say so, nor sign anybody in', async () => {
    await ensureUser(db().prisma, {
      email: 'taken@policy.test',
      password: 'the right password',
      name: 'Owner',
      role: 'learner',
    });
    const taken = await post('/sign-up/email', {
      name: 'Someone',
      email: 'Taken@policy.test',
      password: 'correct horse battery',
    });
    // The answer to a new address (emailVerification.test.ts compares the two).
    expect(taken.status).toBe(200);
    expect(JSON.stringify(taken.body)).not.toMatch(/exist/i);
    expect(taken.cookies.join()).not.toMatch(/session_token=[^;]/);
  });

  test('changing the password ends every other session, and the new one must pass the policy', async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {
      email: 'changer@policy.test',
      password: 'the right password',
      name: 'Changer',
      role: 'learner',
    });
    const signIn = async () => {
      const {cookies} = await post('/sign-in/email', {email: 'changer@policy.test', password: 'the right password'});
      return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
    };
    const phone = await signIn();
    const laptop = await signIn();
    const weak = await post(
      '/change-password',
      {currentPassword: 'the right password', newPassword: 'aaaaaaaa'},
      {cookie: laptop},
    );
    expect(weak).toMatchObject({status: 400, body: {code: 'PASSWORD_TOO_COMMON'}});
    // The client asks to keep its other sessions: refused all the same.
    const changed = await post(
      '/change-password',
      {currentPassword: 'the right password', newPassword: 'a new long passphrase', revokeOtherSessions: false},
      {cookie: laptop},
    );
    expect(changed.status).toBe(200);
    expect(await auth().api.getSession({headers: new Headers({cookie: phone})})).toBeNull();
  });
});
