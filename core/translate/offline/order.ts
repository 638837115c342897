// The word-order half of the Indonesian → English draft. Indonesian noun phrases are head-first
// (tentara Korea Utara, konten menarik lainnya, kegiatan-kegiatan ini); English puts determiners,
// possessors, adjectives and noun modifiers before the head. Smaller rules fix what depends on the
// neighbours: plurals after numbers and quantifiers, "untuk" + verb → "to", "telah" + verb → "has"
// + participle, "kata Liu" → "Liu said", pronoun case.
import type {Piece, Unit} from './units';
import {PLURAL_GLOSSES} from './words';
import {
  adverb,
  capitalize,
  comparative,
  gerund,
  indefiniteArticle,
  pastParticiple,
  pluralize,
  superlative,
} from './english';

type Segment = Unit[];

const MAX_MODIFIERS = 3;
const DEGREE = new Set(['lebih', 'paling', 'sangat', 'amat', 'cukup', 'terlalu', 'agak']);
const MODALS = new Set([
  'dapat',
  'bisa',
  'harus',
  'akan',
  'perlu',
  'boleh',
  'mungkin',
  'wajib',
  'tidak dapat',
  'tidak bisa',
  'tidak akan',
  'tidak boleh',
  'tidak perlu',
]);
const SAY = new Set(['kata', 'ujar', 'ucap', 'tutur']);
const PERSONS =
  /\b(people|official|spokesperson|expert|minister|president|user|citizens|diplomat|ambassador|partner|leader|person|man|woman|child|children|student|teacher|troops|soldier|police)s?$/;
const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'I']);
// Verbs followed by a to-infinitive: mencoba membatasi → try to limit.
const CATENATIVE = new Set([
  'try',
  'seek',
  'want',
  'begin',
  'start',
  'continue',
  'decide',
  'plan',
  'hope',
  'refuse',
  'agree',
  'need',
  'prepare',
  'attempt',
  'help',
  'ask',
  'urge',
  'allow',
  'fail',
  'promise',
]);

