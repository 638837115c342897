import {afterEach, expect, test} from 'vitest';
import {TranslationError} from './engine';
import {DEFAULT_POLICY, classifyCommon, postJson, type HttpFailure, type JsonPost} from './http';
import {recordingSleep, sendJson, startTestServer, type TestServer} from './testServer';

let server: TestServer | undefined;
afterEach(async () => server?.close());

const classify = (f: HttpFailure) =>
  classifyCommon('Test', f) ?? new TranslationError('badResponse', f.message, {status: f.status});
const post = (url: string): JsonPost => ({service: 'Test', url, headers: {}, body: {hello: 'dunia'}, classify});

test('retries 5xx with exponential backoff, then gives up with the attempt count', async () => {
  server = await startTestServer((_req, res) => sendJson(res, 503, {message: 'maintenance'}));
  const {sleep, delays} = recordingSleep();
  const error = await postJson(post(`${server.url}/x`), {fetch, sleep}, {...DEFAULT_POLICY, retries: 3}).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranslationError);
  expect(error).toMatchObject({code: 'unavailable', status: 503});
  expect((error as Error).message).toContain('maintenance');
  expect((error as Error).message).toContain('4 attempts');
  expect(delays).toEqual([1000, 2000, 4000]);
  expect(server.requests).toHaveLength(4);
});

test('a Retry-After longer than the longest pause ends the retries with the wait in the message', async () => {
  server = await startTestServer((_req, res) => sendJson(res, 429, {message: 'slow down'}, {'Retry-After': '3600'}));
  const {sleep, delays} = recordingSleep();
  const error = await postJson(post(server.url), {fetch, sleep}, DEFAULT_POLICY).catch((e: unknown) => e);
  expect(error).toMatchObject({code: 'rateLimited'});
  expect((error as Error).message).toContain('3600 s');
  expect(delays).toEqual([]);
});

test('a request that takes too long times out and is retried', async () => {
  server = await startTestServer(() => undefined); // never answers
  const {sleep} = recordingSleep();
  const error = await postJson(post(server.url), {fetch, sleep}, {...DEFAULT_POLICY, timeoutMs: 150, retries: 1}).catch(
    (e: unknown) => e,
  );
  expect(error).toMatchObject({code: 'timeout'});
  expect(server.requests).toHaveLength(2);
});

test('an unreachable server is reported as unavailable', async () => {
  const closed = await startTestServer(() => undefined);
  await closed.close();
  const error = await postJson(post(closed.url), {fetch, sleep: async () => {}}, {...DEFAULT_POLICY, retries: 0}).catch(
    (e: unknown) => e,
  );
  expect(error).toMatchObject({code: 'unavailable'});
  expect((error as Error).message).toMatch(/could not be reached at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
});

test('the caller aborting stops at once, without retries', async () => {
  const controller = new AbortController();
  // Abort once the request has arrived (never answered), however slow the machine is.
  server = await startTestServer(() => void controller.abort());
  const pending = postJson(post(server.url), {fetch, sleep: async () => {}}, DEFAULT_POLICY, controller.signal);
  await expect(pending).rejects.toMatchObject({name: 'AbortError'});
  expect(server.requests).toHaveLength(1);
});

test('a 2xx answer that is not JSON is a bad response', async () => {
  server = await startTestServer((_req, res) => void res.end('<html>proxy login</html>'));
  const error = await postJson(post(server.url), {fetch, sleep: async () => {}}, DEFAULT_POLICY).catch(
    (e: unknown) => e,
  );
  expect(error).toMatchObject({code: 'badResponse'});
  expect((error as Error).message).toContain('proxy login');
});
