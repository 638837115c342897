// The contract every translation engine meets, whether it calls a service or works offline.

import type {Lang} from '../vocabulary';
export interface TranslationRequest {
  from: Lang;
  to: Lang;
  paragraphs: string[];
  /** Neighbouring paragraphs that help with pronouns and terms; never translated themselves. */
  context?: {before: string[]; after: string[]};
}

export interface TranslationEngine {
  readonly name: string;
  readonly model: string | null;
  /** Most paragraphs one `translate` call accepts. */
  readonly maxBatch: number;
  /** Most characters of paragraph text one call accepts; unlimited when absent. */
  readonly maxChars?: number;
  /** True for the offline rule-based engine, whose output the UI labels as a rough draft. */
  readonly roughDraft?: boolean;
  /** Resolves to exactly one translation per paragraph, in order. */
  translate(req: TranslationRequest, signal?: AbortSignal): Promise<string[]>;
}

export type TranslationErrorCode =
  | 'badKey' // the service rejected the key (or needs one)
  | 'quotaExceeded' // the account's character or spending quota is used up, or the client is banned
  | 'rateLimited' // too many requests, still so after the retries
  | 'unavailable' // network failure or 5xx, still so after the retries
  | 'badResponse' // the service answered something unusable or refused the request
  | 'timeout' // no answer within the time limit, still so after the retries
  | 'badConfig'; // the environment names an unknown engine or misses a setting

export class TranslationError extends Error {
  readonly code: TranslationErrorCode;
  /** HTTP status of the last answer, when there was one. */
  readonly status: number | null;

  constructor(code: TranslationErrorCode, message: string, options: {status?: number; cause?: unknown} = {}) {
    super(message, {cause: options.cause});
    this.name = 'TranslationError';
    this.code = code;
    this.status = options.status ?? null;
  }
}

/** Codes worth another try after a pause; the others need a person to act. */
export function isRetryable(error: TranslationError): boolean {
  return error.code === 'rateLimited' || error.code === 'unavailable' || error.code === 'timeout';
}

export const LANGUAGE_NAMES: Record<Lang, string> = {id: 'Indonesian', en: 'English'};
