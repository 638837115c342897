// A self-hosted LibreTranslate server (POST /translate with `q` as an array). Servers may be started
// with a batch or character limit that clients cannot query through /translate, so a request the
// server finds too large is split in halves, and a single paragraph into sentences, until it fits.
import {TranslationError, type TranslationEngine, type TranslationRequest} from './engine';
import {classifyCommon, isRecord, postJson, type HttpDeps, type HttpFailure, type RetryPolicy} from './http';

export interface LibreTranslateConfig {
  url: string;
  apiKey: string | null;
}

const SERVICE = 'LibreTranslate';

export function createLibreTranslateEngine(
  config: LibreTranslateConfig,
  deps: HttpDeps,
  policy: RetryPolicy,
): TranslationEngine {
  const url = `${config.url.replace(/\/+$/, '')}/translate`;

  async function post(texts: string[], req: TranslationRequest, signal?: AbortSignal): Promise<string[]> {
    const body = {
      q: texts,
      source: req.from,
      target: req.to,
      format: 'text',
      ...(config.apiKey ? {api_key: config.apiKey} : {}),
    };
    const reply = await postJson(
      {service: SERVICE, url, headers: {}, body, classify: classifyLibreTranslate},
      deps,
      policy,
      signal,
    );
    const translated = isRecord(reply) ? reply.translatedText : undefined;
    // Servers before batch support answer a one-element array with a plain string.
    const list = typeof translated === 'string' && texts.length === 1 ? [translated] : translated;
    if (!Array.isArray(list) || list.length !== texts.length || !list.every((t) => typeof t === 'string')) {
      throw new TranslationError('badResponse', `LibreTranslate did not return ${texts.length} translations.`);
    }
    return list;
  }

  async function translateFitting(texts: string[], req: TranslationRequest, signal?: AbortSignal): Promise<string[]> {
    try {
      return await post(texts, req, signal);
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      if (texts.length > 1) {
        const half = Math.ceil(texts.length / 2);
        return [
          ...(await translateFitting(texts.slice(0, half), req, signal)),
          ...(await translateFitting(texts.slice(half), req, signal)),
        ];
      }
      const sentences = splitSentences(texts[0]);
      if (sentences.length < 2) throw error;
      return [(await translateFitting(sentences, req, signal)).join(' ')];
    }
  }

  return {
    name: 'libretranslate',
    model: null,
    maxBatch: 10,
    maxChars: 5_000,
    async translate(req, signal) {
      return req.paragraphs.length === 0 ? [] : translateFitting(req.paragraphs, req, signal);
    },
  };
}

export function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?…]["”’)]*)\s+(?=["“‘(]?[\p{Lu}\d])/u).filter((s) => s.trim() !== '');
}

function isTooLarge(error: unknown): boolean {
  return error instanceof TranslationError && error.status === 400 && /exceeds .*limit/i.test(error.message);
}

function classifyLibreTranslate(failure: HttpFailure): TranslationError {
  const {status, message} = failure;
  const detail = message ? `: ${message}` : '.';
  if ((status === 400 || status === 403) && /api key/i.test(message)) {
    return new TranslationError(
      'badKey',
      `LibreTranslate rejected the request for its API key (HTTP ${status})${detail} Check LIBRETRANSLATE_API_KEY.`,
      {
        status,
      },
    );
  }
  if (status === 403) {
    return new TranslationError(
      'quotaExceeded',
      `LibreTranslate refuses further requests from this client (HTTP 403)${detail}`,
      {status},
    );
  }
  const common = classifyCommon(SERVICE, failure);
  if (common) return common;
  if (status === 400 && /not (supported|available)/i.test(message)) {
    return new TranslationError('badConfig', `This LibreTranslate server lacks the language pair (HTTP 400)${detail}`, {
      status,
    });
  }
  return new TranslationError('badResponse', `LibreTranslate refused the request (HTTP ${status})${detail}`, {status});
}
