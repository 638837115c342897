// DeepL API v2 (https://developers.deepl.com/docs/api-reference/translate): up to 50 texts and a
// 128 KiB body per request. Keys of the free plan end in ":fx" and use api-free.deepl.com.
import type {Lang} from '../vocabulary';
import {TranslationError, type TranslationEngine} from './engine';
import {classifyCommon, isRecord, postJson, type HttpDeps, type HttpFailure, type RetryPolicy} from './http';

export interface DeepLConfig {
  apiKey: string;
  /** Overrides the endpoint chosen from the key, for tests and proxies. */
  apiUrl?: string;
}

const SOURCE_LANG: Record<Lang, string> = {id: 'ID', en: 'EN'};
// DeepL wants a regional variant for English targets.
const TARGET_LANG: Record<Lang, string> = {id: 'ID', en: 'EN-US'};

export function deeplBaseUrl(config: DeepLConfig): string {
  if (config.apiUrl) return config.apiUrl.replace(/\/+$/, '').replace(/\/v2\/translate$/, '');
  return config.apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

export function createDeepLEngine(config: DeepLConfig, deps: HttpDeps, policy: RetryPolicy): TranslationEngine {
  const url = `${deeplBaseUrl(config)}/v2/translate`;
  const service = 'DeepL';
  const headers = {Authorization: `DeepL-Auth-Key ${config.apiKey}`};
  return {
    name: 'deepl',
    model: null,
    maxBatch: 50,
    // Leaves room in the 128 KiB body for JSON escaping, multi-byte characters and the context.
    maxChars: 30_000,
    async translate(req, signal) {
      if (req.paragraphs.length === 0) return [];
      const context = [...(req.context?.before ?? []), ...(req.context?.after ?? [])].join('\n');
      const body = {
        text: req.paragraphs,
        source_lang: SOURCE_LANG[req.from],
        target_lang: TARGET_LANG[req.to],
        ...(context ? {context} : {}),
      };
      const reply = await postJson({service, url, headers, body, classify: classifyDeepL}, deps, policy, signal);
      const translations = isRecord(reply) && Array.isArray(reply.translations) ? reply.translations : null;
      const texts = translations?.map((t: unknown) => (isRecord(t) && typeof t.text === 'string' ? t.text : null));
      if (!texts || texts.length !== req.paragraphs.length || texts.some((t) => t === null)) {
        throw new TranslationError(
          'badResponse',
          `DeepL returned ${texts?.length ?? 'no'} translations for ${req.paragraphs.length} texts.`,
        );
      }
      return texts as string[];
    },
  };
}

function classifyDeepL(failure: HttpFailure): TranslationError {
  const {status, message} = failure;
  const detail = message ? `: ${message}` : '.';
  if (status === 403 || status === 401) {
    return new TranslationError(
      'badKey',
      `DeepL rejected the API key (HTTP ${status})${detail} Check DEEPL_API_KEY; keys of the free plan end in ":fx".`,
      {status},
    );
  }
  if (status === 456) {
    return new TranslationError(
      'quotaExceeded',
      `The DeepL character quota is used up (HTTP 456)${detail} It renews with the billing period.`,
      {
        status,
      },
    );
  }
  return (
    classifyCommon('DeepL', failure) ??
    new TranslationError('badResponse', `DeepL refused the request (HTTP ${status})${detail}`, {status})
  );
}
