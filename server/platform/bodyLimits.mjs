// How large a request body may be, by path: scripts/cli/serve.mjs counts bodies as they stream in and
// proxy.ts answers the same under `next dev`. The import form takes two book files of up to 30 MB
// (core/book/parseBook.ts MAX_BOOK_BYTES) besides pasted text and a TMX file; every other page's
// actions stay at 10 MB, and next.config.js's serverActions.bodySizeLimit is the largest of these.

export const authBodyLimit = 64 * 1024;
export const bodyLimit = 10 * 1024 * 1024;
export const importBodyLimit = 72 * 1024 * 1024;

const importPage = /^\/[a-z]{2}\/editor\/import\/?(?:\?.*)?$/;

/** @param {string} url the request's path and query */
export function bodyLimitFor(url) {
  if (url.startsWith('/api/auth/')) return authBodyLimit;
  return importPage.test(url) ? importBodyLimit : bodyLimit;
}

/** @param {number} limit */
export function describeLimit(limit) {
  return limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit / 1024} KB`;
}
