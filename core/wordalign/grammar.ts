// Links for words that carry grammar: an affix takes the English word it stands for when that word
// stands beside the affixed word's translation (payungmu → your umbrella, kubilang → I've told);
// a demonstrative that follows its noun (pulau itu) takes the article or demonstrative before that
// noun's translation (the islands); an English article, preposition or auxiliary that nothing claimed
// leans on the Indonesian content word of what it introduces (the conventions' "possible" links: the →
// the noun's word, has → the verb's).
import {type LinkSet, STRIDE} from './aligner';
import type {EnToken, IdToken} from './evidence';
import {ENGLISH_GRAMMAR, ENGLISH_PRONOUNS, isIndonesianGrammar} from './functionWords';

const AFFIX_CONFIDENCE = 0.6;
const LEAN_CONFIDENCE = 0.3;
const WINDOW = 3;
const NOUN_INTRODUCERS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'from', 'for', 'by', 'into', 'about']);
// Between an auxiliary and its verb: subjects of questions and adverbs (are you getting, is still far),
// passed over whatever they are aligned to.
const SKIPPED_BEFORE_VERB = new Set(
  'i you he she it we they still also not already only just very never always ever really'.split(' '),
);
const DEMONSTRATIVES = new Set(['itu', 'ini', 'tersebut']);

function partnersOf(links: LinkSet, side: 'id' | 'en'): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const key of links.keys()) {
    const from = side === 'id' ? Math.floor(key / STRIDE) : key % STRIDE;
    const to = side === 'id' ? key % STRIDE : Math.floor(key / STRIDE);
    const list = out.get(from);
    if (list) list.push(to);
    else out.set(from, [to]);
  }
  return out;
}

export function attachAffixWords(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const byEnglish = partnersOf(links, 'en');
  const byId = partnersOf(links, 'id');
  for (let i = 0; i < id.length; i++) {
    const words = id[i]!.affixWords;
    if (words.length === 0) continue;
    // A grammatical word with a clitic (kepadaku) has no partner of its own: its neighbours place it.
    const js = byId.get(i) ?? [...(byId.get(i - 1) ?? []), ...(byId.get(i + 1) ?? [])];
    if (js.length === 0) continue;
    const lo = Math.max(0, Math.min(...js) - WINDOW);
    const hi = Math.min(en.length - 1, Math.max(...js) + 1);
    // The affix's renderings in order of preference (-mu: your before you).
    const found = words
      .map((w) => {
        // A contraction (I've, she'll) renders two words: the clitic's pronoun may join a word already there.
        for (let j = lo; j <= hi; j++)
          if ((!byEnglish.has(j) || en[j]!.lower.includes("'")) && en[j]!.lemmas.includes(w)) return j;
        return -1;
      })
      .find((j) => j >= 0);
    if (found !== undefined) {
      links.set(i * STRIDE + found, AFFIX_CONFIDENCE);
      byEnglish.set(found, [i]);
    }
  }
}

export function placeDemonstratives(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const byId = partnersOf(links, 'id');
  const byEnglish = partnersOf(links, 'en');
  for (let i = 1; i < id.length; i++) {
    if (!DEMONSTRATIVES.has(id[i]!.lower)) continue;
    const current = byId.get(i) ?? [];
    // The noun phrase the demonstrative closes: up to three words before it, nearest first (kardus-kardus
    // itu → those boxes, not "help me" before a verb), and the article or demonstrative before their
    // English partners.
    const heads: number[] = [];
    let best = -1;
    for (let k = i - 1; k >= Math.max(0, i - 3) && best < 0; k--) {
      if (isIndonesianGrammar(id[k]!.lower)) continue;
      const partners = byId.get(k) ?? [];
      if (partners.length === 0) continue;
      heads.push(...partners);
      const first = Math.min(...heads);
      for (let j = first - 1; j >= Math.max(0, first - 3); j--) {
        if (en[j]!.lemmas.some((l) => id[i]!.grammar.has(l)) && (!byEnglish.has(j) || current.includes(j))) {
          best = j;
          break;
        }
      }
    }
    if (best < 0) continue;
    for (const j of current) if (j !== best && en[j]!.kind === 'word') links.delete(i * STRIDE + j);
    links.set(i * STRIDE + best, links.get(i * STRIDE + best) ?? AFFIX_CONFIDENCE);
  }
}

