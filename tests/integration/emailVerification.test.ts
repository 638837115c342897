// Confirming a new account's address, through better-auth's HTTP endpoints as any client calls them and
// the server functions behind the confirmation page: a sign-up mails a link and signs nobody in, the
// link confirms only with the sign-up's password, once, for a day, and an address somebody else signed
// up with never keeps its owner out: a squatter signing up again and again cancels none of the owner's
// links and cannot use up the owner's mail. Mail is caught by a mailer of the test's own (mail.test.ts
// sends it).
import {beforeEach, expect, test} from 'vitest';
import {CONFIRMATION, MAIL_BUDGET} from '../../core/accounts/addressConfirmation';
import {clientTag, confirmAddress, inspectConfirmation} from '../../server/accounts/addressConfirmation';
import {createAuth} from '../../server/accounts/betterAuth';
import type {Mailer} from '../../server/accounts/confirmationMail';
import {resendConfirmation} from '../../server/accounts/confirmationMail';
import {createInvitation, ensureUser} from '../../server/accounts/people';
import type {Mail} from '../../server/mail/transport';
import en from '../../messages/en.json';
import id from '../../messages/id.json';
import {describeOnBothDatabases} from '../helpers/databases';
import {authPoster} from '../helpers/authPost';

const base = 'http://localhost:3000';
const hours = (n: number) => new Date(Date.now() + n * 3600_000);

