// axe-core over every page, in both UI languages, for anonymous readers and for a signed-in editor.
import AxeBuilder from '@axe-core/playwright';
import {beforeAll, expect, inject, test} from 'vitest';
import type {BrowserContext} from 'playwright-core';
import {sharedBrowser} from './browser';
import {signInEditor} from './signIn';

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
  '/sign-up/check-mail',
  '/verify-email?token=not-a-token',
  '/forgot-password',
  '/reset-password?token=not-a-token',
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
  editorCookies = (await signInEditor(baseUrl)).cookies;
});

async function violations(context: BrowserContext, path: string): Promise<string[]> {
  const page = await context.newPage();
  // Page loads share two cores with the server, axe and other work: 30 s was once too short for one.
  await page.goto(baseUrl + path, {timeout: 90_000});
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

/**
 * Every path's violations, in the order of `paths`, checked a few pages at a time: one page waits for
 * the server while another runs axe, where one after another left a core idle most of the time.
 */
async function allViolations(context: BrowserContext, paths: string[], atOnce = 3): Promise<string[]> {
  const found: string[][] = [];
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      found[i] = await violations(context, paths[i]!);
    }
  };
  await Promise.all(Array.from({length: atOnce}, worker));
  expect(found.filter(Boolean)).toHaveLength(paths.length);
  return found.flat();
}

for (const locale of ['en', 'id']) {
  test(`no axe violations on the public pages, UI in ${locale}`, async () => {
    const context = await browser().newContext({locale});
    const found = await allViolations(
      context,
      publicPages.map((path) => `/${locale}${path}`),
    );
    await context.close();
    expect(found).toEqual([]);
  }, 300_000);

  test(`no axe violations on the editor's and learner's pages, UI in ${locale}`, async () => {
    expect(editorCookies.length, 'the demo editor could not sign in').toBeGreaterThan(0);
    const context = await browser().newContext({locale});
    await context.addCookies(editorCookies);
    const found = await allViolations(
      context,
      editorPages.map((path) => `/${locale}${path}`),
    );
    await context.close();
    expect(found).toEqual([]);
  }, 300_000);
}