export function renderDraft(pieces: Piece[]): string {
  const out: string[] = [];
  let segment: Segment = [];
  let previous: Unit | undefined; // the last unit of the segment before, across punctuation
  const flush = () => {
    if (segment.length === 0) return;
    const rendered = applyRules(collapseNounPhrases(segment.map((u) => ({...u}))), previous);
    out.push(renderSegment(rendered, segment[0].sentenceStart && segment[0].capitalized));
    previous = rendered[rendered.length - 1];
    segment = [];
  };
  pieces.forEach((piece, k) => {
    if ('unit' in piece) segment.push(piece.unit);
    else if (/^\s+$/.test(piece.glue) && segment.length > 0 && k + 1 < pieces.length && 'unit' in pieces[k + 1]) return;
    else {
      flush();
      out.push(piece.glue);
    }
  });
  flush();
  return out
    .join('')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

function renderSegment(seq: Unit[], capitalizeFirst: boolean): string {
  const words = seq
    .map((u, k) => (u.tag === 'ART' && u.en === 'a' ? indefiniteArticle(firstWord(seq, k + 1)) : u.en))
    .filter((w) => w !== '');
  const text = words.join(' ');
  return capitalizeFirst ? capitalize(text) : text;
}

function firstWord(seq: Unit[], from: number): string {
  return seq.slice(from).find((u) => u.en !== '')?.en ?? '';
}

function isPluralizer(u: Unit | undefined): boolean {
  if (!u) return false;
  if (u.tag === 'QUANT') return !['setiap', 'tiap', 'masing-masing', 'sebagian'].includes(u.id);
  return u.tag === 'NUM' && (u.value ?? 0) > 1;
}

// Collects each noun with its following modifiers into one unit whose English is in English order.
function collapseNounPhrases(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const head = units[i];
    if (head.tag !== 'N' || head.calendar) {
      out.push(head);
      continue;
    }
    const adjectives: string[] = [];
    const places: string[] = [];
    const nouns: string[] = [];
    let possessor = head.possessor;
    let determiner: Unit | undefined;
    let words = head.words;
    let modifiers = 0;
    let j = i + 1;
    for (; j < units.length && modifiers < MAX_MODIFIERS; j++) {
      const m = units[j];
      if (m.sentenceStart) break;
      if (m.tag === 'ADJ') adjectives.unshift(m.en);
      else if (m.tag === 'N' && !m.calendar && !m.possessor) nouns.unshift(m.plural ? pluralize(m.en) : m.en);
      else if (m.tag === 'PLACE' && m.place) {
        if (m.place.adjective === '*') {
          if (possessor) break;
          possessor = `${m.place.en}'s`;
        } else places.unshift(m.place.adjective);
      } else if (m.tag === 'PRON' && m.pronoun && !possessor && !isVerbLike(units[j + 1])) possessor = m.pronoun[2];
      else if (m.id === 'yang' && relativeAdjective(units, j + 1)) {
        const end = relativeAdjective(units, j + 1)!;
        adjectives.unshift(adjectivePhrase(units.slice(j + 1, end)));
        words += units.slice(j, end).reduce((n, u) => n + u.words, 0);
        j = end - 1;
        modifiers++;
        continue;
      } else if (m.tag === 'DET') {
        determiner = m;
        words += m.words;
        j++;
        break;
      } else break;
      words += m.words;
      modifiers++;
    }
    const plural =
      head.plural || isPluralizer(out[out.length - 1]) || PLURAL_GLOSSES.has(head.en) || /^both /.test(head.en);
    const noun = plural && !PLURAL_GLOSSES.has(head.en) ? pluralize(head.en) : head.en;
    const det = determiner ? demonstrative(determiner, plural) : '';
    // bahaya situasi ini: the determiner belongs to the modifying noun → "the danger of this situation".
    const en =
      det && nouns.length > 0
        ? [possessor ?? '', ...adjectives, ...places, noun, 'of', demonstrative(determiner!, false), ...nouns]
            .filter(Boolean)
            .join(' ')
        : [det, possessor ?? '', ...adjectives, ...places, ...nouns, noun].filter(Boolean).join(' ');
    out.push({...head, en, words, plural, possessor: undefined});
    i = j - 1;
  }
  return out;
}

function isVerbLike(u: Unit | undefined): boolean {
  return !!u && (u.tag === 'V' || u.tag === 'AUX' || u.tag === 'NEG');
}

// "yang (lebih) dekat" ending the phrase reads as a pre-noun adjective: the index after it, or null.
function relativeAdjective(units: Unit[], from: number): number | null {
  let k = from;
  while (k < units.length && DEGREE.has(units[k].id)) k++;
  if (units[k]?.tag !== 'ADJ') return null;
  const next = units[k + 1];
  if (next && ['N', 'V', 'ADJ', 'PLACE', 'NAME', 'PRON', 'NUM'].includes(next.tag)) return null;
  return k + 1;
}

function adjectivePhrase(units: Unit[]): string {
  const adjective = units[units.length - 1];
  const degree = units.length > 1 ? units[units.length - 2].id : '';
  if (adjective.id.startsWith('lebih ')) return adjective.en;
  if (degree === 'lebih') return comparative(adjective.en);
  if (degree === 'paling') return superlative(adjective.en);
  return units.map((u) => u.en).join(' ');
}

function demonstrative(det: Unit, plural: boolean): string {
  if (det.id === 'ini') return plural ? 'these' : 'this';
  if (det.id === 'itu') return plural ? 'those' : 'that';
  return det.en;
}

