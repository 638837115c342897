// Confirming an address in the browser, in both UI languages, where it goes wrong: a wrong password on
// the link's page, a link followed twice, a link that is not one, signing in before confirming, an
// address somebody else signed up with first, and asking for links again and again. The happy journey
// (sign up, mail, link, signed in) is in accounts.test.ts, an expired link and a squatter who keeps
// signing up in accountMail.test.ts; the mail comes from the server's outbox.
import {AxeBuilder} from '@axe-core/playwright';
import {expect, inject, test} from 'vitest';
import type {Page} from 'playwright-core';
import {sharedBrowser} from './browser';
import {MAIL_BUDGET} from '../../core/accounts/addressConfirmation';
import {nextMail, outboxMailbox} from '../helpers/mailbox';
import {onServer} from './mail';
import {uiStrings} from './messages';
import {submitForm} from './pageHelpers';

const baseUrl = inject('baseUrl');
const outbox = outboxMailbox(inject('mailOutbox'));
const browser = sharedBrowser();
const t = uiStrings({
  name: 'Account.name',
  email: 'Account.email',
  password: 'Account.password',
  newPassword: 'Account.newPassword',
  signUp: 'Account.signUp',
  signIn: 'Account.signIn',
  checkMail: 'Account.checkMailTitle',
  confirmTitle: 'Account.confirmTitle',
  confirm: 'Account.confirm',
  wrongPassword: 'Account.errors.wrongPassword',
  usedTitle: 'Account.linkUsedTitle',
  invalidTitle: 'Account.linkInvalidTitle',
  resend: 'Account.resend',
  resendSent: 'Account.resendSent',
  notConfirmed: 'Account.errors.emailNotConfirmed',
  signedInAs: 'Account.signedInAs',
});
let addresses = 0;

