import {Fragment, type ReactNode} from 'react';
import {markRuns, parseMarks, type Mark} from '@/core/book/emphasisRuns';
import type {SentenceMark} from '@/core/align/sentenceLinks';
import type {BlockKind} from '@/server/reader/readerText';

/**
 * What a block is, as attributes of the paragraph element: every block stays a <p lang> (the word
 * lookup, listening and sentence highlighting find paragraphs by that), a heading says so by its role
 * and level (the page title is level 1, so a book's top headings are level 2), the rest by a class.
 */
export function blockAttributes(
  kind: BlockKind,
  level: number | null,
): {className?: string; role?: 'heading'; 'aria-level'?: number} {
  // A plain paragraph gets no class: every attribute is sent twice per paragraph (markup and payload).
  if (kind === 'paragraph') return {};
  if (kind !== 'heading') return {className: `block-${kind}`};
  const shown = Math.min(6, Math.max(2, (level ?? 1) + 1));
  return {className: `block-heading level-${shown}`, role: 'heading', 'aria-level': shown};
}

/**
 * A paragraph's text with its sentences (spans whose key the counterpart sentence shares) and its
 * emphasis (em and strong elements built here from stored ranges: text is never read as HTML).
 */
export function BlockText({body, marks, sentences}: {body: string; marks?: unknown; sentences?: SentenceMark[]}) {
  const ranges = parseMarks(marks, body.length);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of sentences ?? []) {
    if (s.start > at) parts.push(...emphasized(body, at, s.start, ranges));
    parts.push(
      <span key={`s${s.start}`} className="s" data-s={s.key}>
        {emphasized(body, s.start, s.end, ranges)}
      </span>,
    );
    at = s.end;
  }
  if (at < body.length) parts.push(...emphasized(body, at, body.length, ranges));
  return <>{parts}</>;
}

function emphasized(body: string, start: number, end: number, marks: Mark[]): ReactNode[] {
  if (!marks.length) return [body.slice(start, end)];
  return markRuns(start, end, marks).map((run) => {
    let node: ReactNode = body.slice(run.start, run.end);
    if (run.em) node = <em>{node}</em>;
    if (run.strong) node = <strong>{node}</strong>;
    return typeof node === 'string' ? node : <Fragment key={run.start}>{node}</Fragment>;
  });
}