function applyRules(seq: Unit[], before: Unit | undefined): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < seq.length; i++) {
    const u = seq[i];
    const prev = out.length > 0 ? out[out.length - 1] : before;
    const next = seq[i + 1];
    // "AS dan Korea Selatan telah …": a subject joined by "dan" is plural.
    const nominal = (x: Unit | undefined) => !!x && ['N', 'PLACE', 'NAME', 'PRON'].includes(x.tag);
    const coordinated = nominal(prev) && out[out.length - 2]?.id === 'dan' && nominal(out[out.length - 3]);
    const pluralSubject = (prev && (prev.plural || PLURAL_PRONOUNS.has(prev.en))) || coordinated;
    if (SAY.has(u.id) && next && (next.tag === 'NAME' || next.tag === 'TITLE')) {
      // "…," kata Liu → "…," Liu said
      let end = i + 1;
      while (seq[end] && (seq[end].tag === 'NAME' || seq[end].tag === 'TITLE')) end++;
      out.push(...seq.slice(i + 1, end), {...u, en: 'said'});
      i = end - 1;
      continue;
    }
    if (u.tag === 'TITLE' && next?.tag === 'PLACE' && next.place) {
      out.push({...u, en: `${next.place.adjective} ${u.en}`, words: u.words + next.words});
      i++;
      continue;
    }
    if (u.calendar === 'month' && prev?.tag === 'NUM' && !prev.calendar) {
      const year = next?.tag === 'NUM' && /^\d{4}$/.test(next.en) ? next : undefined;
      out[out.length - 1] = {...u, en: `${u.en} ${prev.en}${year ? `, ${year.en}` : ''}`, words: u.words};
      if (year) i++;
      continue;
    }
    if (u.calendar === 'day' && prev?.id === 'hari') out.pop();
    const v: Unit = {...u};
    if ((u.id === 'untuk' || u.id === 'guna') && next && isVerbLike(next)) v.en = 'to';
    if ((u.id === 'telah' || u.id === 'sudah') && next?.tag === 'V') {
      v.en = pluralSubject ? 'have' : 'has';
      seq[i + 1] = {...next, en: pastParticiple(next.en)};
    }
    if (u.id === 'belum' && next?.tag === 'V') {
      v.en = pluralSubject ? 'have not yet' : 'has not yet';
      seq[i + 1] = {...next, en: pastParticiple(next.en)};
    }
    if (u.tag === 'V' && (u.en === 'is' || u.en === 'has') && pluralSubject) v.en = u.en === 'is' ? 'are' : 'have';
    if (u.tag === 'V' && CATENATIVE.has(u.en) && next?.tag === 'V') v.en = `${u.en} to`;
    if ((u.id === 'seraya' || u.id === 'sambil') && next?.tag === 'V') seq[i + 1] = {...next, en: gerund(next.en)};
    if (u.id === 'tetap' && !(next && ['ADJ', 'NEG', 'V'].includes(next.tag))) v.en = 'still';
    if (u.id === 'yang') {
      if (next?.tag === 'V' && /^di/.test(next.id)) v.en = '';
      else if (prev && (prev.tag === 'NAME' || prev.tag === 'PRON' || PERSONS.test(prev.en))) v.en = 'who';
    }
    if (u.tag === 'PRON' && u.pronoun) {
      v.en = prev && (prev.tag === 'V' || prev.tag === 'PREP') ? u.pronoun[1] : u.pronoun[0];
    }
    if (u.object) v.en = `${v.en} ${u.object}`;
    if (u.tag === 'ADJ' && prev?.id === 'lebih' && !u.id.startsWith('lebih')) {
      out[out.length - 1] = {...v, en: comparative(u.en), words: u.words + prev.words};
      continue;
    }
    if (u.tag === 'ADJ' && prev?.id === 'paling') {
      out[out.length - 1] = {...v, en: `the ${superlative(u.en)}`, words: u.words + prev.words};
      continue;
    }
    if (u.id === 'sekali' && prev?.tag === 'ADJ') {
      out[out.length - 1] = {...prev, en: `very ${prev.en}`, words: prev.words + u.words};
      continue;
    }
    if (u.tag === 'V' && /^di/.test(u.id) && prev) {
      if (MODALS.has(prev.id)) v.en = `be ${v.en}`;
      else if (['N', 'NAME', 'PLACE', 'PRON'].includes(prev.tag)) v.en = `${prev.plural ? 'are' : 'is'} ${v.en}`;
    }
    if (u.id === 'secara' && next?.tag === 'ADJ') {
      v.en = '';
      seq[i + 1] = {...next, en: adverb(next.en)};
    }
    out.push(v);
  }
  return out;
}
