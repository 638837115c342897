// The account mails where they go wrong, in both UI languages, on a server of this file's own whose
// database the test reaches (tests/e2e/ownServer.ts): a confirmation link that has expired, a squatter
// signing up again and again with the owner's address, and "forgot password" from the sign-in form
// through the outbox (an unknown address, mismatched, short and common passwords, a link used twice and
// one that has expired, the other device signed out).
import {AxeBuilder} from '@axe-core/playwright';
import {afterAll, beforeAll, expect, test} from 'vitest';
import type {Page} from 'playwright-core';
import {MAIL_BUDGET} from '../../core/accounts/addressConfirmation';
import {PASSWORD_RESET} from '../../core/accounts/passwordReset';
import {nextMail, outboxMailbox, type Mailbox} from '../helpers/mailbox';
import {sharedBrowser} from './browser';
import {onServer, signUpConfirmed} from './mail';
import {message, uiStrings} from './messages';
import {type OwnServer, startOwnServer} from './ownServer';
import {submitForm} from './pageHelpers';

const browser = sharedBrowser();
let server: OwnServer;
let outbox: Mailbox;
let baseUrl = '';

beforeAll(async () => {
  server = await startOwnServer();
  baseUrl = server.baseUrl;
  outbox = outboxMailbox(server.outbox);
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

const t = uiStrings({
  name: 'Account.name',
  email: 'Account.email',
  password: 'Account.password',
  newPassword: 'Account.newPassword',
  repeat: 'Account.repeatPassword',
  signUp: 'Account.signUp',
  signIn: 'Account.signIn',
  confirmTitle: 'Account.confirmTitle',
  confirm: 'Account.confirm',
  invalidTitle: 'Account.linkInvalidTitle',
  expiredTitle: 'Account.linkExpiredTitle',
  resend: 'Account.resend',
  resendSent: 'Account.resendSent',
  forgot: 'Account.forgotPassword',
  forgotTitle: 'Account.forgotTitle',
  sendReset: 'Account.sendResetLink',
  resetTitle: 'Account.resetTitle',
  setPassword: 'Account.setPassword',
  mismatch: 'Account.errors.passwordMismatch',
  tooShort: 'Account.errors.passwordTooShort',
  tooCommon: 'Account.errors.passwordTooCommon',
  changed: 'Account.passwordChanged',
  resetInvalidTitle: 'Account.resetInvalidTitle',
  resetExpiredTitle: 'Account.resetExpiredTitle',
  askAgain: 'Account.askAgain',
  resetSubject: 'Mail.resetSubject',
});
let addresses = 0;
const nextAddress = () => `203.0.113.${++addresses}`;

/** A page whose requests come, through the trusted local proxy, from `client`. */
async function open(locale: 'en' | 'id', pathname: string, client = nextAddress()): Promise<Page> {
  const context = await browser().newContext({
    locale: locale === 'id' ? 'id-ID' : 'en-US',
    extraHTTPHeaders: {'x-forwarded-for': client},
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${locale}${pathname}`);
  return page;
}

const submit = (page: Page, fields: Record<string, string>, button: string) =>
  submitForm(page, baseUrl, fields, button);
const heading = (page: Page) => page.locator('h1').textContent();
const errorText = (page: Page) => expect.poll(() => page.locator('.form-error').textContent(), {timeout: 15_000});
const noticeText = (page: Page) => expect.poll(() => page.locator('.form-notice').textContent(), {timeout: 15_000});

async function signUp(page: Page, locale: 'en' | 'id', email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/${locale}/sign-up`);
  const w = t[locale];
  await submit(page, {[w.name]: 'Pembaca', [w.email]: email, [w.newPassword]: password}, w.signUp);
  await page.waitForURL(`${baseUrl}/${locale}/sign-up/check-mail`);
}

async function confirmWith(page: Page, locale: 'en' | 'id', link: string, password: string): Promise<void> {
  await page.goto(onServer(link, baseUrl));
  expect(await heading(page)).toBe(t[locale].confirmTitle);
  await page.getByLabel(t[locale].password, {exact: true}).fill(password);
  await page.getByRole('button', {name: t[locale].confirm, exact: true}).click();
  await page.waitForURL(`${baseUrl}/${locale}`);
}

const sessionEmail = async (page: Page) =>
  (await (await page.request.get(`${baseUrl}/api/auth/get-session`)).json())?.user?.email ?? null;

for (const locale of ['en', 'id'] as const) {
  const w = t[locale];

  test(`${locale}: an expired confirmation link offers a new one, which confirms`, async () => {
    const email = `late-${locale}-${Date.now()}@example.org`;
    const page = await open(locale, '/sign-up');
    await signUp(page, locale, email, 'perahu di danau toba');
    const first = await nextMail(outbox, email);
    await server.sql(
      `UPDATE "AddressConfirmation" SET "expiresAt" = now() - interval '1 minute'
       WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
      [email],
    );
    await page.goto(onServer(first.link!, baseUrl));
    expect(await heading(page)).toBe(w.expiredTitle);
    expect((await new AxeBuilder({page}).analyze()).violations).toEqual([]);
    await submit(page, {[w.email]: email}, w.resend);
    await noticeText(page).toBe(w.resendSent);
    const second = await nextMail(outbox, email, 1);
    await confirmWith(page, locale, second.link!, 'perahu di danau toba');
    expect(await sessionEmail(page)).toBe(email);
    await page.context().close();
  }, 120_000);

  test(`${locale}: a squatter signing up again and again neither cancels the owner's link nor uses up its mail`, async () => {
    const email = `target-${locale}-${Date.now()}@example.org`;
    const squatterAt = nextAddress();
    const squatter = await open('en', '/sign-up', squatterAt);
    await signUp(squatter, 'en', email, 'squatters own secret');
    const owner = await open(locale, '/sign-up');
    await signUp(owner, locale, email, 'rumah makan padang');
    const ownersMail = await nextMail(outbox, email, 1);
    // Again and again, and asking for links: the squatter's client address gets its few mails and no more.
    for (let i = 0; i < 3; i++) await signUp(squatter, 'en', email, `squatters secret number ${i}`);
    for (let i = 0; i < 2; i++) await submit(squatter, {[t.en.email]: email}, t.en.resend);
    await expect.poll(() => outbox.mailsTo(email).length, {timeout: 30_000}).toBe(MAIL_BUDGET.perClient.max + 1);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(outbox.mailsTo(email)).toHaveLength(MAIL_BUDGET.perClient.max + 1);
    await squatter.context().close();

    // Each new sign-up from the squatter's client address replaced its earlier one and that one's
    // links; the owner's link, from elsewhere, still works.
    const squattersLink = onServer(outbox.mailsTo(email).at(-1)!.link!, baseUrl);
    await owner.goto(squattersLink.replace('/en/verify-email', `/${locale}/verify-email`));
    expect(await heading(owner)).toBe(w.invalidTitle);
    await confirmWith(owner, locale, ownersMail.link!, 'rumah makan padang');
    expect(await sessionEmail(owner)).toBe(email);
    await owner.context().close();
    // Sign-ups, each hashing a password, and their mails on a machine shared with other work.
  }, 180_000);

  test(`${locale}: forgot password: the same answer for any address, the policy, once only, and an expired link`, async () => {
    const email = `forgot-${locale}-${Date.now()}@example.org`;
    const elsewhere = await open(locale, '/sign-in');
    await signUpConfirmed(elsewhere, {baseUrl, mailbox: outbox, email, forwardedFor: nextAddress()});
    expect(await sessionEmail(elsewhere)).toBe(email);

    const page = await open(locale, '/sign-in');
    await page.getByRole('link', {name: w.forgot, exact: true}).click();
    await page.waitForURL(`${baseUrl}/${locale}/forgot-password`);
    expect(await heading(page)).toBe(w.forgotTitle);
    const sent = message(locale, 'Account.resetSent').replace('{minutes}', String(PASSWORD_RESET.linkMinutes));
    const nobody = `nobody-${locale}-${Date.now()}@example.org`;
    await submit(page, {[w.email]: nobody}, w.sendReset);
    await noticeText(page).toBe(sent);
    await submit(page, {[w.email]: email}, w.sendReset);
    await noticeText(page).toBe(sent);
    const mail = await nextMail(outbox, email, 1);
    expect(mail.subject).toBe(w.resetSubject);
    expect(outbox.mailsTo(nobody)).toEqual([]);
    const link = onServer(/https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)![0], baseUrl);
    expect(link).toContain(`/${locale}/reset-password?token=`);

    await page.goto(link);
    expect(await heading(page)).toBe(w.resetTitle);
    expect((await new AxeBuilder({page}).analyze()).violations).toEqual([]);
    const fill = (password: string, repeat: string) =>
      submit(page, {[w.newPassword]: password, [w.repeat]: repeat}, w.setPassword);
    await fill('a brand new passphrase', 'a brand new passphrasf');
    await errorText(page).toBe(w.mismatch);
    expect(await page.getByLabel(w.repeat, {exact: true}).getAttribute('aria-invalid')).toBe('true');
    await fill('short', 'short');
    await errorText(page).toBe(w.tooShort);
    await fill('password1', 'password1');
    await errorText(page).toBe(w.tooCommon);
    await page.getByLabel(w.newPassword, {exact: true}).fill('a brand new passphrase');
    await page.getByLabel(w.repeat, {exact: true}).fill('a brand new passphrase');
    await page.getByRole('button', {name: w.setPassword, exact: true}).click();
    await page.waitForURL(`${baseUrl}/${locale}/sign-in?reset=1`);
    expect(await page.locator('.form-notice').textContent()).toBe(w.changed);
    // The device signed in before is signed out; the new password signs in.
    expect(await sessionEmail(elsewhere)).toBeNull();
    await submit(page, {[w.email]: email, [w.password]: 'a brand new passphrase'}, w.signIn);
    await page.waitForURL(`${baseUrl}/${locale}`);
    expect(await sessionEmail(page)).toBe(email);

    // The link again: used. A new one, expired.
    await page.goto(link);
    expect(await heading(page)).toBe(w.resetInvalidTitle);
    await page.getByRole('link', {name: w.askAgain, exact: true}).click();
    await page.waitForURL(`${baseUrl}/${locale}/forgot-password`);
    await submit(page, {[w.email]: email}, w.sendReset);
    const again = await nextMail(outbox, email, 2);
    await server.sql(`UPDATE "Verification" SET "expiresAt" = now() - interval '1 minute' WHERE value = $1`, [
      (await server.sql('SELECT id FROM "User" WHERE email = $1', [email])).rows[0].id,
    ]);
    await page.goto(onServer(/https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(again.text)![0], baseUrl));
    expect(await heading(page)).toBe(w.resetExpiredTitle);
    await page.context().close();
    await elsewhere.context().close();
  }, 120_000);
}
