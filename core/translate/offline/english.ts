// Just enough English inflection for the offline draft: plurals, past participles, comparatives,
// a/an, and a guess at whether a gloss is an adjective (which decides word order).

const IRREGULAR_PLURALS: Record<string, string> = {
  man: 'men',
  woman: 'women',
  child: 'children',
  person: 'people',
  foot: 'feet',
  tooth: 'teeth',
  mouse: 'mice',
  life: 'lives',
  wife: 'wives',
  knife: 'knives',
  leaf: 'leaves',
  half: 'halves',
  crisis: 'crises',
  analysis: 'analyses',
};
// Nouns that do not take -s in English (or are plural already).
const UNCOUNTED = new Set([
  'people',
  'troops',
  'forces',
  'police',
  'information',
  'news',
  'equipment',
  'software',
  'hardware',
  'data',
  'advice',
  'research',
  'evidence',
  'furniture',
  'rice',
  'water',
  'money',
  'staff',
  'personnel',
  'cattle',
  'fish',
  'sheep',
  'series',
]);

export function pluralize(phrase: string): string {
  const words = phrase.split(' ');
  const last = words[words.length - 1];
  const lower = last.toLowerCase();
  let plural: string;
  // Already plural (sides, talks), uncountable, or not a plain word.
  const alreadyPlural = /[^su]s$/.test(lower) && !/(ss|us|is)$/.test(lower) && words.length > 1;
  if (UNCOUNTED.has(lower) || alreadyPlural || /(ness|ics|ship)$/.test(lower) || !/^[a-z]+$/i.test(last)) plural = last;
  else if (IRREGULAR_PLURALS[lower]) plural = IRREGULAR_PLURALS[lower];
  else if (/(s|x|z|ch|sh)$/.test(lower)) plural = `${last}es`;
  else if (/[^aeiou]y$/.test(lower)) plural = `${last.slice(0, -1)}ies`;
  else plural = `${last}s`;
  return [...words.slice(0, -1), plural].join(' ');
}

const IRREGULAR_PARTICIPLES: Record<string, string> = {
  be: 'been',
  have: 'had',
  do: 'done',
  go: 'gone',
  say: 'said',
  make: 'made',
  take: 'taken',
  give: 'given',
  come: 'come',
  see: 'seen',
  know: 'known',
  get: 'got',
  think: 'thought',
  tell: 'told',
  find: 'found',
  leave: 'left',
  feel: 'felt',
  bring: 'brought',
  buy: 'bought',
  hold: 'held',
  meet: 'met',
  run: 'run',
  write: 'written',
  speak: 'spoken',
  send: 'sent',
  build: 'built',
  keep: 'kept',
  begin: 'begun',
  become: 'become',
  show: 'shown',
  hear: 'heard',
  let: 'let',
  put: 'put',
  set: 'set',
  read: 'read',
  lose: 'lost',
  pay: 'paid',
  sell: 'sold',
  stand: 'stood',
  understand: 'understood',
  win: 'won',
  choose: 'chosen',
  break: 'broken',
  fall: 'fallen',
  forget: 'forgotten',
  hide: 'hidden',
  lead: 'led',
  lay: 'laid',
  spend: 'spent',
  teach: 'taught',
  catch: 'caught',
  fight: 'fought',
  seek: 'sought',
  throw: 'thrown',
  draw: 'drawn',
  drive: 'driven',
  eat: 'eaten',
  grow: 'grown',
  rise: 'risen',
  shut: 'shut',
  cut: 'cut',
  hit: 'hit',
  sit: 'sat',
  sleep: 'slept',
  weave: 'woven',
  bear: 'borne',
  wear: 'worn',
  tear: 'torn',
  swear: 'sworn',
  steal: 'stolen',
};

const PARTICIPLES = new Set(Object.values(IRREGULAR_PARTICIPLES));

/** "note" → "noting", "stop" → "stopping", "die" → "dying"; phrases inflect their first word. */
export function gerund(phrase: string): string {
  const [verb, ...rest] = phrase.split(' ');
  const lower = verb.toLowerCase();
  let form: string;
  if (/ing$/.test(lower) || !/^[a-z]+$/.test(lower)) form = verb;
  else if (/ie$/.test(lower)) form = `${verb.slice(0, -2)}ying`;
  else if (/[^aeiou]e$/.test(lower) && lower !== 'be') form = `${verb.slice(0, -1)}ing`;
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lower)) form = `${verb}${verb.slice(-1)}ing`;
  else form = `${verb}ing`;
  return [form, ...rest].join(' ');
}

