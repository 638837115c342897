// English word forms the lexicon's lemmatiser leaves apart: irregular past forms beyond its short
// list, derivation (vaccination ~ vaccinate, happier ~ happy, wooden ~ wood) and British and American
// spelling (chilli ~ chili, colour ~ color, organise ~ organize, metre ~ meter).
import {stemEnglish} from '../align/words';

// Common irregular verbs: past and participle → base.
const IRREGULAR = `arose arisen:arise awoke awoken:awake bore borne:bear beat beaten:beat bent:bend bet:bet bit bitten:bite
bled:bleed blew blown:blow broke broken:break bred:breed burnt:burn caught:catch chose chosen:choose clung:cling
crept:creep cut:cut dealt:deal dug:dig dove:dive drew drawn:draw dreamt:dream drank drunk:drink drove driven:drive
ate eaten:eat fell fallen:fall fed:feed fought:fight fled:flee flung:fling flew flown:fly forbade forbidden:forbid
forgot forgotten:forget forgave forgiven:forgive froze frozen:freeze grew grown:grow hung:hang heard:hear hid hidden:hide
hit:hit hurt:hurt laid:lay led:lead leapt:leap lent:lend let:let lay lain:lie lit:light lost:lose meant:mean paid:pay
put:put quit:quit read:read rode ridden:ride rang rung:ring rose risen:rise sought:seek sold:sell set:set shook shaken:shake
shone:shine shot:shoot shut:shut sang sung:sing sank sunk:sink sat:sit slept:sleep slid:slide spent:spend spun:spin
spat:spit split:split spread:spread sprang sprung:spring stood:stand stole stolen:steal stuck:stick stung:sting
struck:strike swore sworn:swear swept:sweep swam swum:swim swung:swing taught:teach tore torn:tear threw thrown:throw
understood:understand woke woken:wake wore worn:wear wove woven:weave wept:weep won:win wound:wind withdrew withdrawn:withdraw
fed:feed fit:fit rid:rid sped:speed stank:stink strove striven:strive trod trodden:tread undertook undertaken:undertake
overcame:overcome foresaw foreseen:foresee mistook mistaken:mistake`;

const PAST = new Map<string, string>();
let forms: string[] = [];
for (const item of IRREGULAR.split(/\s+/)) {
  const [form, base] = item.split(':') as [string, string | undefined];
  forms.push(form);
  if (base === undefined) continue;
  for (const f of forms) PAST.set(f, base);
  forms = [];
}

export function irregularBase(word: string): string | null {
  return PAST.get(word) ?? null;
}

const DERIVATIONS: [RegExp, string][] = [
  [/ier$/, 'y'],
  [/iest$/, 'y'],
  [/(?<=...)er$/, ''],
  [/(?<=...)est$/, ''],
  [/men$/, 'man'],
  [/(?<=...)en$/, ''],
  [/(?<=...)ion$/, ''],
  [/(?<=...)ion$/, 'e'],
  [/(?<=...)ment$/, ''],
  [/(?<=...)ness$/, ''],
  // Latin plurals, which Indonesian borrows as its singular: media ~ medium, data ~ datum.
  [/(?<=...)a$/, 'um'],
];

/** Base words a derived English word may come from: vaccination → vaccinat, vaccinate. */
export function derivationBases(word: string): string[] {
  const out: string[] = [];
  for (const [suffix, replacement] of DERIVATIONS) if (suffix.test(word)) out.push(word.replace(suffix, replacement));
  return out;
}

/** One spelling for British and American variants: chilli, chili → chili; colour → color; metre → meter. */
export function spellingKey(word: string): string {
  const key = word
    .replace(/our(?=s?$)/, 'or')
    .replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
    .replace(/tre(s?)$/, 'ter$1');
  // Doubled consonants differ in longer words (travelled, jewellery); in short ones they make other
  // words (off is not of, inn not in, butt not but).
  return key.length > 4 ? key.replace(/([bcdfgklmnprstz])\1/g, '$1') : key;
}

// Endings that are words too but make a derived word, not a compound (tireless, kingdom, childhood).
const SUFFIX_WORDS = new Set('less ness ship hood dom ward wards wise like ful able ism'.split(' '));

// Beginnings that are words too but make a derived word (confuses, disapproves, interleaved).
const PREFIX_WORDS = new Set('con dis inter mis non pre sub super trans anti counter'.split(' '));

/**
 * A closed compound's two words when the dictionary knows both and not the whole (streetlamp →
 * street, lamp; schoolyard → school, yard): as with a hyphenated compound, it means what they mean.
 * A word that splits more than one way is left whole.
 */
export function compoundParts(word: string, known: (w: string) => boolean): [string, string] | null {
  if (word.length < 7 || !/^[a-z]+$/.test(word)) return null;
  if (known(word) || known(spellingKey(word)) || known(stemEnglish(word))) return null;
  let found: [string, string] | null = null;
  for (let k = 3; k <= word.length - 3; k++) {
    const head = word.slice(0, k);
    const tail = word.slice(k);
    if (PREFIX_WORDS.has(head) || SUFFIX_WORDS.has(tail) || !known(head) || !known(tail)) continue;
    if (found) return null;
    found = [head, tail];
  }
  return found;
}
