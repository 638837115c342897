// A row's word links as the browser gets them: one short string per row, in tokens the browser can
// find again on its own by tokenising each paragraph's text (tokenSpans), so no offsets are sent.
// Worked example: a row "Pengaruh China." / "China's influence." is tokenised
//   id: Pengaruh(0) China(1) .(2)      en: China's(0) influence(1) .(2)
// and its links 0-1, 1-0, 2-2 are packed as "0:1;1:0;2:2". An Indonesian token with two partners is
// "3:4,5"; tokens without links are left out.
import type {RowWordLinks} from './rows';
import {tokenSpans} from './tokens';

/** Index of each row token in the row's full tokenisation (every paragraph's tokenSpans, in order). */
function fullIndex(paragraphs: readonly string[], tokens: RowWordLinks['id']): number[] {
  const at = new Map<string, number>();
  let n = 0;
  paragraphs.forEach((body, p) => {
    for (const t of tokenSpans(body)) at.set(`${p}:${t.start}`, n++);
  });
  return tokens.map(([p, start]) => at.get(`${p}:${start}`) ?? -1);
}

/** Packs a row's links; paragraphs are the row's bodies on each side, as the reader renders them. */
export function packRowLinks(
  idParagraphs: readonly string[],
  enParagraphs: readonly string[],
  row: RowWordLinks,
): string {
  const id = fullIndex(idParagraphs, row.id);
  const en = fullIndex(enParagraphs, row.en);
  const partners = new Map<number, number[]>();
  for (const [i, j] of row.links) {
    const a = id[i] ?? -1;
    const b = en[j] ?? -1;
    if (a < 0 || b < 0) continue;
    const list = partners.get(a);
    if (list) list.push(b);
    else partners.set(a, [b]);
  }
  return [...partners]
    .sort((x, y) => x[0] - y[0])
    .map(([a, list]) => `${a}:${[...new Set(list)].sort((x, y) => x - y).join(',')}`)
    .join(';');
}

/** The links of a packed row as [Indonesian token, English token] pairs; malformed parts are skipped. */
export function unpackRowLinks(packed: string | undefined | null): [number, number][] {
  const out: [number, number][] = [];
  if (!packed) return out;
  for (const group of packed.split(';')) {
    const [left, right] = group.split(':');
    const i = Number(left);
    if (!Number.isInteger(i) || i < 0 || !right) continue;
    for (const part of right.split(',')) {
      const j = Number(part);
      if (Number.isInteger(j) && j >= 0) out.push([i, j]);
    }
  }
  return out;
}

/** The tokens of `lang` linked to the given tokens of the other side, in order. */
export function partnersOf(links: readonly [number, number][], tokens: readonly number[], from: 'id' | 'en'): number[] {
  const wanted = new Set(tokens);
  const found = new Set<number>();
  for (const [i, j] of links) {
    if (from === 'id' && wanted.has(i)) found.add(j);
    if (from === 'en' && wanted.has(j)) found.add(i);
  }
  return [...found].sort((a, b) => a - b);
}
