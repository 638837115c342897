// Any OpenAI-compatible chat-completions endpoint: OpenAI itself, or a local Ollama, vLLM or
// llama.cpp server. A batch is sent as JSON and the model must answer with a JSON array holding one
// translation per paragraph; when it merges, drops or garbles paragraphs, each paragraph is asked
// for on its own so the caller still gets exactly one translation per input.
import {LANGUAGE_NAMES, TranslationError, type TranslationEngine, type TranslationRequest} from './engine';
import {classifyCommon, isRecord, postJson, type HttpDeps, type HttpFailure, type RetryPolicy} from './http';

export interface OpenAiConfig {
  /** Up to and including the version segment, such as http://localhost:11434/v1. */
  baseUrl: string;
  apiKey: string | null;
  model: string;
  maxBatch: number;
}

export function createOpenAiEngine(config: OpenAiConfig, deps: HttpDeps, policy: RetryPolicy): TranslationEngine {
  const url = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const service = `The OpenAI-compatible API at ${new URL(url).origin}`;
  const headers: Record<string, string> = config.apiKey ? {Authorization: `Bearer ${config.apiKey}`} : {};

  async function complete(system: string, user: string, signal?: AbortSignal): Promise<string> {
    const body = {
      model: config.model,
      temperature: 0,
      stream: false,
      messages: [
        {role: 'system', content: system},
        {role: 'user', content: user},
      ],
    };
    const reply = await postJson(
      {service, url, headers, body, classify: (f) => classifyOpenAi(service, f)},
      deps,
      policy,
      signal,
    );
    const choice = isRecord(reply) && Array.isArray(reply.choices) ? (reply.choices[0] as unknown) : undefined;
    const message = isRecord(choice) ? choice.message : undefined;
    if (!isRecord(message) || typeof message.content !== 'string') {
      throw new TranslationError('badResponse', `${service} answered without choices[0].message.content.`);
    }
    return stripReasoning(message.content);
  }

  async function translateOne(req: TranslationRequest, paragraph: string, signal?: AbortSignal): Promise<string> {
    const content = await complete(systemPrompt(req), singlePrompt(req, paragraph), signal);
    const text = unquote(content);
    if (text === '') throw new TranslationError('badResponse', `${service} returned an empty translation.`);
    return text;
  }

  return {
    name: 'openai',
    model: config.model,
    maxBatch: config.maxBatch,
    maxChars: 6_000,
    async translate(req, signal) {
      if (req.paragraphs.length === 0) return [];
      if (req.paragraphs.length === 1) return [await translateOne(req, req.paragraphs[0], signal)];
      const content = await complete(systemPrompt(req), batchPrompt(req), signal);
      const parsed = parseTranslations(content);
      if (parsed && parsed.length === req.paragraphs.length) return parsed;
      const out: string[] = [];
      for (const paragraph of req.paragraphs) out.push(await translateOne(req, paragraph, signal));
      return out;
    },
  };
}

function systemPrompt({from, to}: TranslationRequest): string {
  return (
    `You are a professional translator from ${LANGUAGE_NAMES[from]} to ${LANGUAGE_NAMES[to]}. ` +
    'Translate faithfully and idiomatically. Keep names, numbers, dates and quotation marks. Never add notes or explanations.'
  );
}

function batchPrompt(req: TranslationRequest): string {
  const n = req.paragraphs.length;
  const input = {before: req.context?.before ?? [], paragraphs: req.paragraphs, after: req.context?.after ?? []};
  return (
    `Translate each of the ${n} strings in "paragraphs" from ${LANGUAGE_NAMES[req.from]} to ${LANGUAGE_NAMES[req.to]}. ` +
    '"before" and "after" are the neighbouring paragraphs, given only as context: do not translate them. ' +
    `Answer with only a JSON array of exactly ${n} strings, the translations in the same order, one per paragraph; never merge or split paragraphs.\n\n` +
    JSON.stringify(input)
  );
}

function singlePrompt(req: TranslationRequest, paragraph: string): string {
  const before = req.context?.before ?? [];
  const after = req.context?.after ?? [];
  const context =
    before.length + after.length > 0
      ? `Context, not to be translated:\n${[...before, '[…]', ...after].join('\n')}\n\n`
      : '';
  return `${context}Translate this paragraph from ${LANGUAGE_NAMES[req.from]} to ${LANGUAGE_NAMES[req.to]} and answer with the translation only:\n\n${paragraph}`;
}

// Reasoning models served by Ollama or llama.cpp put their thinking inline.
function stripReasoning(content: string): string {
  return content.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
}

function unquote(content: string): string {
  const text = content.replace(/^```[a-z]*\n?|\n?```$/g, '').trim();
  const parsed = parseTranslations(text);
  return parsed && parsed.length === 1 ? parsed[0] : text;
}

/** The array of strings in a model's answer, tolerating code fences and a wrapping object. */
export function parseTranslations(content: string): string[] | null {
  const start = content.indexOf('[');
  const end = content.lastIndexOf(']');
  if (start < 0 || end < start) return null;
  let value: unknown;
  try {
    value = JSON.parse(content.slice(start, end + 1));
  } catch {
    return null; // not JSON: the caller falls back to one request per paragraph
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return null;
  return value.map((item) => item.trim());
}

function classifyOpenAi(service: string, failure: HttpFailure): TranslationError {
  const {status, body, message} = failure;
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const detail = message ? `: ${message}` : '.';
  if (status === 401)
    return new TranslationError('badKey', `${service} rejected the API key (HTTP 401)${detail} Check OPENAI_API_KEY.`, {
      status,
    });
  if (status === 403)
    return new TranslationError('badKey', `${service} refused access with this key (HTTP 403)${detail}`, {status});
  if (status === 429 && (error.code === 'insufficient_quota' || error.type === 'insufficient_quota')) {
    return new TranslationError('quotaExceeded', `${service} reports the account's quota is used up${detail}`, {
      status,
    });
  }
  const common = classifyCommon(service, failure);
  if (common) return common;
  if (status === 404) {
    return new TranslationError(
      'badConfig',
      `${service} has no such model or endpoint (HTTP 404)${detail} Check OPENAI_BASE_URL and OPENAI_MODEL.`,
      {status},
    );
  }
  return new TranslationError('badResponse', `${service} refused the request (HTTP ${status})${detail}`, {status});
}
