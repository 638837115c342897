// Alignment links as stored (paragraph ranges) and as computed (runs of indices).

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

export function rangesToRuns(links: LinkState[]): ScoredRun[] {
  const range = (a: number, b: number) => Array.from({length: b - a}, (_, i) => a + i);
  return links.map((l) => ({
    id: range(l.idStart, l.idEnd),
    en: range(l.enStart, l.enEnd),
    score: l.score,
    status: l.status,
  }));
}
