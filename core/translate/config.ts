// Chooses the translation engine from environment variables:
//
//   SELARAS_TRANSLATOR            offline (default) | openai | deepl | libretranslate
//   SELARAS_TRANSLATE_TIMEOUT_MS  time limit of one HTTP request, default 60000
//   SELARAS_TRANSLATE_RETRIES     further attempts after 429, 5xx, timeouts and network errors, default 4
//
//   openai — any OpenAI-compatible chat-completions endpoint:
//   OPENAI_BASE_URL   default https://api.openai.com/v1; Ollama http://localhost:11434/v1,
//                     vLLM http://localhost:8000/v1, llama.cpp server http://localhost:8080/v1
//   OPENAI_API_KEY    needed by hosted services, optional for local servers
//   OPENAI_MODEL      required, such as gpt-4o-mini or qwen2.5:7b
//   OPENAI_MAX_BATCH  paragraphs per request, default 8 (small local models do better with fewer)
//
//   deepl:
//   DEEPL_API_KEY     required; a key ending in ":fx" uses api-free.deepl.com, any other api.deepl.com
//   DEEPL_API_URL     optional endpoint override (tests, proxies)
//
//   libretranslate:
//   LIBRETRANSLATE_URL      required, such as http://localhost:5000
//   LIBRETRANSLATE_API_KEY  optional, for servers started with --api-keys
//
// The offline engine needs no variables and no network; its output is a rough draft.
import {TranslationError, type TranslationEngine} from './engine';
import {DEFAULT_POLICY, defaultHttpDeps, type HttpDeps, type RetryPolicy} from './http';
import {createOpenAiEngine} from './openai';
import {createDeepLEngine} from './deepl';
import {createLibreTranslateEngine} from './libretranslate';
import {createOfflineEngine} from './offline/offlineEngine';

/** The environment as names to raw strings: the server passes the process's (server/platform/env.ts checks the rest). */
type Vars = Readonly<Record<string, string | undefined>>;

export const ENGINE_NAMES = ['offline', 'openai', 'deepl', 'libretranslate'] as const;

export function engineFromEnv(
  env: Vars,
  deps: {fetch?: typeof fetch; sleep?: (ms: number) => Promise<void>} = {},
): TranslationEngine {
  const name = read(env, 'SELARAS_TRANSLATOR') ?? 'offline';
  const defaults = defaultHttpDeps();
  const http: HttpDeps = {fetch: deps.fetch ?? defaults.fetch, sleep: deps.sleep ?? defaults.sleep};
  const policy: RetryPolicy = {
    ...DEFAULT_POLICY,
    timeoutMs: readInt(env, 'SELARAS_TRANSLATE_TIMEOUT_MS', DEFAULT_POLICY.timeoutMs, 1),
    retries: readInt(env, 'SELARAS_TRANSLATE_RETRIES', DEFAULT_POLICY.retries, 0),
  };
  switch (name) {
    case 'offline':
      return createOfflineEngine();
    case 'openai': {
      const baseUrl = readUrl(env, 'OPENAI_BASE_URL') ?? 'https://api.openai.com/v1';
      const apiKey = read(env, 'OPENAI_API_KEY') ?? null;
      if (!apiKey && new URL(baseUrl).hostname === 'api.openai.com') {
        throw new TranslationError(
          'badKey',
          'OPENAI_API_KEY is not set; api.openai.com needs a key (local servers do not).',
        );
      }
      const model = read(env, 'OPENAI_MODEL');
      if (!model)
        throw new TranslationError(
          'badConfig',
          'OPENAI_MODEL is not set: name the model to translate with, such as gpt-4o-mini or qwen2.5:7b.',
        );
      return createOpenAiEngine(
        {baseUrl, apiKey, model, maxBatch: readInt(env, 'OPENAI_MAX_BATCH', 8, 1)},
        http,
        policy,
      );
    }
    case 'deepl': {
      const apiKey = read(env, 'DEEPL_API_KEY');
      if (!apiKey) throw new TranslationError('badKey', 'DEEPL_API_KEY is not set.');
      return createDeepLEngine({apiKey, apiUrl: readUrl(env, 'DEEPL_API_URL')}, http, policy);
    }
    case 'libretranslate': {
      const url = readUrl(env, 'LIBRETRANSLATE_URL');
      if (!url)
        throw new TranslationError(
          'badConfig',
          'LIBRETRANSLATE_URL is not set: give the address of the LibreTranslate server, such as http://localhost:5000.',
        );
      return createLibreTranslateEngine({url, apiKey: read(env, 'LIBRETRANSLATE_API_KEY') ?? null}, http, policy);
    }
    default:
      throw new TranslationError(
        'badConfig',
        `SELARAS_TRANSLATOR is "${name}"; use one of ${ENGINE_NAMES.join(', ')}.`,
      );
  }
}

function read(env: Vars, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function readUrl(env: Vars, name: string): string | undefined {
  const value = read(env, name);
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new TranslationError('badConfig', `${name} is not an http(s) URL: "${value}".`);
  }
  return value;
}

function readInt(env: Vars, name: string, fallback: number, min: number): number {
  const value = read(env, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new TranslationError('badConfig', `${name} must be a whole number of at least ${min}, not "${value}".`);
  return Number(value);
}
