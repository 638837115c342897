// axe-core over every page, in both UI languages, for anonymous readers and for a signed-in editor.
import AxeBuilder from '@axe-core/playwright';
import {beforeAll, expect, inject, test} from 'vitest';
import type {BrowserContext} from 'playwright-core';
import {sharedBrowser} from './browser';

const baseUrl = inject('baseUrl');
const publicPages = [
  '',
  '/read/genpi-china-influence',
  '/read/pulau-kenari',
  '/search',
  '/search?q=diplomat',
  '/concordance',
  '/concordance?q=pengaruh&from=id',
  '/vocabulary',
  '/review',
  '/sign-in',
  '/sign-up',
  '/no/such/page',
];
const editorPages = [
  '/editor',
  '/editor/import',
  '/editor/memory',
  '/editor/terms',
  '/editor/genpi-china-influence',
  '/editor/genpi-china-influence/history',
  '/editor/genpi-china-influence/preview',
  '/vocabulary',
  '/review',
];
const browser = sharedBrowser();
let editorCookies: {name: string; value: string; url: string}[] = [];

beforeAll(async () => {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Origin: baseUrl},
    body: JSON.stringify({email: 'editor@selaras.local', password: 'selaras-demo'}),
  });
  editorCookies = response.ok
    ? response.headers.getSetCookie().map((c) => {
        const [pair] = c.split(';');
        const at = pair!.indexOf('=');
        return {name: pair!.slice(0, at), value: pair!.slice(at + 1), url: baseUrl};
      })
    : [];
});

async function violations(context: BrowserContext, path: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(baseUrl + path);
  const result = await new AxeBuilder({page}).analyze();
  await page.close();
  return result.violations.map(
    (v) =>
      `${path}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

for (const locale of ['en', 'id']) {
  test(`no axe violations on the public pages, UI in ${locale}`, async () => {
    const context = await browser().newContext({locale});
    const found: string[] = [];
    for (const path of publicPages) found.push(...(await violations(context, `/${locale}${path}`)));
    await context.close();
    expect(found).toEqual([]);
  }, 180_000);

  test(`no axe violations on the editor's and learner's pages, UI in ${locale}`, async () => {
    expect(editorCookies.length, 'the demo editor could not sign in').toBeGreaterThan(0);
    const context = await browser().newContext({locale});
    await context.addCookies(editorCookies);
    const found: string[] = [];
    for (const path of editorPages) found.push(...(await violations(context, `/${locale}${path}`)));
    await context.close();
    expect(found).toEqual([]);
  }, 180_000);
}
