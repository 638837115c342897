// Whether PostgreSQL answers, as server/platform/databaseWatch.ts last saw it. While it does not, proxy.ts
// answers 503 with a message for the pages and actions that need it, at once, instead of letting
// each request fail with a 500 after a connection attempt of its own. Kept on globalThis because
// proxy.ts and the routes are bundled separately but run in the same Node process. No imports:
// proxy.ts bundles this file.

export interface DatabaseOutage {
  since: number;
  error: string;
}

const state = globalThis as typeof globalThis & {selarasDatabaseOutage?: DatabaseOutage | null};

export function databaseOutage(): DatabaseOutage | null {
  return state.selarasDatabaseOutage ?? null;
}

export function setDatabaseOutage(outage: DatabaseOutage | null): void {
  state.selarasDatabaseOutage = outage;
}

/**
 * Pages and actions that cannot answer without the database. The library and the reader are
 * served from the page cache, which keeps serving the pages an instance holds during an outage
 * (server/platform/cacheHandler.mjs); everything else reads or writes per request (search, vocabulary,
 * review, the editor, accounts), and so does every server action.
 */
export function needsDatabase(pathname: string, isAction: boolean): boolean {
  if (isAction) return true;
  // Paths without a locale only redirect to one.
  if (!/^\/(en|id)(\/|$)/.test(pathname)) return false;
  return !/^\/(en|id)(\/read\/[^/]+)?\/?$/.test(pathname);
}
