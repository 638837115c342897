// What several browser tests do on a page: find a word on screen, fill and submit an account form.
import type {Page} from 'playwright-core';

/** The middle of the first occurrence of `word` in the first element matching `selector`, scrolled into view. */
export async function wordPoint(
  page: Page,
  selector: string,
  word: string,
  options: {wholeWord?: boolean} = {},
): Promise<{x: number; y: number} | null> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (el, [w, whole]) => {
        el.scrollIntoView({block: 'center'});
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const data = (node as Text).data;
          const at = whole ? data.search(new RegExp(`\\b${w}\\b`)) : data.indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          const r = range.getBoundingClientRect();
          return {x: r.x + r.width / 2, y: r.y + r.height / 2};
        }
        return null;
      },
      [word, options.wholeWord ?? false] as const,
    );
}

/** Fills the fields by their labels, submits, and waits until the action has answered and the form is ready again. */
export async function submitForm(
  page: Page,
  baseUrl: string,
  fields: Record<string, string>,
  button: string,
): Promise<void> {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, {exact: true}).fill(value);
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().startsWith(baseUrl));
  await page.getByRole('button', {name: button, exact: true}).click();
  await answered;
  await page.waitForFunction(() => !document.querySelector('.account-form button[disabled]'));
}