describeOnBothDatabases('confirming the address of a new account', (db) => {
  let inbox: Mail[] = [];
  let failing = false;
  const mailer: Mailer = {
    siteUrl: base,
    async send(mail) {
      if (failing) throw new Error('the queue is down');
      inbox.push(mail);
    },
  };
  const auth = () => createAuth(db().prisma, {secret: 'z'.repeat(32), baseURL: base, mailer});
  const post = authPoster(auth, base, '192.0.2');
  const signedIn = (cookies: string[]) => cookies.some((c) => /session_token=[^;]/.test(c));
  const signUp = (email: string, password: string, headers?: Record<string, string>) =>
    post('/sign-up/email', {name: 'Somebody', email, password}, headers);
  const signIn = (email: string, password: string, headers?: Record<string, string>) =>
    post('/sign-in/email', {email, password}, headers);
  const from = (client: string) => ({'x-selaras-client-ip': client});
  const resend = (email: string, client: string) =>
    resendConfirmation(db().prisma, mailer, {email, locale: 'en', clientTag: clientTag(client)}, new Date());
  const mailsTo = (to: string) => inbox.filter((mail) => mail.to === to);
  const tokenOf = (mail: Mail | undefined) => /verify-email\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1] ?? '';

  beforeEach(() => {
    inbox = [];
    failing = false;
  });

  test('a sign-up mails a link and signs nobody in; the account signs in once the link is confirmed', async () => {
    const prisma = db().prisma;
    const email = 'new@confirm.test';
    const signedUp = await signUp(email, 'correct horse battery', {'accept-language': 'id-ID,id;q=0.9'});
    expect(signedUp.status).toBe(200);
    expect(signedIn(signedUp.cookies)).toBe(false);
    expect(mailsTo(email)).toHaveLength(1);
    const [mail] = mailsTo(email);
    expect(mail.subject).toBe(id.Mail.confirmSubject);
    expect(mail.text).toContain(`${base}/id/verify-email?token=`);
    // The name typed at sign-up is not repeated to the address's owner.
    expect(mail.text).not.toContain('Somebody');

    // Before confirming: the right password is refused with a reason, and brings a fresh link.
    const early = await signIn(email, 'correct horse battery');
    expect(early).toMatchObject({status: 403, body: {code: 'EMAIL_NOT_VERIFIED'}});
    expect(signedIn(early.cookies)).toBe(false);
    expect(mailsTo(email)).toHaveLength(2);
    // A wrong password says nothing about the account, and sends nothing.
    expect((await signIn(email, 'not the password')).status).toBe(401);
    expect(mailsTo(email)).toHaveLength(2);

    const token = tokenOf(mail);
    expect(await inspectConfirmation(prisma, token, new Date())).toEqual({state: 'pending', email});
    expect(await confirmAddress(prisma, token, 'not the password', new Date())).toEqual({
      ok: false,
      error: 'wrongPassword',
    });
    expect(await confirmAddress(prisma, token, 'correct horse battery', new Date())).toEqual({
      ok: true,
      email,
      role: null,
    });
    const after = await signIn(email, 'correct horse battery');
    expect(after.status).toBe(200);
    expect(signedIn(after.cookies)).toBe(true);

    // The link, and the other one sent meanwhile, have done their work.
    expect(await confirmAddress(prisma, token, 'correct horse battery', new Date())).toEqual({
      ok: false,
      error: 'used',
    });
    expect((await inspectConfirmation(prisma, token, new Date())).state).toBe('used');
    expect((await inspectConfirmation(prisma, tokenOf(mailsTo(email)[1]), new Date())).state).toBe('used');
  });

  test('a link expires after a day; a wrong, cut or forged one leads nowhere', async () => {
    const prisma = db().prisma;
    const email = 'late@confirm.test';
    await signUp(email, 'correct horse battery');
    const token = tokenOf(mailsTo(email)[0]);
    const late = hours(CONFIRMATION.linkHours + 0.01);
    expect((await inspectConfirmation(prisma, token, hours(CONFIRMATION.linkHours - 0.1))).state).toBe('pending');
    expect(await inspectConfirmation(prisma, token, late)).toEqual({state: 'expired', email: null});
    expect(await confirmAddress(prisma, token, 'correct horse battery', late)).toEqual({ok: false, error: 'expired'});
    for (const wrong of [token.slice(1), `${token}x`, 'nonsense', '', 'x'.repeat(5000)])
      expect((await inspectConfirmation(prisma, wrong, new Date())).state, wrong.slice(0, 10)).toBe('invalid');
    expect((await signIn(email, 'correct horse battery')).status).toBe(403);
    // better-auth's own confirmation endpoint (a link without the password) is switched off.
    const own = await auth().handler(new Request(`${base}/api/auth/verify-email?token=${token}`));
    expect(own.status).toBe(404);
  });

  test('guessing the password of one link stops after ten tries', async () => {
    const prisma = db().prisma;
    await signUp('guessed@confirm.test', 'correct horse battery');
    const token = tokenOf(mailsTo('guessed@confirm.test')[0]);
    for (let i = 0; i < 10; i++) await confirmAddress(prisma, token, `guess ${i}`, new Date());
    expect(await confirmAddress(prisma, token, 'correct horse battery', new Date())).toEqual({
      ok: false,
      error: 'tooManyAttempts',
    });
  });

  test('sign-up answers alike whether or not the address has an account; its owner gets a note', async () => {
    await ensureUser(db().prisma, {
      email: 'owner@confirm.test',
      password: 'the right password',
      name: 'Ownerin',
      role: 'learner',
    });
    const taken = await signUp('Owner@confirm.test', 'correct horse battery');
    const fresh = await signUp('nobody-yet@confirm.test', 'correct horse battery');
    const shape = (r: typeof taken) => ({
      status: r.status,
      keys: Object.keys(r.body ?? {}).sort(),
      user: Object.keys(r.body?.user ?? {}).sort(),
      cookies: r.cookies.map((c) => c.split('=')[0]).sort(),
    });
    expect(shape(taken)).toEqual(shape(fresh));
    expect(JSON.stringify(taken.body)).not.toMatch(/exist/i);
    expect(taken.body.user.emailVerified).toBe(false);
    expect(mailsTo('owner@confirm.test')).toEqual([
      {
        to: 'owner@confirm.test',
        subject: en.Mail.existsSubject,
        text: expect.stringContaining(`${base}/en/sign-in`),
      },
    ]);
    expect(mailsTo('owner@confirm.test')[0].text).toContain('Ownerin');
    // The account is as it was: its password still works.
    expect((await signIn('owner@confirm.test', 'the right password')).status).toBe(200);
  });

  test('an address somebody else signed up with does not keep its owner out', async () => {
    const prisma = db().prisma;
    const email = 'invitee@confirm.test';
    await ensureUser(prisma, {email: 'boss@confirm.test', password: 'the right password', name: 'Boss', role: 'admin'});
    const boss = await prisma.user.findUniqueOrThrow({where: {email: 'boss@confirm.test'}, select: {id: true}});
    const invitation = await createInvitation(prisma, {id: boss.id, role: 'admin'}, email, 'editor', new Date());
    if (!invitation.ok) throw new Error('invitation refused');

    // A squatter signs up first; the owner, who does not know the squatter's password, cannot use
    // the link of that sign-up, and the account cannot sign in.
    expect((await signUp(email, 'squatters own secret')).status).toBe(200);
    const squattersLink = tokenOf(mailsTo(email)[0]);
    expect(await confirmAddress(prisma, squattersLink, 'owners passphrase here', new Date())).toEqual({
      ok: false,
      error: 'wrongPassword',
    });
    expect((await signIn(email, 'squatters own secret')).status).toBe(403);

    // The owner signs up (with the invitation): the same answer, and a link of their own.
    const owner = await signUp(email, 'owners passphrase here', {'x-selaras-invite': invitation.token});
    expect(owner.status).toBe(200);
    const ownersLink = tokenOf(mailsTo(email).at(-1));
    expect(ownersLink).not.toBe(squattersLink);
    // Each link confirms its own sign-up only.
    expect((await inspectConfirmation(prisma, squattersLink, new Date())).state).toBe('pending');
    expect(await confirmAddress(prisma, ownersLink, 'squatters own secret', new Date())).toMatchObject({ok: false});
    expect(await confirmAddress(prisma, ownersLink, 'owners passphrase here', new Date())).toEqual({
      ok: true,
      email,
      role: 'editor',
    });
    // The owner's sign-up is the account; the squatter's and its links are gone.
    expect((await inspectConfirmation(prisma, squattersLink, new Date())).state).toBe('invalid');
    expect((await signIn(email, 'squatters own secret')).status).toBe(401);
    expect((await signIn(email, 'owners passphrase here')).status).toBe(200);
    // Confirmed, the account is no longer open to sign-ups.
    await signUp(email, 'squatters own secret');
    expect((await signIn(email, 'owners passphrase here')).status).toBe(200);
    expect(mailsTo(email).at(-1)?.subject).toBe(en.Mail.existsSubject);
  });

  test("a squatter signing up again and again cancels none of the owner's links nor uses up the owner's mail", async () => {
    const prisma = db().prisma;
    const email = 'target@confirm.test';
    const squatter = from('203.0.113.66');
    const ownerAt = from('198.51.100.7');
    await signUp(email, 'squatters own secret', squatter);
    expect((await signUp(email, 'owners passphrase here', ownerAt)).status).toBe(200);
    const ownersLink = tokenOf(mailsTo(email).at(-1));
    // The squatter keeps signing up (better-auth's own limit answers 429 after five a minute) and asks
    // for links; the squatter's client address gets its three mails an hour and no more.
    for (let i = 0; i < 8; i++) await signUp(email, `squatters secret ${i}`, squatter);
    for (let i = 0; i < 5; i++) await resend(email, '203.0.113.66');
    expect(mailsTo(email)).toHaveLength(MAIL_BUDGET.perClient.max + 1);
    expect((await inspectConfirmation(prisma, ownersLink, new Date())).state).toBe('pending');
    // The owner's client address has a budget of its own: a new link, for the owner's sign-up.
    await resend(email, '198.51.100.7');
    const resent = tokenOf(mailsTo(email).at(-1));
    expect(mailsTo(email)).toHaveLength(MAIL_BUDGET.perClient.max + 2);
    // Signing in with the owner's password, from anywhere, says why not yet and brings another one.
    const early = await signIn(email, 'owners passphrase here', from('192.0.2.200'));
    expect(early).toMatchObject({status: 403, body: {code: 'EMAIL_NOT_VERIFIED'}});
    expect(mailsTo(email)).toHaveLength(MAIL_BUDGET.perClient.max + 3);
    const fromSignIn = tokenOf(mailsTo(email).at(-1));
    for (const token of [ownersLink, resent, fromSignIn])
      expect(await confirmAddress(prisma, token, 'squatters secret 7', new Date())).toEqual({
        ok: false,
        error: 'wrongPassword',
      });
    expect(await confirmAddress(prisma, resent, 'owners passphrase here', new Date())).toMatchObject({ok: true});
    expect((await signIn(email, 'owners passphrase here')).status).toBe(200);
    expect((await signIn(email, 'squatters secret 2')).status).toBe(401);
  });

  test('an address keeps its five newest sign-ups from five client addresses; the oldest makes way', async () => {
    const prisma = db().prisma;
    const email = 'crowded@confirm.test';
    await signUp(email, 'the first passphrase', from('198.51.100.20'));
    const first = tokenOf(mailsTo(email)[0]);
    for (let i = 1; i < CONFIRMATION.pendingSignUps; i++)
      await signUp(email, `passphrase number ${i}`, from(`198.51.100.${20 + i}`));
    expect((await inspectConfirmation(prisma, first, new Date())).state).toBe('pending');
    await signUp(email, 'one too many passphrase', from('198.51.100.40'));
    expect((await inspectConfirmation(prisma, first, new Date())).state).toBe('invalid');
    // The first sign-up made the account, so its password still meets better-auth's "not confirmed",
    // but it brings no link any more.
    const sent = mailsTo(email).length;
    expect((await signIn(email, 'the first passphrase')).status).toBe(403);
    expect(mailsTo(email)).toHaveLength(sent);
    expect(await confirmAddress(prisma, tokenOf(mailsTo(email)[1]), 'passphrase number 1', new Date())).toMatchObject({
      ok: true,
    });
  });

  test('mail to one address: a budget per client address, a cap in all, and the same answer', async () => {
    const prisma = db().prisma;
    const email = 'flooded@confirm.test';
    await signUp(email, 'correct horse battery', from('198.51.100.50'));
    for (let i = 0; i < 10; i++) await resend(email, '198.51.100.50');
    expect(mailsTo(email)).toHaveLength(MAIL_BUDGET.perClient.max);
    for (let i = 0; i < 40; i++) await resend(email, `198.51.101.${i}`);
    expect(mailsTo(email)).toHaveLength(MAIL_BUDGET.perRecipient.max);
    // The right password still brings links, on a budget of their own.
    for (let i = 0; i < 5; i++) expect((await signIn(email, 'correct horse battery')).status).toBe(403);
    expect(mailsTo(email)).toHaveLength(MAIL_BUDGET.perRecipient.max + MAIL_BUDGET.ownerPerSignUp.max);
    // Nothing for an address without an account, or a confirmed one.
    await resend('nobody@confirm.test', '198.51.100.50');
    await ensureUser(prisma, {
      email: 'done@confirm.test',
      password: 'the right password',
      name: 'Done',
      role: 'learner',
    });
    await resend('done@confirm.test', '198.51.100.50');
    expect(mailsTo('nobody@confirm.test')).toEqual([]);
    expect(mailsTo('done@confirm.test')).toEqual([]);
  });

  test('a mail that cannot be queued never fails the sign-up; a new link can be asked for', async () => {
    const prisma = db().prisma;
    failing = true;
    const signedUp = await signUp('unlucky@confirm.test', 'correct horse battery');
    expect(signedUp.status).toBe(200);
    expect(inbox).toEqual([]);
    failing = false;
    await resend('unlucky@confirm.test', '198.51.100.60');
    const token = tokenOf(mailsTo('unlucky@confirm.test')[0]);
    expect(await confirmAddress(prisma, token, 'correct horse battery', new Date())).toMatchObject({ok: true});
  });

  test('accounts made by the operator count as confirmed, even over an unconfirmed sign-up', async () => {
    const prisma = db().prisma;
    await signUp('admin@confirm.test', 'squatters own secret');
    expect(
      await ensureUser(prisma, {
        email: 'admin@confirm.test',
        password: 'admins passphrase',
        name: 'Admin',
        role: 'admin',
      }),
    ).toBe('updated');
    expect((await signIn('admin@confirm.test', 'squatters own secret')).status).toBe(401);
    expect((await signIn('admin@confirm.test', 'admins passphrase')).status).toBe(200);
  });
});
