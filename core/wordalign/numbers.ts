// Numbers written as words meet numbers written in digits: lima, kelima, five and fifth are all 5.
import {MONTHS_EN} from '../language/months';

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

/**
 * Indonesian news dates a day as "(22/3)", day before month: the month's number is the English month's
 * name (3 = March, Mar.), English tokens as written. Returns [Indonesian index, English index] pairs; the day meets its number as
 * any number does.
 */
export function dateMonthLinks(idLower: readonly string[], enTokens: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 2; i < idLower.length; i++) {
    if (idLower[i - 1] !== '/' || !/^\d{1,2}$/.test(idLower[i]!) || !/^\d{1,2}$/.test(idLower[i - 2]!)) continue;
    const day = Number(idLower[i - 2]);
    const month = Number(idLower[i]);
    // 22/3/2024 has a year after it, which is fine; 3/4 of a cup has no day before it worth reading.
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const name = MONTHS_EN[month - 1]!;
    // A month's name is capitalised, which tells May from the modal may.
    const j = enTokens.findIndex((t) => {
      const w = t.toLowerCase().replace(/\.$/, '');
      return /^\p{Lu}/u.test(t) && (w === name || (w === name.slice(0, 3) && name.length > 3));
    });
    if (j >= 0) out.push([i, j]);
  }
  return out;
}
