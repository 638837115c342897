// Types of server/platform/cacheHandler.mjs (JavaScript because Next imports it at run time, outside the build).
// Values and contexts are Next's (next/dist/server/lib/incremental-cache); typed loosely here
// because Next declares their kinds as const enums, which a test cannot spell as plain strings.

export function encodeValue(value: unknown): string;
export function decodeValue(text: string): unknown;

export interface CachedEntry {
  lastModified: number;
  value: unknown;
  cacheControl?: {revalidate: number | false; expire?: number};
}

export interface PostgresCacheHandlerClass {
  new (): {
    get(key: string, ctx?: unknown): Promise<CachedEntry | null>;
    set(key: string, data: unknown, ctx?: unknown): Promise<void>;
    revalidateTag(tags: string | string[]): Promise<void>;
    resetRequestCache(): void;
  };
  close(): Promise<void>;
}

export function createPostgresCacheHandler(options: {
  connectionString: string | undefined;
  memoryBytes?: number;
  poolSize?: number;
}): PostgresCacheHandlerClass;

declare const PostgresCacheHandler: PostgresCacheHandlerClass;
export default PostgresCacheHandler;