/** A page whose requests come, through the suite's trusted local proxy, from an address of its own. */
async function open(locale: 'en' | 'id', pathname: string): Promise<Page> {
  const context = await browser().newContext({
    locale: locale === 'id' ? 'id-ID' : 'en-US',
    extraHTTPHeaders: {'x-forwarded-for': `203.0.113.${100 + ++addresses}`},
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${locale}${pathname}`);
  return page;
}

const submit = (page: Page, fields: Record<string, string>, button: string) =>
  submitForm(page, baseUrl, fields, button);

async function signUp(page: Page, locale: 'en' | 'id', email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/${locale}/sign-up`);
  await submit(
    page,
    {[t[locale].name]: 'Pembaca', [t[locale].email]: email, [t[locale].newPassword]: password},
    t[locale].signUp,
  );
  await page.waitForURL(`${baseUrl}/${locale}/sign-up/check-mail`);
}

const heading = (page: Page) => page.locator('h1').textContent();

for (const locale of ['en', 'id'] as const) {
  const w = t[locale];

  test(`${locale}: a wrong password on the link's page, then the right one; the link again, and a wrong link`, async () => {
    const email = `twice-${locale}-${Date.now()}@example.org`;
    const page = await open(locale, '/sign-up');
    await signUp(page, locale, email, 'perahu di danau toba');
    const link = onServer((await nextMail(outbox, email)).link!, baseUrl);
    await page.goto(link);
    await submit(page, {[w.password]: 'bukan kata sandinya'}, w.confirm);
    await expect.poll(() => page.locator('.form-error').textContent(), {timeout: 15_000}).toBe(w.wrongPassword);
    expect(await page.getByLabel(w.password, {exact: true}).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(w.password, {exact: true}).fill('perahu di danau toba');
    await page.getByRole('button', {name: w.confirm, exact: true}).click();
    await page.waitForURL(`${baseUrl}/${locale}`);

    await page.goto(link);
    expect(await heading(page)).toBe(w.usedTitle);
    expect(await page.locator('.account').getByRole('link', {name: w.signIn, exact: true}).count()).toBe(1);
    await page.goto(`${link.slice(0, -3)}`);
    expect(await heading(page)).toBe(w.invalidTitle);
    expect(await page.getByRole('button', {name: w.resend, exact: true}).count()).toBe(1);
    expect((await new AxeBuilder({page}).analyze()).violations).toEqual([]);
    await page.context().close();
  });

  test(`${locale}: signing in before confirming says why and sends a new link`, async () => {
    const email = `early-${locale}-${Date.now()}@example.org`;
    const page = await open(locale, '/sign-up');
    await signUp(page, locale, email, 'perahu di danau toba');
    await nextMail(outbox, email);
    await page.goto(`${baseUrl}/${locale}/sign-in`);
    await submit(page, {[w.email]: email, [w.password]: 'perahu di danau toba'}, w.signIn);
    await expect.poll(() => page.locator('.form-error').textContent(), {timeout: 15_000}).toBe(w.notConfirmed);
    const second = await nextMail(outbox, email, 1);
    expect(second.link).toContain(`/${locale}/verify-email`);
    await page.context().close();
  });

  test(`${locale}: somebody signed up with the address first; its owner signs up and gets in`, async () => {
    const email = `owner-${locale}-${Date.now()}@example.org`;
    const squatter = await open('en', '/sign-up');
    await signUp(squatter, 'en', email, 'squatters own secret');
    await nextMail(outbox, email);
    await squatter.context().close();

    const page = await open(locale, '/sign-up');
    await signUp(page, locale, email, 'rumah makan padang');
    const [fromSquatter, fromOwner] = [outbox.mailsTo(email)[0]!, await nextMail(outbox, email, 1)];
    // The squatter's link confirms only the squatter's sign-up; the owner's, with the owner's password.
    await page.goto(onServer(fromSquatter.link!, baseUrl).replace('/en/verify-email', `/${locale}/verify-email`));
    await submit(page, {[w.password]: 'rumah makan padang'}, w.confirm);
    await expect.poll(() => page.locator('.form-error').textContent(), {timeout: 15_000}).toBe(w.wrongPassword);
    await page.goto(onServer(fromOwner.link!, baseUrl));
    expect(await heading(page)).toBe(w.confirmTitle);
    await page.getByLabel(w.password, {exact: true}).fill('rumah makan padang');
    await page.getByRole('button', {name: w.confirm, exact: true}).click();
    await page.waitForURL(`${baseUrl}/${locale}`);
    const session = await (await page.request.get(`${baseUrl}/api/auth/get-session`)).json();
    expect(session.user.email).toBe(email);
    await page.context().close();
  });

  test(`${locale}: asking for new links again and again is slowed down, and the mailbox is spared`, async () => {
    const email = `flood-${locale}-${Date.now()}@example.org`;
    const page = await open(locale, '/sign-up');
    await signUp(page, locale, email, 'perahu di danau toba');
    for (let i = 0; i < 3; i++) {
      await submit(page, {[w.email]: email}, w.resend);
      await expect.poll(() => page.locator('.form-notice').textContent(), {timeout: 15_000}).toBe(w.resendSent);
    }
    await submit(page, {[w.email]: email}, w.resend);
    await expect.poll(() => page.locator('.form-error').count(), {timeout: 15_000}).toBe(1);
    expect(await page.getByLabel(w.email, {exact: true}).inputValue()).toBe(email);
    // One link from the sign-up and two asked for: one client address's mail to an address this hour.
    // An address that has no account gets the same answer.
    await expect.poll(() => outbox.mailsTo(email).length, {timeout: 30_000}).toBe(MAIL_BUDGET.perClient.max);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(outbox.mailsTo(email)).toHaveLength(MAIL_BUDGET.perClient.max);
    const other = await open(locale, '/sign-up/check-mail');
    await submit(other, {[w.email]: `nobody-${Date.now()}@example.org`}, w.resend);
    await expect.poll(() => other.locator('.form-notice').textContent(), {timeout: 15_000}).toBe(w.resendSent);
    await other.context().close();
    await page.context().close();
  });
}
