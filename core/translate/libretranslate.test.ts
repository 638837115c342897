import type {ServerResponse} from 'node:http';
import {afterEach, expect, test} from 'vitest';
import {DEFAULT_POLICY} from './http';
import {createLibreTranslateEngine, splitSentences} from './libretranslate';
import {recordingSleep, sendJson, startTestServer, type RecordedRequest, type TestServer} from './testServer';

let server: TestServer | undefined;
afterEach(async () => server?.close());

interface Options {
  apiKeys?: string[];
  batchLimit?: number;
  charLimit?: number;
  slowDownFirst?: number;
  languages?: string[];
}

// POST /translate as LibreTranslate implements it: {q, source, target, format, api_key}; 400 with
// {error} for invalid requests (missing key, over the batch or character limit, unsupported
// language), 403 for an invalid key or a banned client, 429 "Slowdown: …".
function libreServer(options: Options = {}) {
  let slowed = 0;
  const languages = options.languages ?? ['en', 'id'];
  return (req: RecordedRequest, res: ServerResponse) => {
    if (req.path !== '/translate') return sendJson(res, 404, {error: 'Not Found'});
    const body = req.body as {
      q?: string | string[];
      source?: string;
      target?: string;
      format?: string;
      api_key?: string;
    };
    if (options.apiKeys) {
      if (body.api_key && !options.apiKeys.includes(body.api_key))
        return sendJson(res, 403, {error: 'Invalid API key'});
      if (!body.api_key)
        return sendJson(res, 400, {error: 'Visit https://portal.libretranslate.com to get an API key'});
    }
    if (slowed < (options.slowDownFirst ?? 0)) {
      slowed++;
      return sendJson(res, 429, {error: 'Slowdown: 30 per 1 minute'});
    }
    if (!body.q) return sendJson(res, 400, {error: 'Invalid request: missing q parameter'});
    const q = body.q;
    if (Array.isArray(q) && options.batchLimit !== undefined && q.length > options.batchLimit) {
      return sendJson(res, 400, {
        error: `Invalid request: request (${q.length}) exceeds text limit (${options.batchLimit})`,
      });
    }
    const chars = Array.isArray(q) ? q.reduce((n, t) => n + t.length, 0) : q.length;
    if (options.charLimit !== undefined && chars > options.charLimit) {
      return sendJson(res, 400, {
        error: `Invalid request: request (${chars}) exceeds text limit (${options.charLimit})`,
      });
    }
    for (const lang of [body.source, body.target])
      if (!languages.includes(lang ?? '')) return sendJson(res, 400, {error: `${lang} is not supported`});
    const tr = (t: string) => `${body.target}:${t}`;
    sendJson(res, 200, {translatedText: Array.isArray(q) ? q.map(tr) : tr(q)});
  };
}

const engineAt = (url: string, apiKey: string | null = null, sleep = recordingSleep().sleep) =>
  createLibreTranslateEngine({url, apiKey}, {fetch, sleep}, DEFAULT_POLICY);

test('sends the batch as q with format text and the api key', async () => {
  server = await startTestServer(libreServer({apiKeys: ['k1']}));
  expect(await engineAt(server.url, 'k1').translate({from: 'id', to: 'en', paragraphs: ['Satu.', 'Dua.']})).toEqual([
    'en:Satu.',
    'en:Dua.',
  ]);
  expect(server.requests[0].body).toEqual({
    q: ['Satu.', 'Dua.'],
    source: 'id',
    target: 'en',
    format: 'text',
    api_key: 'k1',
  });
});

test('a missing or invalid key is badKey', async () => {
  server = await startTestServer(libreServer({apiKeys: ['k1']}));
  await expect(engineAt(server.url).translate({from: 'id', to: 'en', paragraphs: ['Satu.']})).rejects.toMatchObject({
    code: 'badKey',
    status: 400,
  });
  await expect(
    engineAt(server.url, 'nope').translate({from: 'id', to: 'en', paragraphs: ['Satu.']}),
  ).rejects.toMatchObject({code: 'badKey', status: 403});
});

test('a batch over the server limit is split in halves until it fits', async () => {
  server = await startTestServer(libreServer({batchLimit: 2}));
  const paragraphs = ['A.', 'B.', 'C.', 'D.', 'E.'];
  expect(await engineAt(server.url).translate({from: 'id', to: 'en', paragraphs})).toEqual(
    paragraphs.map((p) => `en:${p}`),
  );
  // 5 and 3 are refused; 2, 1 and 2 go through.
  expect(server.requests.map((r) => (r.body as {q: string[]}).q.length)).toEqual([5, 3, 2, 1, 2]);
});

test('a paragraph over the character limit is translated sentence by sentence', async () => {
  server = await startTestServer(libreServer({charLimit: 30}));
  const long = 'Kalimat pertama cukup panjang. Kalimat kedua juga. "Ketiga!"';
  expect(await engineAt(server.url).translate({from: 'id', to: 'en', paragraphs: [long]})).toEqual([
    'en:Kalimat pertama cukup panjang. en:Kalimat kedua juga. en:"Ketiga!"',
  ]);
  expect(splitSentences(long)).toEqual(['Kalimat pertama cukup panjang.', 'Kalimat kedua juga.', '"Ketiga!"']);
});

test('429 Slowdown is retried', async () => {
  server = await startTestServer(libreServer({slowDownFirst: 1}));
  const {sleep, delays} = recordingSleep();
  expect(await engineAt(server.url, null, sleep).translate({from: 'en', to: 'id', paragraphs: ['One.']})).toEqual([
    'id:One.',
  ]);
  expect(delays).toEqual([1000]);
});

test('a server without the language pair is a configuration error', async () => {
  server = await startTestServer(libreServer({languages: ['en', 'es']}));
  const error = await engineAt(server.url)
    .translate({from: 'id', to: 'en', paragraphs: ['Satu.']})
    .catch((e: unknown) => e);
  expect(error).toMatchObject({code: 'badConfig'});
  expect((error as Error).message).toContain('id is not supported');
});

test('a banned client (403 without key trouble) is quotaExceeded', async () => {
  server = await startTestServer((_req, res) => sendJson(res, 403, {error: 'Too many request limits violations'}));
  await expect(engineAt(server.url).translate({from: 'id', to: 'en', paragraphs: ['Satu.']})).rejects.toMatchObject({
    code: 'quotaExceeded',
  });
});
