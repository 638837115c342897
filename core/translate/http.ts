// JSON over HTTP for the network engines: one time limit per attempt, retries with exponential
// backoff on 429, 5xx, timeouts and network failures, and provider errors turned into
// TranslationError by each engine's own `classify`.
import {TranslationError, isRetryable} from './engine';

export interface HttpDeps {
  fetch: typeof fetch;
  /** Waits between retries; tests pass one that returns at once and records the delays. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RetryPolicy {
  /** Further attempts after the first one. */
  retries: number;
  timeoutMs: number;
  baseDelayMs: number;
  /** Longest pause between attempts; a Retry-After beyond it ends the retries at once. */
  maxDelayMs: number;
}

export const DEFAULT_POLICY: RetryPolicy = {retries: 4, timeoutMs: 60_000, baseDelayMs: 1_000, maxDelayMs: 30_000};

export interface HttpFailure {
  status: number;
  body: unknown;
  /** The provider's own explanation, from whichever field its error body uses. */
  message: string;
}

export interface JsonPost {
  /** Product name for messages, such as "DeepL". */
  service: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  classify: (failure: HttpFailure) => TranslationError;
}

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, {once: true});
  });
}

export function defaultHttpDeps(): HttpDeps {
  return {fetch: globalThis.fetch.bind(globalThis), sleep: defaultSleep};
}

/** POSTs `post.body` as JSON and resolves to the parsed JSON of a 2xx answer. */
export async function postJson(
  post: JsonPost,
  deps: HttpDeps,
  policy: RetryPolicy,
  signal?: AbortSignal,
): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptPost(post, deps, policy, signal);
    if ('body' in outcome) return outcome.body;
    const {error, retryAfterMs} = outcome;
    if (!isRetryable(error)) throw error;
    if (attempt >= policy.retries) throw attempt > 0 ? withAttempts(error, attempt + 1) : error;
    const delay = retryAfterMs ?? Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    if (delay > policy.maxDelayMs) {
      throw new TranslationError(
        error.code,
        `${error.message} The service asks to wait ${Math.ceil(delay / 1000)} s before trying again.`,
        {
          status: error.status ?? undefined,
        },
      );
    }
    await deps.sleep(delay, signal);
    if (signal?.aborted) throw signal.reason;
  }
}

type Outcome = {body: unknown} | {error: TranslationError; retryAfterMs: number | null};

async function attemptPost(
  post: JsonPost,
  deps: HttpDeps,
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
): Promise<Outcome> {
  const timeout = AbortSignal.timeout(policy.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let status: number;
  let text: string;
  let retryAfter: string | null;
  try {
    const response = await deps.fetch(post.url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', Accept: 'application/json', ...post.headers},
      body: JSON.stringify(post.body),
      signal: combined,
    });
    status = response.status;
    retryAfter = response.headers.get('retry-after');
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    const error = timeout.aborted
      ? new TranslationError('timeout', `${post.service} did not answer within ${policy.timeoutMs / 1000} s.`, {cause})
      : new TranslationError(
          'unavailable',
          `${post.service} could not be reached at ${originOf(post.url)} (${networkReason(cause)}).`,
          {cause},
        );
    return {error, retryAfterMs: null};
  }
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    if (body !== undefined) return {body};
    const error = new TranslationError(
      'badResponse',
      `${post.service} answered with something other than JSON: ${snippet(text)}`,
      {status},
    );
    return {error, retryAfterMs: null};
  }
  return {
    error: post.classify({status, body, message: providerMessage(body, text)}),
    retryAfterMs: parseRetryAfter(retryAfter),
  };
}

function withAttempts(error: TranslationError, attempts: number): TranslationError {
  return new TranslationError(error.code, `${error.message} (gave up after ${attempts} attempts)`, {
    status: error.status ?? undefined,
    cause: error.cause,
  });
}

/** HTTP failures every provider treats alike: throttling and server-side trouble. */
export function classifyCommon(service: string, failure: HttpFailure): TranslationError | null {
  const {status, message} = failure;
  const detail = message ? `: ${message}` : '.';
  if (status === 429 || status === 529) {
    return new TranslationError('rateLimited', `${service} is receiving too many requests (HTTP ${status})${detail}`, {
      status,
    });
  }
  if (status >= 500)
    return new TranslationError('unavailable', `${service} had a server error (HTTP ${status})${detail}`, {status});
  return null;
}

export function providerMessage(body: unknown, text: string): string {
  if (isRecord(body)) {
    const error = body.error;
    if (typeof error === 'string') return error;
    if (isRecord(error) && typeof error.message === 'string') return error.message;
    if (typeof body.message === 'string') return body.message;
    if (typeof body.detail === 'string') return body.detail;
  }
  return snippet(text);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // the caller reports non-JSON bodies with a snippet of the text
  }
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return null;
  return Math.round(Number(value) * 1000);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (isRecord(cause) && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
