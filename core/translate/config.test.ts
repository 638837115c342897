import {expect, test} from 'vitest';
import {createLexicon} from '../language/lexicon';
import {engineFromEnv} from './config';

// The offline engine reads the lexicon only when it first translates; these tests never need a real one.
const deps = {lexicon: () => createLexicon({edition: 'test', enId: {}, idEn: {}}, '')};

test('the offline draft is the default', () => {
  const engine = engineFromEnv({}, deps);
  expect(engine.name).toBe('offline');
  expect(engine.roughDraft).toBe(true);
});

test('each network engine is chosen by SELARAS_TRANSLATOR', () => {
  expect(
    engineFromEnv(
      {
        SELARAS_TRANSLATOR: 'openai',
        OPENAI_BASE_URL: 'http://localhost:11434/v1',
        OPENAI_MODEL: 'qwen2.5:7b',
      },
      deps,
    ),
  ).toMatchObject({
    name: 'openai',
    model: 'qwen2.5:7b',
    maxBatch: 8,
  });
  expect(engineFromEnv({SELARAS_TRANSLATOR: 'deepl', DEEPL_API_KEY: 'k:fx'}, deps)).toMatchObject({
    name: 'deepl',
    maxBatch: 50,
  });
  expect(
    engineFromEnv({SELARAS_TRANSLATOR: 'libretranslate', LIBRETRANSLATE_URL: 'http://localhost:5000'}, deps),
  ).toMatchObject({name: 'libretranslate'});
  expect(
    engineFromEnv({SELARAS_TRANSLATOR: 'openai', OPENAI_MODEL: 'm', OPENAI_API_KEY: 'sk', OPENAI_MAX_BATCH: '3'}, deps)
      .maxBatch,
  ).toBe(3);
});

test('missing or malformed settings are explained', () => {
  const fails = (env: Record<string, string>) => {
    try {
      engineFromEnv(env, deps);
    } catch (error) {
      return error;
    }
    throw new Error('expected engineFromEnv to throw');
  };
  expect(fails({SELARAS_TRANSLATOR: 'google'})).toMatchObject({
    code: 'badConfig',
    message: expect.stringContaining('offline, openai, deepl, libretranslate'),
  });
  expect(fails({SELARAS_TRANSLATOR: 'deepl'})).toMatchObject({
    code: 'badKey',
    message: expect.stringContaining('DEEPL_API_KEY'),
  });
  expect(fails({SELARAS_TRANSLATOR: 'openai', OPENAI_MODEL: 'gpt-4o-mini'})).toMatchObject({code: 'badKey'});
  expect(fails({SELARAS_TRANSLATOR: 'openai', OPENAI_API_KEY: 'sk'})).toMatchObject({
    code: 'badConfig',
    message: expect.stringContaining('OPENAI_MODEL'),
  });
  expect(fails({SELARAS_TRANSLATOR: 'libretranslate'})).toMatchObject({
    code: 'badConfig',
    message: expect.stringContaining('LIBRETRANSLATE_URL'),
  });
  expect(fails({SELARAS_TRANSLATOR: 'libretranslate', LIBRETRANSLATE_URL: 'localhost:5000'})).toMatchObject({
    code: 'badConfig',
  });
  expect(fails({SELARAS_TRANSLATE_TIMEOUT_MS: 'soon'})).toMatchObject({code: 'badConfig'});
});

test('the injected fetch and sleep reach the engine', async () => {
  const seen: string[] = [];
  const fakeFetch = (async (url: string | URL | Request) => {
    seen.push(String(url));
    return new Response(JSON.stringify({translations: [{text: 'Hello.'}]}), {status: 200});
  }) as typeof fetch;
  const engine = engineFromEnv({SELARAS_TRANSLATOR: 'deepl', DEEPL_API_KEY: 'k:fx'}, {...deps, fetch: fakeFetch});
  expect(await engine.translate({from: 'id', to: 'en', paragraphs: ['Halo.']})).toEqual(['Hello.']);
  expect(seen).toEqual(['https://api-free.deepl.com/v2/translate']);
});
