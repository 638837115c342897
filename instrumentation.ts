// Runs once when a Next server process starts: the draft worker resumes any queued machine drafts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const {PHASE_PRODUCTION_BUILD} = await import('next/constants');
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const {startWorkers} = await import('./server/jobs');
  await startWorkers();
}
