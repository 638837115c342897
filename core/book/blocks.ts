// The block model of a book: what a paragraph row stores (kind, level, body, marks; see the
// Paragraph model in prisma/schema.prisma). Parsers of every format produce blocks; nothing here is
// HTML: marks are ranges over the plain text, so a reader renders them as elements it chooses.

export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'listItem' | 'preformatted' | 'verse';
export const BLOCK_KINDS: readonly BlockKind[] = ['paragraph', 'heading', 'quote', 'listItem', 'preformatted', 'verse'];
export type MarkType = 'em' | 'strong';
/** [from, to, type] over the block's text, in UTF-16 code units, from < to. */
export type Mark = [number, number, MarkType];

export interface Block {
  kind: BlockKind;
  /** Heading level 1–6; null for every other kind. */
  level: number | null;
  text: string;
  marks: Mark[];
}

/** A forced line break (<br>) among segments: a newline in the source text is only whitespace. */
export const LINE_BREAK = '\u2028';

/** A piece of inline text with the emphasis in force where it stands. */
export interface Segment {
  text: string;
  em: boolean;
  strong: boolean;
}

export function block(kind: BlockKind, text: string, level: number | null = null, marks: Mark[] = []): Block {
  return {kind, level: kind === 'heading' ? Math.min(6, Math.max(1, level ?? 1)) : null, text, marks};
}

/**
 * Joins segments into one block's text and marks. Whitespace collapses to single spaces (LINE_BREAK,
 * what a <br> stands for, becomes a line break when `keepLines`, as in verse: each line trimmed), the ends are trimmed, and the marks
 * follow the characters they covered; touching ranges of one type merge.
 */
export function joinSegments(segments: readonly Segment[], keepLines = false): {text: string; marks: Mark[]} {
  let text = '';
  const marks: Mark[] = [];
  const open: Record<MarkType, number | null> = {em: null, strong: null};
  const close = (type: MarkType) => {
    const from = open[type];
    if (from !== null && text.length > from) {
      const last = marks.findLast((m) => m[2] === type);
      if (last && last[1] === from) last[1] = text.length;
      else marks.push([from, text.length, type]);
    }
    open[type] = null;
  };
  let space = false;
  const append = (part: string, segment: Segment) => {
    // HTML's whitespace only: a no-break space is the text's own.
    const collapsed = part.replace(/[ \t\n\r\f]+/g, ' ');
    const body = collapsed.trim();
    if (!body) {
      if (collapsed) space = true;
      return;
    }
    if ((space || collapsed.startsWith(' ')) && text && !text.endsWith('\n')) text += ' ';
    for (const type of ['em', 'strong'] as const) {
      if (segment[type] && open[type] === null) open[type] = text.length;
    }
    text += body;
    space = collapsed.endsWith(' ');
  };
  for (const segment of segments) {
    for (const type of ['em', 'strong'] as const) {
      if (!segment[type]) close(type);
    }
    const parts = segment.text.split(LINE_BREAK);
    parts.forEach((part, k) => {
      if (k > 0) {
        if (keepLines) {
          space = false;
          if (text && !text.endsWith('\n\n')) text += '\n';
        } else space = true;
      }
      append(part, segment);
    });
  }
  close('em');
  close('strong');
  const trimmed = text.replace(/\n+$/, '');
  const clipped = marks
    .map(([from, to, type]): Mark => [from, Math.min(to, trimmed.length), type])
    .filter(([from, to]) => from < to)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {text: trimmed, marks: clipped};
}

/** Checks marks against a text: in range, ordered, of a known type. Anything else is dropped. */
export function cleanMarks(marks: unknown, length: number): Mark[] {
  if (!Array.isArray(marks)) return [];
  return marks.filter(
    (m): m is Mark =>
      Array.isArray(m) &&
      m.length === 3 &&
      Number.isInteger(m[0]) &&
      Number.isInteger(m[1]) &&
      m[0] >= 0 &&
      m[0] < m[1] &&
      m[1] <= length &&
      (m[2] === 'em' || m[2] === 'strong'),
  );
}