// Left alone, since they lean on the right word less often than they mislead: "the"; the genitive "of"
// (the head of its complement is often not the next noun's word: a cup of tea, the end of the day); and
// the perfect auxiliaries, which telah/sudah take when the Indonesian marks the perfect at all.
const NOT_LEANING = new Set(['the', 'of', 'had', 'have', 'has']);

export function attachGrammarWords(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const byEnglish = partnersOf(links, 'en');
  // Only content words carry a phrase: "in" leaning on a word linked to di would say nothing.
  const heads = (k: number) => (byEnglish.get(k) ?? []).filter((i) => !isIndonesianGrammar(id[i]!.lower));
  for (let j = 0; j < en.length; j++) {
    const word = en[j]!.lower;
    if (byEnglish.has(j) || !ENGLISH_GRAMMAR.has(word) || NOT_LEANING.has(word)) continue;
    const nominal = NOUN_INTRODUCERS.has(word);
    let k = j + 1;
    while (
      k < en.length &&
      k <= j + WINDOW &&
      ((ENGLISH_GRAMMAR.has(en[k]!.lower) && heads(k).length === 0) ||
        // A subject or adverb between an auxiliary and its verb is passed over even when aligned:
        // "are you only getting home" leans "are" on getting, not on only.
        (!nominal && SKIPPED_BEFORE_VERB.has(en[k]!.lower)))
    )
      k++;
    if (k >= en.length || en[k]!.kind !== 'word' || heads(k).length === 0) continue;
    // An article or preposition belongs to the head of its noun phrase, the last of a run of content
    // words (the naked eye → eye); an auxiliary or "to" to the verb right after it.
    if (nominal)
      while (
        k + 1 < en.length &&
        k + 1 <= j + WINDOW + 1 &&
        en[k + 1]!.kind === 'word' &&
        !ENGLISH_GRAMMAR.has(en[k + 1]!.lower) &&
        heads(k + 1).length > 0
      )
        k++;
    for (const i of heads(k)) links.set(i * STRIDE + j, LEAN_CONFIDENCE);
  }
}

// "Lebih sepi" is "quieter", "paling ramai" "busiest": the degree word shares the English word its
// adjective took when English marks the degree with a suffix rather than with more or most.
const DEGREE_SUFFIX: Readonly<Record<string, RegExp>> = {lebih: /..(er|ier)$/, paling: /..(est|iest)$/};
// Comparatives and superlatives without the suffix: lebih baik ↔ better, paling banyak ↔ most.
const IRREGULAR_DEGREE: Readonly<Record<string, ReadonlySet<string>>> = {
  lebih: new Set(['better', 'worse', 'more', 'less', 'fewer', 'further', 'farther', 'elder']),
  paling: new Set(['best', 'worst', 'most', 'least', 'fewest', 'furthest', 'farthest', 'eldest']),
};
// Quantities whose comparative is a word of its own (lebih banyak ↔ more, paling sedikit ↔ least).
const QUANTITIES = new Set(['banyak', 'sedikit']);

export function attachDegreeWords(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  if (!id.some((t) => Object.hasOwn(DEGREE_SUFFIX, t.lower))) return;
  const byId = partnersOf(links, 'id');
  for (let i = 0; i + 1 < id.length; i++) {
    const degree = id[i]!.lower;
    const suffix = DEGREE_SUFFIX[degree];
    if (!suffix) continue;
    const irregular = IRREGULAR_DEGREE[degree]!;
    for (const j of byId.get(i + 1) ?? [])
      if (irregular.has(en[j]!.lower) || (suffix.test(en[j]!.lower) && en[j]!.lemmas.some((l) => l !== en[j]!.lower)))
        links.set(i * STRIDE + j, links.get((i + 1) * STRIDE + j)!);
    // lebih = more, and banyak, left alone, is the same "more".
    if (QUANTITIES.has(id[i + 1]!.lower) && !byId.has(i + 1))
      for (const j of byId.get(i) ?? [])
        if (irregular.has(en[j]!.lower)) links.set((i + 1) * STRIDE + j, links.get(i * STRIDE + j)!);
    if (degree === 'paling') superlativeDeterminers(i, en, links);
  }
}

