// Runs once when a Next server process starts: its console output becomes JSON lines, it starts
// watching whether PostgreSQL answers, and the draft worker resumes any queued machine drafts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const {PHASE_PRODUCTION_BUILD} = await import('next/constants');
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  // `next dev` keeps its readable output.
  if (process.env.NODE_ENV === 'production') {
    const {routeConsoleToLog} = await import('./server/platform/consoleLog');
    routeConsoleToLog();
  }
  if (process.env.DATABASE_URL) {
    const {watchDatabase} = await import('./server/platform/databaseWatch');
    watchDatabase(process.env.DATABASE_URL);
  }
  const {startWorkers} = await import('./server/platform/workers');
  await startWorkers();
}
