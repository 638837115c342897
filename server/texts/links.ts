// Alignment links as computed (runs of indices) turned into links as stored (paragraph ranges).
import type {LinkState, ScoredRun} from '../../core/vocabulary';

/** Runs tile both versions in order, so an empty side starts where the next paragraph would. */
export function runsToRanges(runs: ScoredRun[]): LinkState[] {
  let idNext = 0;
  let enNext = 0;
  return runs.map((run) => {
    const idStart = run.id.length ? run.id[0] : idNext;
    const enStart = run.en.length ? run.en[0] : enNext;
    idNext = idStart + run.id.length;
    enNext = enStart + run.en.length;
    return {idStart, idEnd: idNext, enStart, enEnd: enNext, score: run.score, status: run.status ?? 'automatic'};
  });
}
