// "Forgot password?" through better-auth's HTTP endpoints as any client calls them, with the mail going
// through a real SMTP server started here (smtp-server on a local port): a link only for a confirmed
// account, the same answer for every address, a new password under the sign-up's policy, the token
// good once and for an hour, every session ended, and limits per client address and recipient.
import {afterAll, beforeAll, beforeEach, expect, test} from 'vitest';
import {MAIL_BUDGET} from '../../core/accounts/addressConfirmation';
import {PASSWORD_RESET} from '../../core/accounts/passwordReset';
import {createAuth} from '../../server/accounts/betterAuth';
import {ensureUser} from '../../server/accounts/people';
import {inspectPasswordReset} from '../../server/accounts/passwordReset';
import {createMailTransport, type MailTransport} from '../../server/mail/transport';
import en from '../../messages/en.json';
import id from '../../messages/id.json';
import {describeOnBothDatabases} from '../helpers/databases';
import {freePort} from '../helpers/freePort';
import {type SmtpMailbox, startSmtpMailbox} from '../helpers/mailbox';
import {authPoster} from '../helpers/authPost';

const base = 'http://localhost:3000';
let smtp: SmtpMailbox;
let transport: MailTransport;
// Both databases' suites share the SMTP server: every test's addresses are its own.
let people = 0;

beforeAll(async () => {
  const port = await freePort();
  smtp = await startSmtpMailbox(port, 'mail secret');
  transport = createMailTransport({SELARAS_SMTP_URL: `smtp://selaras:mail%20secret@127.0.0.1:${port}`});
});
afterAll(async () => {
  transport?.close();
  await smtp?.close();
});

describeOnBothDatabases('setting a new password through a mailed link', (db) => {
  const auth = () =>
    createAuth(db().prisma, {
      secret: 'r'.repeat(32),
      baseURL: base,
      mailer: {siteUrl: base, send: (mail) => transport.send(mail)},
    });
  const post = authPoster(auth, base, '192.0.2');
  const requestReset = (email: string, headers?: Record<string, string>) =>
    post('/request-password-reset', {email}, headers);
  const reset = (token: string, newPassword: string) => post('/reset-password', {token, newPassword});
  const signIn = (email: string, password: string) => post('/sign-in/email', {email, password});
  const tokenOf = (text: string | undefined) => /reset-password\?token=([\w-]+)/.exec(text ?? '')?.[1] ?? '';
  const mailsTo = (to: string) => smtp.mailsTo(to);
  const waitForMail = async (to: string, count: number) => {
    await expect.poll(() => mailsTo(to).length, {timeout: 15_000, interval: 100}).toBe(count);
    return mailsTo(to)[count - 1]!;
  };
  let email = '';
  beforeEach(async () => {
    email = `reader${++people}@reset.test`;
    await ensureUser(db().prisma, {email, password: 'the old passphrase', name: 'Wulan', role: 'learner'});
  });

  test('a confirmed account gets a link in the language asked for; the new password ends every session', async () => {
    const first = await signIn(email, 'the old passphrase');
    const second = await signIn(email, 'the old passphrase');
    expect([first.status, second.status]).toEqual([200, 200]);
    const answer = await requestReset(email, {'accept-language': 'id-ID,id;q=0.9'});
    expect(answer).toMatchObject({status: 200, body: {status: true}});
    const mail = await waitForMail(email, 1);
    expect(mail.subject).toBe(id.Mail.resetSubject);
    expect(mail.text).toContain(`${base}/id/reset-password?token=`);
    expect(mail.text).toContain('Wulan');
    const token = tokenOf(mail.text);
    expect(await inspectPasswordReset(auth(), token, new Date())).toBe('pending');

    // The sign-up's policy: too short and too common are refused, and the token still works after.
    expect((await reset(token, 'short')).body).toMatchObject({code: 'PASSWORD_TOO_SHORT'});
    expect((await reset(token, 'password1')).body).toMatchObject({code: 'PASSWORD_TOO_COMMON'});
    expect((await reset(token, 'a brand new passphrase')).status).toBe(200);

    const user = await db().prisma.user.findUniqueOrThrow({where: {email}, select: {id: true}});
    expect(await db().prisma.session.count({where: {userId: user.id}})).toBe(0);
    expect((await signIn(email, 'the old passphrase')).status).toBe(401);
    expect((await signIn(email, 'a brand new passphrase')).status).toBe(200);
    // Once only.
    expect((await reset(token, 'another new passphrase')).body).toMatchObject({code: 'INVALID_TOKEN'});
    expect(await inspectPasswordReset(auth(), token, new Date())).toBe('invalid');
    expect((await signIn(email, 'another new passphrase')).status).toBe(401);
  });

  test('a link works for an hour; a wrong or cut token leads nowhere', async () => {
    await requestReset(email);
    const token = tokenOf((await waitForMail(email, 1)).text);
    expect(mailsTo(email)[0]!.subject).toBe(en.Mail.resetSubject);
    const late = new Date(Date.now() + PASSWORD_RESET.linkMinutes * 60_000 + 1000);
    expect(await inspectPasswordReset(auth(), token, late)).toBe('expired');
    // Its expiry moved into the past, as an hour's wait would.
    await db().prisma.verification.updateMany({data: {expiresAt: new Date(Date.now() - 1000)}});
    expect(await inspectPasswordReset(auth(), token, new Date())).toBe('expired');
    expect((await reset(token, 'a brand new passphrase')).body).toMatchObject({code: 'INVALID_TOKEN'});
    expect((await signIn(email, 'the old passphrase')).status).toBe(200);
    for (const wrong of [token.slice(1), `${token}x`, 'nonsense', 'x'.repeat(5000)])
      expect(await inspectPasswordReset(auth(), wrong, new Date()), wrong.slice(0, 10)).toBe('invalid');
    // The token is not in the table: only its hash.
    const stored = await db().prisma.verification.findMany({select: {identifier: true}});
    expect(stored.some((row) => row.identifier.includes(token))).toBe(false);
  });

  test('the same answer for an unknown or unconfirmed address, which get no mail', async () => {
    const known = await requestReset(email);
    const [nobody, waiting] = [`nobody${people}@reset.test`, `waiting${people}@reset.test`];
    const unknown = await requestReset(nobody);
    await post('/sign-up/email', {name: 'Squatter', email: waiting, password: 'a squatters secret'});
    await waitForMail(waiting, 1);
    const unconfirmed = await requestReset(waiting);
    expect(unknown).toEqual({...known, cookies: unknown.cookies});
    expect(unconfirmed).toEqual({...known, cookies: unconfirmed.cookies});
    await waitForMail(email, 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsTo(nobody)).toEqual([]);
    expect(mailsTo(waiting)).toHaveLength(1);
  });

  test('requests are limited per client address, and mail per recipient and client address', async () => {
    const client = {'x-selaras-client-ip': '203.0.113.9'};
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await requestReset(email, client)).status);
    expect(answers).toEqual([200, 200, 200, 429]);
    await waitForMail(email, MAIL_BUDGET.perClient.max);
    // Others, each from an address of its own, reach the cap of the recipient and no further.
    for (let i = 0; i < MAIL_BUDGET.perRecipient.max + 5; i++)
      expect((await requestReset(email, {'x-selaras-client-ip': `198.51.100.${i + 1}`})).status).toBe(200);
    await waitForMail(email, MAIL_BUDGET.perRecipient.max);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsTo(email)).toHaveLength(MAIL_BUDGET.perRecipient.max);
  });
});
