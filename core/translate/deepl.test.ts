import type {ServerResponse} from 'node:http';
import {afterEach, expect, test} from 'vitest';
import {DEFAULT_POLICY} from './http';
import {createDeepLEngine, deeplBaseUrl} from './deepl';
import {translateAll} from './batching';
import {recordingSleep, sendJson, startTestServer, type RecordedRequest, type TestServer} from './testServer';

let server: TestServer | undefined;
afterEach(async () => server?.close());

const KEY = 'abc-123:fx';

// /v2/translate as documented: DeepL-Auth-Key header, JSON {text[], source_lang, target_lang, context},
// at most 50 texts; 403 for a bad key, 456 when the character quota is used up, 429 when throttled.
function deeplServer(options: {quotaChars?: number; throttleFirst?: number} = {}) {
  let used = 0;
  let throttled = 0;
  return (req: RecordedRequest, res: ServerResponse) => {
    if (req.path !== '/v2/translate' || req.method !== 'POST') return sendJson(res, 404, {message: 'Not found'});
    if (req.headers.authorization !== `DeepL-Auth-Key ${KEY}`)
      return sendJson(res, 403, {message: 'Authorization failure, check auth_key'});
    if (throttled < (options.throttleFirst ?? 0)) {
      throttled++;
      return sendJson(res, 429, {message: 'Too many requests'});
    }
    const body = req.body as {text?: string[]; source_lang?: string; target_lang?: string};
    if (!Array.isArray(body.text) || body.text.length === 0)
      return sendJson(res, 400, {message: "Parameter 'text' not specified."});
    if (body.text.length > 50) return sendJson(res, 413, {message: 'Request Entity Too Large'});
    if (!['EN-US', 'EN-GB', 'ID', 'DE'].includes(body.target_lang ?? ''))
      return sendJson(res, 400, {message: "Value for 'target_lang' not supported."});
    used += body.text.reduce((n, t) => n + t.length, 0);
    if (options.quotaChars !== undefined && used > options.quotaChars)
      return sendJson(res, 456, {message: 'Quota Exceeded'});
    sendJson(res, 200, {
      translations: body.text.map((t) => ({
        detected_source_language: body.source_lang ?? 'ID',
        text: `${body.target_lang}:${t}`,
      })),
    });
  };
}

const engineAt = (url: string, key = KEY, sleep = recordingSleep().sleep) =>
  createDeepLEngine({apiKey: key, apiUrl: url}, {fetch, sleep}, DEFAULT_POLICY);

test('keys ending in :fx use the free endpoint, others the pro one, unless overridden', () => {
  expect(deeplBaseUrl({apiKey: 'k:fx'})).toBe('https://api-free.deepl.com');
  expect(deeplBaseUrl({apiKey: 'k'})).toBe('https://api.deepl.com');
  expect(deeplBaseUrl({apiKey: 'k', apiUrl: 'http://127.0.0.1:9/v2/translate'})).toBe('http://127.0.0.1:9');
});

test('translates id→en as EN-US and en→id as ID, sending neighbours as context', async () => {
  server = await startTestServer(deeplServer());
  const engine = engineAt(server.url);
  expect(
    await engine.translate({
      from: 'id',
      to: 'en',
      paragraphs: ['Halo.', 'Dunia.'],
      context: {before: ['Sebelum.'], after: ['Sesudah.']},
    }),
  ).toEqual(['EN-US:Halo.', 'EN-US:Dunia.']);
  expect(server.requests[0].body).toEqual({
    text: ['Halo.', 'Dunia.'],
    source_lang: 'ID',
    target_lang: 'EN-US',
    context: 'Sebelum.\nSesudah.',
  });
  expect(await engine.translate({from: 'en', to: 'id', paragraphs: ['Hello.']})).toEqual(['ID:Hello.']);
  expect(server.requests[1].body).toEqual({text: ['Hello.'], source_lang: 'EN', target_lang: 'ID'});
});

test('translateAll sends at most 50 texts per request and reports progress per batch', async () => {
  server = await startTestServer(deeplServer());
  const paragraphs = Array.from({length: 120}, (_, i) => `Paragraf ${i}.`);
  const progress: number[] = [];
  const out = await translateAll(engineAt(server.url), 'id', 'en', paragraphs, (done, total) =>
    progress.push(done / total),
  );
  expect(out).toHaveLength(120);
  expect(out[119]).toBe('EN-US:Paragraf 119.');
  expect(server.requests.map((r) => (r.body as {text: string[]}).text.length)).toEqual([50, 50, 20]);
  expect(progress).toEqual([50 / 120, 100 / 120, 1]);
});

test('a bad key is badKey with a hint about the :fx suffix', async () => {
  server = await startTestServer(deeplServer());
  const error = await engineAt(server.url, 'wrong')
    .translate({from: 'id', to: 'en', paragraphs: ['Halo.']})
    .catch((e: unknown) => e);
  expect(error).toMatchObject({code: 'badKey', status: 403});
  expect((error as Error).message).toContain(':fx');
  expect(server.requests).toHaveLength(1);
});

test('an exhausted quota (456) is quotaExceeded and not retried', async () => {
  server = await startTestServer(deeplServer({quotaChars: 5}));
  const error = await engineAt(server.url)
    .translate({from: 'id', to: 'en', paragraphs: ['Terlalu panjang.']})
    .catch((e: unknown) => e);
  expect(error).toMatchObject({code: 'quotaExceeded', status: 456});
  expect(server.requests).toHaveLength(1);
});

test('429 is retried with backoff', async () => {
  server = await startTestServer(deeplServer({throttleFirst: 2}));
  const {sleep, delays} = recordingSleep();
  expect(await engineAt(server.url, KEY, sleep).translate({from: 'id', to: 'en', paragraphs: ['Halo.']})).toEqual([
    'EN-US:Halo.',
  ]);
  expect(delays).toEqual([1000, 2000]);
});

test('a reply with the wrong number of translations is a bad response', async () => {
  server = await startTestServer((_req, res) => sendJson(res, 200, {translations: [{text: 'one'}]}));
  await expect(
    engineAt(server.url).translate({from: 'id', to: 'en', paragraphs: ['Satu.', 'Dua.']}),
  ).rejects.toMatchObject({code: 'badResponse'});
});
