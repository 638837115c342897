import type {ServerResponse} from 'node:http';
import {afterEach, expect, test} from 'vitest';
import {DEFAULT_POLICY} from './http';
import {createOpenAiEngine, parseTranslations} from './openai';
import {translateAll} from './batching';
import {recordingSleep, sendJson, startTestServer, type RecordedRequest, type TestServer} from './testServer';

let server: TestServer | undefined;
afterEach(async () => server?.close());

const KEY = 'sk-test';
type Reply = (paragraphs: string[], single: string | null) => string;

// Chat completions as documented: Bearer auth, {model, messages} in, choices[0].message.content out,
// errors as {error: {message, type, code}}.
function chatServer(reply: Reply) {
  return (req: RecordedRequest, res: ServerResponse) => {
    if (req.path !== '/v1/chat/completions') return sendJson(res, 404, {error: {message: `Unknown path ${req.path}`}});
    if (req.headers.authorization !== `Bearer ${KEY}`) {
      return sendJson(res, 401, {
        error: {
          message: 'Incorrect API key provided: sk-wr***.',
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      });
    }
    const body = req.body as {model: string; messages: {role: string; content: string}[]};
    if (body.model !== 'test-model')
      return sendJson(res, 404, {error: {message: `model "${body.model}" not found, try pulling it first`}});
    const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
    const json = user.slice(user.lastIndexOf('\n\n{') + 2);
    const batch = json.startsWith('{') ? (JSON.parse(json) as {paragraphs: string[]}).paragraphs : [];
    const single = batch.length === 0 ? user.slice(user.lastIndexOf('\n\n') + 2) : null;
    sendJson(res, 200, {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      choices: [{index: 0, message: {role: 'assistant', content: reply(batch, single)}, finish_reason: 'stop'}],
    });
  };
}

const en = (p: string) => `EN(${p})`;
const engineAt = (url: string, apiKey = KEY, model = 'test-model', sleep = recordingSleep().sleep) =>
  createOpenAiEngine({baseUrl: `${url}/v1`, apiKey, model, maxBatch: 8}, {fetch, sleep}, DEFAULT_POLICY);

test('a batch is one request answered by a JSON array, with the neighbours as context', async () => {
  server = await startTestServer(chatServer((batch) => JSON.stringify(batch.map(en))));
  const out = await engineAt(server.url).translate({
    from: 'id',
    to: 'en',
    paragraphs: ['Satu.', 'Dua.'],
    context: {before: ['Nol.'], after: ['Tiga.']},
  });
  expect(out).toEqual(['EN(Satu.)', 'EN(Dua.)']);
  expect(server.requests).toHaveLength(1);
  const body = server.requests[0].body as {temperature: number; messages: {content: string}[]};
  expect(body.temperature).toBe(0);
  expect(body.messages[0].content).toContain('from Indonesian to English');
  expect(body.messages[1].content).toContain('{"before":["Nol."],"paragraphs":["Satu.","Dua."],"after":["Tiga."]}');
});

test('a model that merges paragraphs is asked again one paragraph at a time', async () => {
  server = await startTestServer(
    chatServer((batch, single) => (single !== null ? en(single) : JSON.stringify([batch.join(' ')]))),
  );
  const out = await engineAt(server.url).translate({from: 'id', to: 'en', paragraphs: ['Satu.', 'Dua.', 'Tiga.']});
  expect(out).toEqual(['EN(Satu.)', 'EN(Dua.)', 'EN(Tiga.)']);
  expect(server.requests).toHaveLength(4);
});

test('code fences and inline reasoning around the array are ignored', async () => {
  server = await startTestServer(
    chatServer(
      (batch) => `<think>Two paragraphs [a] and [b].</think>\n\`\`\`json\n${JSON.stringify(batch.map(en))}\n\`\`\``,
    ),
  );
  expect(await engineAt(server.url).translate({from: 'en', to: 'id', paragraphs: ['One.', 'Two.']})).toEqual([
    'EN(One.)',
    'EN(Two.)',
  ]);
  expect(parseTranslations('no array here')).toBeNull();
  expect(parseTranslations('[1, 2]')).toBeNull();
});

test('translateAll keeps blank lines and reports progress', async () => {
  server = await startTestServer(
    chatServer((batch, single) => (single !== null ? en(single) : JSON.stringify(batch.map(en)))),
  );
  const progress: number[] = [];
  const out = await translateAll(engineAt(server.url), 'id', 'en', ['Satu.', '', 'Dua.'], (done) =>
    progress.push(done),
  );
  expect(out).toEqual(['EN(Satu.)', '', 'EN(Dua.)']);
  expect(progress).toEqual([3]);
});

test('a wrong key is reported as badKey and not retried', async () => {
  server = await startTestServer(chatServer(() => '[]'));
  const error = await engineAt(server.url, 'sk-wrong')
    .translate({from: 'id', to: 'en', paragraphs: ['Satu.']})
    .catch((e: unknown) => e);
  expect(error).toMatchObject({code: 'badKey', status: 401});
  expect((error as Error).message).toContain('OPENAI_API_KEY');
  expect(server.requests).toHaveLength(1);
});

test('an unknown model is a configuration error naming the variables', async () => {
  server = await startTestServer(chatServer(() => '[]'));
  const error = await engineAt(server.url, KEY, 'llama9')
    .translate({from: 'id', to: 'en', paragraphs: ['Satu.']})
    .catch((e: unknown) => e);
  expect(error).toMatchObject({code: 'badConfig', status: 404});
  expect((error as Error).message).toContain('model "llama9" not found');
});

test('an exhausted quota (429 insufficient_quota) is not retried; a plain 429 is', async () => {
  let calls = 0;
  server = await startTestServer((req, res) => {
    calls++;
    if (calls === 1)
      return sendJson(
        res,
        429,
        {error: {message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded'}},
        {'Retry-After': '2'},
      );
    if (calls === 2) return chatServer((b) => JSON.stringify(b.map(en)))(req, res);
    sendJson(res, 429, {
      error: {
        message: 'You exceeded your current quota, please check your plan and billing details.',
        type: 'insufficient_quota',
        code: 'insufficient_quota',
      },
    });
  });
  const {sleep, delays} = recordingSleep();
  const engine = engineAt(server.url, KEY, 'test-model', sleep);
  expect(await engine.translate({from: 'id', to: 'en', paragraphs: ['Satu.', 'Dua.']})).toEqual([
    'EN(Satu.)',
    'EN(Dua.)',
  ]);
  expect(delays).toEqual([2000]);
  const error = await engine.translate({from: 'id', to: 'en', paragraphs: ['Tiga.']}).catch((e: unknown) => e);
  expect(error).toMatchObject({code: 'quotaExceeded', status: 429});
  expect(calls).toBe(3);
});

test('an answer without choices is a bad response', async () => {
  server = await startTestServer((_req, res) => sendJson(res, 200, {object: 'error'}));
  await expect(engineAt(server.url).translate({from: 'id', to: 'en', paragraphs: ['Satu.']})).rejects.toMatchObject({
    code: 'badResponse',
  });
});
