// Numbers written as words meet numbers written in digits: lima, kelima, five and fifth are all 5.

const ENGLISH = [
  ['zero'],
  ['one', 'first'],
  ['two', 'second'],
  ['three', 'third'],
  ['four', 'fourth'],
  ['five', 'fifth'],
  ['six', 'sixth'],
  ['seven', 'seventh'],
  ['eight', 'eighth'],
  ['nine', 'ninth'],
  ['ten', 'tenth'],
  ['eleven', 'eleventh'],
];
const INDONESIAN = [
  ['nol'],
  ['satu', 'kesatu', 'pertama'],
  ['dua', 'kedua'],
  ['tiga', 'ketiga'],
  ['empat', 'keempat'],
  ['lima', 'kelima'],
  ['enam', 'keenam'],
  ['tujuh', 'ketujuh'],
  ['delapan', 'kedelapan'],
  ['sembilan', 'kesembilan'],
  ['sepuluh', 'kesepuluh'],
  ['sebelas', 'kesebelas'],
];

function table(rows: string[][]): Map<string, string> {
  const out = new Map<string, string>();
  rows.forEach((words, n) => {
    for (const w of words) out.set(w, String(n));
  });
  return out;
}
const EN = table(ENGLISH);
const ID = table(INDONESIAN);

/** The number a lowercase number word stands for, as numberKey() writes digits ("5"), or null. */
export function numberWordKey(lower: string, lang: 'id' | 'en'): string | null {
  return (lang === 'id' ? ID : EN).get(lower) ?? null;
}
