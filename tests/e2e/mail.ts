// The browser tests' mail: the shared server has no SMTP server, so its mail lands in its outbox
// folder; accounts.test.ts runs a server of its own that sends through a local SMTP server.
import {expect} from 'vitest';
import type {Page} from 'playwright-core';
import {type Mailbox, nextMail} from '../helpers/mailbox';
import {message} from './messages';

/** The link's path and query on the server under test (the mail names the server's public address). */
export function onServer(link: string, baseUrl: string): string {
  const url = new URL(link);
  return `${baseUrl}${url.pathname}${url.search}`;
}

/**
 * Signs a learner up through the HTTP API, as a client would, then follows the mail's link in the
 * page and confirms with the password: the page is signed in afterwards.
 */
export async function signUpConfirmed(
  page: Page,
  options: {baseUrl: string; mailbox: Mailbox; email: string; name?: string; forwardedFor?: string},
): Promise<void> {
  const password = 'correct horse battery';
  const response = await page.request.post(`${options.baseUrl}/api/auth/sign-up/email`, {
    data: {name: options.name ?? 'Learner', email: options.email, password},
    headers: {origin: options.baseUrl, ...(options.forwardedFor ? {'x-forwarded-for': options.forwardedFor} : {})},
  });
  expect(response.status()).toBe(200);
  const mail = await nextMail(options.mailbox, options.email);
  if (!mail.link) throw new Error(`no link in the mail to ${options.email}:\n${mail.text}`);
  await page.goto(onServer(mail.link, options.baseUrl).replace('/id/verify-email', '/en/verify-email'));
  await page.getByLabel(message('en', 'Account.password'), {exact: true}).fill(password);
  await page.getByRole('button', {name: message('en', 'Account.confirm'), exact: true}).click();
  await page.waitForURL((url) => !url.pathname.includes('/verify-email'));
}
