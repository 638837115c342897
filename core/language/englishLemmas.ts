// English inflection undone for dictionary lookups from English: countries → country, went → go.

const IRREGULAR: Record<string, string> = {
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  been: 'be',
  am: 'be',
  has: 'have',
  had: 'have',
  did: 'do',
  does: 'do',
  went: 'go',
  gone: 'go',
  said: 'say',
  made: 'make',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  came: 'come',
  saw: 'see',
  seen: 'see',
  knew: 'know',
  known: 'know',
  got: 'get',
  thought: 'think',
  told: 'tell',
  found: 'find',
  left: 'leave',
  felt: 'feel',
  brought: 'bring',
  bought: 'buy',
  held: 'hold',
  met: 'meet',
  ran: 'run',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  sent: 'send',
  built: 'build',
  kept: 'keep',
  children: 'child',
  men: 'man',
  women: 'woman',
  people: 'person',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  better: 'good',
  best: 'good',
  worse: 'bad',
  worst: 'bad',
  began: 'begin',
  begun: 'begin',
  became: 'become',
};

/** English word → candidate lemmas, most likely first (countries → country, used → use, stopped → stop). */
export function englishLemmas(word: string): {lemma: string; suffix: string}[] {
  const w = word.toLowerCase();
  const out: {lemma: string; suffix: string}[] = [{lemma: w, suffix: ''}];
  const add = (lemma: string, suffix: string) => {
    if (lemma.length >= 2 && !out.some((o) => o.lemma === lemma)) out.push({lemma, suffix});
  };
  if (IRREGULAR[w]) add(IRREGULAR[w], '');
  const undouble = (s: string) => (/([^aeiouls])\1$/.test(s) ? s.slice(0, -1) : s);
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`, '-s');
  if (w.endsWith('es')) {
    add(w.slice(0, -1), '-s');
    add(w.slice(0, -2), '-s');
  }
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1), '-s');
  if (w.endsWith('ied')) add(`${w.slice(0, -3)}y`, '-ed');
  if (w.endsWith('ed')) {
    add(w.slice(0, -1), '-ed');
    add(w.slice(0, -2), '-ed');
    add(undouble(w.slice(0, -2)), '-ed');
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3), '-ing');
    add(`${w.slice(0, -3)}e`, '-ing');
    add(undouble(w.slice(0, -3)), '-ing');
  }
  if (w.endsWith('ly')) {
    add(w.slice(0, -2), '-ly');
    if (w.endsWith('ily')) add(`${w.slice(0, -3)}y`, '-ly');
    // gently → gentle, possibly → possible; basically → basic. (Not -ply: supply is not supple.)
    if (/(bly|[^aeiou]tly)$/.test(w)) add(`${w.slice(0, -1)}e`, '-ly');
    if (w.endsWith('ically')) add(w.slice(0, -4), '-ly');
  }
  return out;
}
