'use client';

import type {Lang} from '@/core/vocabulary';
import {Fragment, type MouseEvent, useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {attachWordPairs} from '@/components/wordPairs';

import type {FuzzyMatch} from '@/server/memory/memoryLookup';
import {type Cursor, outcomeOf} from './commands';
import {ChapterBar} from './ChapterBar';
import {EditorBar} from './EditorBar';
import {EditorRow} from './EditorRow';
import type {Command} from './keymap';
import type {EditorLabels} from './labels';
import {MemoryMatches} from './MemoryMatches';
import {ParagraphEditor} from './ParagraphEditor';
import {displayRows} from '@/core/editing/editorWindow';
import {first, len} from './rows';
import {SplitDialog} from './SplitDialog';
import {type SessionStart, useEditorSession} from './useEditorSession';
import {useChapterWindow} from './useChapterWindow';
import {useEditorKeys} from './useEditorKeys';
import {useRowWords} from './useRowWords';

export type {EditorLabels, EditorMessages} from './labels';

export function AlignmentEditor({labels, ...start}: SessionStart & {labels: EditorLabels}) {
  const {textId, initial, actions} = start;
  const session = useEditorSession(start);
  const {doc, status, edit} = session;
  const [cursor, setCursor] = useState<Cursor>({
    row: 0,
    side: initial.outline.counts.id || !initial.outline.counts.en ? 'id' : 'en',
    index: 0,
  });
  const [mode, setMode] = useState<'normal' | 'edit' | 'split'>('normal');
  // A memory match taken into the paragraph: the editor opens with it instead of the stored text.
  const [draft, setDraft] = useState<string | null>(null);
  const [matches, setMatches] = useState<FuzzyMatch[]>([]);
  const gridRef = useRef<HTMLDivElement>(null);
  const oneLanguage = doc.links.length === 0;
  const rows = useMemo(() => displayRows(doc), [doc]);
  const view = useChapterWindow(doc, rows, cursor.row, session.revision, session.load);
  const rowWords = useRowWords(actions.rowWords, textId, view.start, view.end, session.revision);
  // Hovering a word lights up its counterpart, so a wrong pairing shows at a glance.
  useEffect(() => (gridRef.current ? attachWordPairs(gridRef.current) : undefined), []);
  const row = rows[Math.min(cursor.row, rows.length - 1)];
  const position = row ? first(row, cursor.side) + Math.min(cursor.index, Math.max(0, len(row, cursor.side) - 1)) : 0;
  // The memory is asked about the row's other side, whose translation is the paragraph under the cursor.
  const sourceSide: Lang = cursor.side === 'id' ? 'en' : 'id';
  const sources = row
    ? doc.paragraphs[sourceSide].slice(first(row, sourceSide), first(row, sourceSide) + len(row, sourceSide))
    : [];
  // Asked once the row's paragraphs are loaded (a chapter the cursor has just entered may not be yet).
  const memorySource = sources.every((p) => p !== null) ? sources.map((p) => p.body).join(' ') : '';
  const target = row && len(row, cursor.side) > 0 ? doc.paragraphs[cursor.side][position] : undefined;
  const currentTarget = target?.body ?? '';
  const canUseMatch = !!target;
  // The paragraph being edited went away with a copy replaced by somebody else's change (stale).
  useEffect(() => {
    if (mode === 'edit' && !target) setMode('normal');
  }, [mode, target]);
  const applyMatch = useCallback((target: string) => {
    setDraft(target);
    setMode('edit');
  }, []);

  /** Runs a command from a key or a button; one that cannot act says why instead. */
  const run = useCallback(
    (command: Command): boolean => {
      const usableMatches = canUseMatch ? matches.length : 0;
      const outcome = outcomeOf(command, {doc, rows, cursor, status, usableMatches});
      switch (outcome.kind) {
        case 'pass':
          return false;
        case 'cursor':
          setCursor(outcome.cursor);
          break;
        case 'mode':
          setMode(outcome.mode);
          break;
        case 'edit':
          void edit(outcome.request);
          break;
        case 'undo':
          void session.undo();
          break;
        case 'redo':
          void session.redo();
          break;
        case 'useMatch':
          applyMatch(matches[outcome.match]!.target);
          break;
        case 'say':
          session.say(outcome.key, outcome.values);
          break;
      }
      return true;
    },
    [doc, rows, cursor, status, canUseMatch, matches, edit, session, applyMatch],
  );
  useEditorKeys({enabled: mode === 'normal', run, grid: gridRef, row: cursor.row});

  // The second click of a double click (detail 2) would repeat the operation on the rows the first changed.
  const click = (command: Command) => (event: MouseEvent) => {
    if (event.detail <= 1) run(command);
  };
  const closeEditor = () => {
    setDraft(null);
    setMode('normal');
  };

  // The memory panel and the split dialog open under the row they act on, wherever it is in the text.
  const rowAside = (
    <>
      <MemoryMatches
        textId={textId}
        from={sourceSide}
        to={cursor.side}
        source={memorySource}
        current={currentTarget}
        canUse={canUseMatch && mode === 'normal'}
        onUse={applyMatch}
        onMatches={setMatches}
        lookup={actions.lookup}
        labels={labels.memory}
      />
      {mode === 'split' && row && (
        <SplitDialog
          row={row}
          labels={labels}
          onCancel={() => setMode('normal')}
          onApply={(idCount, enCount) => {
            setMode('normal');
            void edit({kind: 'split', row: cursor.row, idCount, enCount});
          }}
        />
      )}
    </>
  );

  return (
    <div className="alignment-editor" aria-busy={session.busy}>
      <EditorBar
        status={status}
        message={session.message}
        oneLanguage={oneLanguage}
        disabled={mode !== 'normal'}
        labels={labels}
        click={click}
      />
      {!oneLanguage && <p className="hint score-legend">{labels.legend}</p>}
      <ChapterBar
        view={view}
        labels={labels.chapters}
        disabled={session.busy || mode !== 'normal' || oneLanguage}
        onGo={(r) => setCursor((c) => ({...c, row: r, index: 0}))}
        onRealign={(from, to) => void edit({kind: 'realign', from, to})}
      />
      <div
        className="erows"
        role="grid"
        aria-label={labels.gridLabel}
        aria-rowcount={rows.length}
        aria-busy={view.loading}
        ref={gridRef}
      >
        {/* Only the page of the chapter that holds the cursor; row numbers stay the text's own. */}
        {rows.slice(view.start, view.end).map((link, k) => {
          const i = view.start + k;
          return (
            <Fragment key={i}>
              <EditorRow
                doc={doc}
                link={link}
                index={i}
                cursor={i === cursor.row ? cursor : null}
                oneLanguage={oneLanguage}
                labels={labels}
                words={rowWords.get(i)}
                pointAt={(side, index) => {
                  if (mode === 'normal') setCursor({row: i, side, index});
                }}
                editorFor={(side, at, body) =>
                  mode === 'edit' ? (
                    <ParagraphEditor
                      key={at}
                      lang={side}
                      body={draft ?? body}
                      labels={labels}
                      onCancel={closeEditor}
                      onSave={(next) => {
                        closeEditor();
                        void edit({kind: 'editParagraph', lang: side, position: at, body: next});
                      }}
                      onSplit={(offset) => {
                        if (draft !== null) return;
                        setMode('normal');
                        void edit({kind: 'splitParagraph', lang: side, position: at, offset});
                      }}
                    />
                  ) : null
                }
              />
              {i === cursor.row && (
                <div role="row" className="erow-aside">
                  <div role="gridcell" aria-colspan={3}>
                    {rowAside}
                  </div>
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
    </div>
  );
}