const SUPERLATIVE_DETERMINERS = new Set('the its his her their our my your'.split(' '));

/** paling ramai ↔ at its busiest, paling banyak ↔ the most: the superlative's determiner (and a
 * preposition before it) belongs to both words, as the guidelines link a superlative phrase. */
function superlativeDeterminers(i: number, en: readonly EnToken[], links: LinkSet) {
  const byEnglish = partnersOf(links, 'en');
  const shared = [...(partnersOf(links, 'id').get(i) ?? [])].filter((j) => byEnglish.get(j)?.includes(i + 1));
  if (shared.length === 0) return;
  let j = Math.min(...shared) - 1;
  const confidence = links.get(i * STRIDE + j + 1)!;
  if (j < 0 || byEnglish.has(j) || !SUPERLATIVE_DETERMINERS.has(en[j]!.lower)) return;
  for (; j >= 0 && !byEnglish.has(j); j--) {
    const word = en[j]!.lower;
    if (!SUPERLATIVE_DETERMINERS.has(word) && word !== 'at') break;
    links.set(i * STRIDE + j, confidence);
    links.set((i + 1) * STRIDE + j, confidence);
  }
}

const INDONESIAN_PRONOUNS = new Set([
  'saya',
  'aku',
  'kami',
  'kita',
  'kamu',
  'anda',
  'engkau',
  'kau',
  'dia',
  'ia',
  'mereka',
]);

/**
 * An Indonesian personal pronoun renders one English pronoun: when the symmetrisation gave it several
 * (Dia … She … her tears), it keeps the one nearest its own place in the sentence, and the others are
 * left for the clitics and verbs that stand for them (matanya: her).
 */
export function onePronounEach(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const byId = partnersOf(links, 'id');
  const I = id.length;
  const J = en.length;
  for (const [i, js] of byId) {
    if (!INDONESIAN_PRONOUNS.has(id[i]!.lower)) continue;
    // A contraction (you'd, I'm) is its pronoun here.
    const pronouns = js.filter((j) => ENGLISH_PRONOUNS.has(en[j]!.lower.replace(/['’].*$/, '')));
    if (pronouns.length < 2) continue;
    const offset = (j: number) => Math.abs((i + 0.5) / I - (j + 0.5) / J);
    const keep = pronouns.reduce((a, b) => (offset(b) < offset(a) ? b : a));
    for (const j of pronouns) if (j !== keep) links.delete(i * STRIDE + j);
  }
}

// Adverbial particles of English phrasal verbs (put away, break down, sweep through).
const PARTICLES = new Set('away up down out off back over around apart aside along through'.split(' '));
// A verb placed on weaker evidence (a gap filled by position) does not pull its particle.
const FIRM_VERB = 0.5;

/** An unaligned particle after an aligned verb (one word, a pronoun, may stand between: put it away)
 * belongs to that verb's Indonesian word: membereskan ↔ put away. */
export function attachParticles(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const byEnglish = partnersOf(links, 'en');
  for (let j = 1; j < en.length; j++) {
    if (byEnglish.has(j) || !PARTICLES.has(en[j]!.lower)) continue;
    let k = j - 1;
    if (ENGLISH_PRONOUNS.has(en[k]!.lower) && !byEnglish.has(k)) k--;
    if (k < 0 || en[k]!.kind !== 'word' || en[k]!.grammar) continue;
    const heads = (byEnglish.get(k) ?? []).filter(
      (i) => !isIndonesianGrammar(id[i]!.lower) && links.get(i * STRIDE + k)! >= FIRM_VERB,
    );
    for (const i of heads) links.set(i * STRIDE + j, LEAN_CONFIDENCE);
  }
}
