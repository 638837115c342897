// The editor's copy of a long text: every alignment row (packed small), every heading, and the
// paragraphs of the chapters it has opened; the others are null until the page loads them.
//
// Worked example: a book of 10,000 rows sends "1.1.900 1.1.900 …" (each row's paragraph counts per
// side, its score in thousandths, "c" when confirmed) and its 100 headings; the paragraphs of
// chapter 1 come with the page, chapter 2's when the cursor enters it. A change still applies to
// the whole text (applyChange): the rows it inserts carry their paragraphs, the rest keep their holes.
import type {Lang, LinkState} from '../vocabulary';
import type {ParagraphState} from './alignmentChange';

export interface PartialDoc {
  links: LinkState[];
  /** By the paragraph's place in its version; null where the page has not loaded it. */
  paragraphs: Record<Lang, (ParagraphState | null)[]>;
}

/** What the page knows of the whole text before it loads any chapter. */
export interface DocOutline {
  /** The rows, packed (packRows); empty for a text in one language. */
  rows: string;
  counts: Record<Lang, number>;
  /** Every heading paragraph, by its place in its version: chapters and their titles come from these. */
  headings: Record<Lang, {at: number; paragraph: ParagraphState}[]>;
}

/** Paragraphs [from, from + list.length) of each language. */
export type ParagraphChunk = Record<Lang, {from: number; list: ParagraphState[]}>;
/** Paragraphs [from, to) of each language. */
export type ParagraphRanges = Record<Lang, [number, number]>;

const LANGS: Lang[] = ['id', 'en'];
/** At most this many paragraphs of a language per request (a chapter, or a page of a longer one). */
export const MAX_CHUNK_PARAGRAPHS = 2000;

/**
 * Rows as "idCount.enCount.score" with "c" for a confirmed row, separated by spaces. The score is
 * kept in thousandths, rounded down, so that it stays on the same side of any threshold the page
 * draws at a thousandth (a flag below 0.5, a machine pairing at exactly 1).
 */
export function packRows(links: LinkState[]): string {
  return links
    .map(
      (l) =>
        `${l.idEnd - l.idStart}.${l.enEnd - l.enStart}.${Math.floor(l.score * 1000 + 1e-9)}${l.status === 'confirmed' ? 'c' : ''}`,
    )
    .join(' ');
}

export function unpackRows(packed: string): LinkState[] {
  if (!packed) return [];
  let id = 0;
  let en = 0;
  return packed.split(' ').map((row) => {
    const [idCount, enCount, score] = row.split('.');
    const link: LinkState = {
      idStart: id,
      idEnd: id + Number(idCount),
      enStart: en,
      enEnd: en + Number(enCount),
      score: Number.parseInt(score!, 10) / 1000,
      status: row.endsWith('c') ? 'confirmed' : 'automatic',
    };
    id = link.idEnd;
    en = link.enEnd;
    return link;
  });
}

/** The page's copy of a text from its outline and the paragraphs it came with. */
export function partialDocOf(outline: DocOutline, chunk?: ParagraphChunk): PartialDoc {
  const paragraphs = {} as PartialDoc['paragraphs'];
  for (const lang of LANGS) {
    const list: (ParagraphState | null)[] = new Array(outline.counts[lang]).fill(null);
    for (const h of outline.headings[lang]) list[h.at] = h.paragraph;
    paragraphs[lang] = list;
  }
  const doc = {links: unpackRows(outline.rows), paragraphs};
  return chunk ? fillParagraphs(doc, chunk) : doc;
}

/** The copy with a loaded chunk in place (of the same revision). */
export function fillParagraphs(doc: PartialDoc, chunk: ParagraphChunk): PartialDoc {
  const paragraphs = {...doc.paragraphs};
  for (const lang of LANGS) {
    const {from, list} = chunk[lang];
    if (!list.length) continue;
    const next = [...paragraphs[lang]];
    list.forEach((p, k) => {
      if (from + k < next.length) next[from + k] = p;
    });
    paragraphs[lang] = next;
  }
  return {links: doc.links, paragraphs};
}

/** The paragraphs rows [start, end) hold on each side. */
export function rowParagraphs(rows: LinkState[], start: number, end: number): ParagraphRanges {
  const slice = rows.slice(start, end);
  if (!slice.length) return {id: [0, 0], en: [0, 0]};
  return {id: [slice[0]!.idStart, slice.at(-1)!.idEnd], en: [slice[0]!.enStart, slice.at(-1)!.enEnd]};
}

/**
 * The paragraphs of rows [start, end) the copy lacks, from the first missing to the last on each
 * side; null when it has them all.
 */
export function missingParagraphs(
  doc: PartialDoc,
  rows: LinkState[],
  start: number,
  end: number,
): ParagraphRanges | null {
  const spans = rowParagraphs(rows, start, end);
  let missing = false;
  const ranges = {} as ParagraphRanges;
  for (const lang of LANGS) {
    const list = doc.paragraphs[lang];
    let [from, to] = spans[lang];
    while (from < to && list[from] !== null) from++;
    while (to > from && list[to - 1] !== null) to--;
    ranges[lang] = from < to ? [from, to] : [0, 0];
    if (from < to) missing = true;
  }
  return missing ? ranges : null;
}

/** Ranges cut to what one request may read; what is left is asked for next. */
export function clip(ranges: ParagraphRanges): ParagraphRanges {
  const cut = ([from, to]: [number, number]): [number, number] => [from, Math.min(to, from + MAX_CHUNK_PARAGRAPHS)];
  return {id: cut(ranges.id), en: cut(ranges.en)};
}
