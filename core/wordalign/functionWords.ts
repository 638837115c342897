// Indonesian grammatical words and affixes with the English words that can render them (lowercase
// lemmas). The dictionary glosses content words well but leaves these out or buries them, and they
// are a large share of every sentence. `weak` renderings are real but rarely the annotated counterpart.

export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  itu: ['the', 'that', 'those'],
  ini: ['this', 'these'],
  tersebut: ['the', 'that', 'this', 'those', 'these'],
  akan: ['will', 'would', 'shall', "'ll"],
  bakal: ['will', 'would', "'ll", 'going'],
  bisa: ['can', 'could', 'may', 'able'],
  dapat: ['can', 'could', 'may', 'able'],
  boleh: ['may', 'can', 'could'],
  bolehkah: ['can', 'may', 'could'],
  harus: ['must', 'should', 'have'],
  adalah: ['be'],
  ialah: ['be'],
  merupakan: ['be'],
  oleh: ['by'],
  telah: ['have', 'already'],
  sudah: ['have', 'already'],
  masih: ['still'],
  belum: ['not', 'yet'],
  tidak: ['not', 'no', 'never'],
  tak: ['not', 'no', 'never'],
  nggak: ['not', 'no'],
  enggak: ['not', 'no'],
  bukan: ['not', 'no'],
  jangan: ['not', 'do'],
  di: ['in', 'at', 'on'],
  ke: ['to', 'into'],
  dari: ['from', 'of', 'than'],
  pada: ['on', 'at', 'in', 'during'],
  kepada: ['to'],
  dalam: ['in', 'within', 'inside', 'into'],
  untuk: ['for', 'to'],
  bagi: ['for'],
  dengan: ['with', 'by'],
  dan: ['and'],
  serta: ['and'],
  atau: ['or'],
  tetapi: ['but', 'yet'],
  tapi: ['but', 'yet'],
  namun: ['but', 'however', 'yet'],
  karena: ['because', 'since', 'for', 'as'],
  agar: ['so', 'that'],
  supaya: ['so', 'that'],
  jika: ['if', 'when', 'once'],
  kalau: ['if', 'when', 'once'],
  apabila: ['if', 'when'],
  bahwa: ['that'],
  sebagai: ['as'],
  seperti: ['like', 'as'],
  hingga: ['until', 'to', 'till'],
  sampai: ['until', 'to', 'till'],
  sejak: ['since'],
  antara: ['between', 'among'],
  tentang: ['about'],
  terhadap: ['against', 'toward', 'towards', 'to'],
  sebelum: ['before'],
  sesudah: ['after', 'once'],
  setelah: ['after', 'once'],
  selama: ['during', 'for', 'over'],
  per: ['per', 'a'],
  saya: ['i', 'me', 'my'],
  aku: ['i', 'me', 'my'],
  kami: ['we', 'us', 'our'],
  kita: ['we', 'us', 'our'],
  kamu: ['you', 'your'],
  anda: ['you', 'your'],
  engkau: ['you', 'your'],
  kau: ['you', 'your'],
  dia: ['he', 'she', 'him', 'her'],
  ia: ['he', 'she', 'it'],
  mereka: ['they', 'them', 'their'],
  apakah: ['do', 'be'],
  paling: ['most'],
  lebih: ['more'],
  sangat: ['very'],
  juga: ['also', 'too'],
  hanya: ['only', 'just'],
  semua: ['all'],
  setiap: ['every', 'each'],
  tiap: ['every', 'each'],
  banyak: ['many', 'much', 'lot'],
  beberapa: ['some', 'several'],
  ada: ['there', 'be', 'have'],
  apa: ['what'],
  siapa: ['who'],
  mengapa: ['why'],
  kenapa: ['why'],
  bagaimana: ['how'],
  kapan: ['when'],
};

/** English words an affix can stand for, checked near the word the affixed token already links to. */
export const AFFIX_WORDS: Readonly<Record<string, readonly string[]>> = {
  '-nya': ['his', 'her', 'its', 'their', 'the'],
  '-ku': ['my', 'me'],
  '-mu': ['your', 'you'],
  'ku-': ['i', 'me'],
  'kau-': ['you'],
  'se-': ['a', 'an', 'one'],
  'ter-': ['most'],
};

/** English words that carry grammar rather than meaning: when nothing else claims them they lean on a neighbour. */
export const ENGLISH_GRAMMAR = new Set(
  'a an the of in on at to for from by into about as be is are was were been being am has have had will would shall do does did it there'.split(
    ' ',
  ),
);

/** English pronouns and possessives: they usually render a clitic (ladangnya: his field) or nothing,
 * so a content word left without evidence is not paired with one by position. */
export const ENGLISH_PRONOUNS = new Set(
  'i me my you your he him his she her it its we us our they them their'.split(' '),
);

// Indonesian words that carry grammar rather than a phrase's meaning.
const INDONESIAN_PARTICLES = new Set(['yang', 'para', 'sang', 'si', 'pun', 'lah', 'kah', 'pula', 'saja', 'ya', 'nya']);

export function isIndonesianGrammar(lower: string): boolean {
  return Object.hasOwn(FUNCTION_WORDS, lower) || INDONESIAN_PARTICLES.has(lower);
}
