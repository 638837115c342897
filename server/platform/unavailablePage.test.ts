import {expect, test} from 'vitest';
import {unavailableResponse} from './unavailablePage';

test('a page during an outage is a 503 in the interface language, every paragraph with its lang', async () => {
  const response = unavailableResponse('/id/vocabulary', true);
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('5');
  const html = await response.text();
  expect(html).toContain('<html lang="id">');
  expect(html).toContain('Untuk sementara tidak tersedia');
  expect(html.match(/<p(?![^>]*lang="id")/g)).toBeNull();
  expect(await unavailableResponse('/en/search', true).text()).toContain('Temporarily unavailable');
});

test('a server action or client navigation gets the message as plain text', async () => {
  const response = unavailableResponse('/en/read/payung-kuning', false);
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  expect(await response.text()).toMatch(/^Temporarily unavailable\. The database cannot be reached/);
});
