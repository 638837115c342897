import {expect, test} from 'vitest';
import {createAuth, SIGN_IN_PER_ACCOUNT} from '../../server/authConfig';
import {describeOnBothDatabases} from '../helpers/databases';

describeOnBothDatabases('sign-in rate limit', (db) => {
  test('password guessing is limited per account, whatever address the client claims', async () => {
    const auth = createAuth(db().prisma, {secret: 'x'.repeat(32), baseURL: 'http://localhost:3000'});
    await auth.api.signUpEmail({body: {name: 'Target', email: 'target@example.org', password: 'the right password'}});
    const attempt = (i: number, password: string) =>
      auth.api.signInEmail({body: {email: 'Target@example.org', password}, headers: new Headers({'x-forwarded-for': `203.0.113.${i}`})}).then(
        () => 'signed in',
        (error: {status?: string}) => error.status ?? 'error',
      );
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.max; i++) expect(await attempt(i, 'a wrong guess')).toBe('UNAUTHORIZED');
    expect(await attempt(99, 'another guess')).toBe('TOO_MANY_REQUESTS');
    // Even the right password waits for the window to pass.
    expect(await attempt(100, 'the right password')).toBe('TOO_MANY_REQUESTS');
  });
});