/** "send" → "sent", "use" → "used", "stop" → "stopped"; phrases inflect their first word. */
export function pastParticiple(phrase: string): string {
  const [verb, ...rest] = phrase.split(' ');
  const lower = verb.toLowerCase();
  let form: string;
  if (IRREGULAR_PARTICIPLES[lower]) form = IRREGULAR_PARTICIPLES[lower];
  else if (PARTICIPLES.has(lower) || /ed$/.test(lower) || !/^[a-z]+$/.test(lower)) form = verb;
  else if (/e$/.test(lower)) form = `${verb}d`;
  else if (/[^aeiou]y$/.test(lower)) form = `${verb.slice(0, -1)}ied`;
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lower))
    form = `${verb}${verb.slice(-1)}ed`; // stop → stopped
  else form = `${verb}ed`;
  return [form, ...rest].join(' ');
}

const IRREGULAR_COMPARATIVES: Record<string, string> = {
  good: 'better',
  bad: 'worse',
  far: 'farther',
  much: 'more',
  many: 'more',
  little: 'less',
};

export function comparative(adjective: string): string {
  const lower = adjective.toLowerCase();
  if (IRREGULAR_COMPARATIVES[lower]) return IRREGULAR_COMPARATIVES[lower];
  if (adjective.includes(' ') || syllableCount(lower) > 2 || (syllableCount(lower) === 2 && !/y$/.test(lower)))
    return `more ${adjective}`;
  if (/e$/.test(lower)) return `${adjective}r`;
  if (/[^aeiou]y$/.test(lower)) return `${adjective.slice(0, -1)}ier`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lower)) return `${adjective}${adjective.slice(-1)}er`; // big → bigger
  return `${adjective}er`;
}

export function superlative(adjective: string): string {
  const more = comparative(adjective);
  if (more.startsWith('more ')) return `most ${adjective}`;
  if (more === 'better') return 'best';
  if (more === 'worse') return 'worst';
  return more.replace(/er$/, 'est');
}

function syllableCount(word: string): number {
  return word.replace(/e$/, '').match(/[aeiouy]+/g)?.length ?? 1;
}

/** "a" or "an" for the word that follows. */
export function indefiniteArticle(next: string): 'a' | 'an' {
  const w = next.toLowerCase();
  if (/^(uni|use|usu|eu|one|once)/.test(w)) return 'a';
  if (/^(hour|honest|honou?r|heir)/.test(w) || /^[aeiou]/.test(w)) return 'an';
  return 'a';
}

const COMMON_ADJECTIVES = new Set(
  (
    'big small large great little long short high low tall new old young good bad best better main major minor strong weak ' +
    'clear rare common same different other whole full empty easy hard difficult simple special important possible ' +
    'impossible free open closed close near far early late hot cold warm cool dark light bright heavy fast slow quick ' +
    'rich poor happy sad angry afraid sick healthy safe dangerous beautiful ugly clean dirty true false real right wrong ' +
    'wide narrow deep thick thin soft loud quiet busy ready sure certain various several public private ' +
    'local national foreign domestic military political economic social peaceful senior junior top entire ' +
    'current recent previous next last final first second third only single double visual blind deaf deep black white red ' +
    'green blue yellow brown grey gray global unlimited limited available default normal usual whole serious certain ' +
    'worried concerned aware able unable active correct complete basic general specific additional automatic manual ' +
    'consistent different important significant constant relevant efficient apparent independent urgent present absent ' +
    'recent silent violent evident excellent distant frequent permanent brilliant elegant pleasant vacant ' +
    'public basic automatic electric electronic graphic dynamic static specific economic strategic democratic historic ' +
    'military necessary primary secondary temporary ordinary contrary voluntary arbitrary'
  ).split(' '),
);

/** A guess from the gloss alone; the Indonesian side tags the frequent words explicitly. */
export function isEnglishAdjective(gloss: string): boolean {
  const w = gloss.toLowerCase();
  if (w.includes(' ')) return false;
  // -ent, -ant, -ic and -ary make as many nouns (agent, topic, library) as adjectives, so those are listed instead.
  return COMMON_ADJECTIVES.has(w) || /(ive|ous|ful|less|able|ible|ical|ial|ional|ual|ular)$/.test(w);
}

/** "quick" → "quickly", "easy" → "easily", "automatic" → "automatically". */
export function adverb(adjective: string): string {
  if (adjective.includes(' ')) return adjective;
  const irregular: Record<string, string> = {
    fast: 'quickly',
    good: 'well',
    hard: 'hard',
    late: 'late',
    early: 'early',
    daily: 'daily',
  };
  if (irregular[adjective]) return irregular[adjective];
  if (/ly$/.test(adjective)) return adjective;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  if (/[^aeiou]le$/.test(adjective)) return `${adjective.slice(0, -1)}y`;
  if (/ic$/.test(adjective)) return `${adjective}ally`;
  return `${adjective}ly`;
}

export function capitalize(text: string): string {
  return text.replace(/^(\W*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}
