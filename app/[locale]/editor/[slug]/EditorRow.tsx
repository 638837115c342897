'use client';

import type {Lang, LinkState} from '@/core/vocabulary';
import type {PartialDoc} from '@/core/editing/partialDoc';
import type {EditorLabels} from './labels';
import {RowScore} from './RowScore';
import {first, flagged, isMachinePairing, len} from './rows';
import type {EditorRowWords} from '@/server/editor/rowWords';

/** One row of the grid: its shape and score, and each side's paragraphs (one of them maybe in a box). */
export function EditorRow(props: {
  doc: PartialDoc;
  link: LinkState;
  index: number;
  /** The cursor's side and paragraph when the cursor is on this row. */
  cursor: {side: Lang; index: number} | null;
  oneLanguage: boolean;
  labels: EditorLabels;
  /** The row's word links (for hover highlighting) and whether its words mostly fail to align. */
  words?: EditorRowWords;
  pointAt: (side: Lang, paragraph: number) => void;
  /** The paragraph editor, for the selected paragraph while editing. */
  editorFor: (side: Lang, position: number, body: string) => React.ReactNode | null;
}) {
  const {doc, link, index: i, cursor, oneLanguage, labels, words} = props;
  const machine = isMachinePairing(doc, link);
  return (
    <div
      role="row"
      data-row={i}
      aria-rowindex={i + 1}
      aria-selected={!!cursor}
      tabIndex={cursor ? 0 : -1}
      data-w={words?.words || undefined}
      className={`erow${cursor ? ' current' : ''}${flagged(link) ? ' flagged' : ''}${link.status === 'confirmed' ? ' confirmed' : ''}${words?.suspicious ? ' suspicious' : ''}`}
      onClick={() => props.pointAt(cursor ? cursor.side : 'id', 0)}
    >
      <div className="emeta" role="gridcell">
        {!oneLanguage && (
          <span className="shape">
            {len(link, 'id')}–{len(link, 'en')}
          </span>
        )}
        {!oneLanguage && <RowScore link={link} machine={machine} labels={labels} />}
        {!oneLanguage && flagged(link) && !machine && <span className="badge warn">{labels.flagged}</span>}
        {!oneLanguage && words?.suspicious && (
          <span
            className="badge suspicious"
            role="img"
            aria-label={labels.suspiciousTitle}
            title={labels.suspiciousTitle}
          >
            {labels.suspicious}
          </span>
        )}
      </div>
      {(['id', 'en'] as const).map((side) => (
        <div
          key={side}
          role="gridcell"
          className={`ecell ecell-${side}${cursor?.side === side ? ' active' : ''}`}
          onClick={(e) => {
            e.stopPropagation();
            props.pointAt(side, 0);
          }}
        >
          {len(link, side) === 0 && !oneLanguage && (
            <p className="none" lang={side}>
              {labels.noCounterpart}
            </p>
          )}
          {doc.paragraphs[side].slice(first(link, side), first(link, side) + len(link, side)).map((p, k) => {
            const at = first(link, side) + k;
            const selected = cursor?.side === side && Math.min(cursor.index, len(link, side) - 1) === k;
            // A chapter the cursor has just entered: its paragraphs are on their way.
            if (!p)
              return (
                <p key={at} lang={side} className={`loading${selected ? ' selected' : ''}`}>
                  {labels.loading}
                </p>
              );
            const editor = selected ? props.editorFor(side, at, p.body) : null;
            if (editor) return editor;
            return (
              <p
                key={at}
                lang={side}
                className={`${selected ? 'selected' : ''} prov-${p.provenance}`}
                onClick={(e) => {
                  e.stopPropagation();
                  props.pointAt(side, k);
                }}
              >
                {p.body}
              </p>
            );
          })}
        </div>
      ))}
    </div>
  );
}
