'use client';

import {useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent} from 'react';
import {createTranslator} from 'next-intl';
import {applyChange, type AlignedDoc, type LinkState, type Side, type TextStatus} from '@/core/editing/alignmentChange';
import type {EditRequest} from '@/server/editor/operations';
import type {MemoryLookupResult} from '@/server/memory/editorMemory';
import type {FuzzyMatch} from '@/server/memory/translationMemory';
import type {EditActionResult} from '../actions';
import {describeOperation, shapeOf} from './describeChange';
import {commandFor, keymap, shortcutsOf, type Command} from './keymap';
import {MemoryMatches, type MemoryMatchesLabels} from './MemoryMatches';

export interface EditorLabels {
  shortcuts: string;
  /** Per help line of the keymap (keymap.ts). */
  keys: Record<string, string>;
  statusNames: Record<TextStatus, string>;
  confidence: string;
  /** With {percent} left in, filled here. */
  confidenceShort: string;
  flagged: string;
  confirmed: string;
  confirmedTitle: string;
  machineRow: string;
  machineTitle: string;
  legend: string;
  gridLabel: string;
  noCounterpart: string;
  splitTitle: string;
  splitId: string;
  splitEn: string;
  apply: string;
  cancel: string;
  save: string;
  splitHere: string;
  editHint: string;
  status: string;
  nextStatus: Partial<Record<TextStatus, string>>;
  keysHint: string;
  oneLanguage: string;
  toolbar: Record<ToolbarCommand | 'label', string>;
  memory: MemoryMatchesLabels;
}

/**
 * Messages that take values, formatted here: Editor.messages (feedback and refusals) and Operations
 * (an operation in words), as the server page hands them over.
 */
export interface EditorMessages {
  Editor: {messages: Record<string, string>};
  Operations: Record<string, string>;
}

interface Props {
  textId: string;
  locale: string;
  initial: AlignedDoc & {revision: number; status: TextStatus};
  labels: EditorLabels;
  messages: EditorMessages;
  actions: {
    edit: (input: unknown) => Promise<EditActionResult>;
    undo: (input: unknown) => Promise<EditActionResult>;
    redo: (input: unknown) => Promise<EditActionResult>;
    lookup: (input: unknown) => Promise<MemoryLookupResult>;
  };
}

/** The commands with a button of their own, in the toolbar's order. */
const TOOLBAR = [
  'merge',
  'split',
  'moveUp',
  'moveDown',
  'detach',
  'confirm',
  'confirmThrough',
  'next',
  'realign',
  'edit',
  'join',
  'undo',
  'redo',
] as const;
type ToolbarCommand = (typeof TOOLBAR)[number];
const ROW_COMMANDS = new Set<Command>([
  'merge',
  'split',
  'moveUp',
  'moveDown',
  'detach',
  'confirm',
  'confirmThrough',
  'next',
  'realign',
]);

/** What the feedback line says a result was: an operation, an undo or a redo (Editor.messages keys). */
type Walk = 'done' | 'undid' | 'redid';

const LOW = 0.5;
const nextStatus: Record<TextStatus, TextStatus | null> = {draft: 'review', review: 'published', published: null};
const len = (l: LinkState, s: Side) => (s === 'id' ? l.idEnd - l.idStart : l.enEnd - l.enStart);
const first = (l: LinkState, s: Side) => (s === 'id' ? l.idStart : l.enStart);
const other = (s: Side): Side => (s === 'id' ? 'en' : 'id');
const flagged = (l: LinkState) =>
  l.status !== 'confirmed' && (l.score < LOW || l.idEnd - l.idStart !== 1 || l.enEnd - l.enStart !== 1);

/** A text in one language has no links yet: one row per paragraph, for reading and editing only. */
function displayRows(doc: AlignedDoc): LinkState[] {
  if (doc.links.length) return doc.links;
  const side: Side = doc.paragraphs.id.length ? 'id' : 'en';
  return doc.paragraphs[side].map((_, i) => ({
    idStart: side === 'id' ? i : 0,
    idEnd: side === 'id' ? i + 1 : 0,
    enStart: side === 'en' ? i : 0,
    enEnd: side === 'en' ? i + 1 : 0,
    score: 1,
    status: 'automatic',
  }));
}

/** A machine draft pairs each paragraph with its translation by construction: its score says nothing. */
function isMachinePairing(doc: AlignedDoc, l: LinkState): boolean {
  if (l.score !== 1 || l.status === 'confirmed') return false;
  return (['id', 'en'] as const).some((s) =>
    doc.paragraphs[s]
      .slice(first(l, s), first(l, s) + len(l, s))
      .some((p) => p.provenance === 'machine' || p.provenance === 'postedited'),
  );
}

export function AlignmentEditor({textId, locale, initial, labels, messages, actions}: Props) {
  const [doc, setDoc] = useState<AlignedDoc>({links: initial.links, paragraphs: initial.paragraphs});
  const [revision, setRevision] = useState(initial.revision);
  const [status, setStatus] = useState(initial.status);
  const [cursor, setCursor] = useState({
    row: 0,
    side: (initial.paragraphs.id.length || !initial.paragraphs.en.length ? 'id' : 'en') as Side,
    index: 0,
  });
  const [mode, setMode] = useState<'normal' | 'edit' | 'split'>('normal');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A memory match taken into the paragraph: the editor opens with it instead of the stored text.
  const [draft, setDraft] = useState<string | null>(null);
  const matchesRef = useRef<FuzzyMatch[]>([]);
  const busyRef = useRef(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const t = useMemo(() => createTranslator({locale, messages}), [locale, messages]);
  const say = useCallback(
    (key: string, values?: Record<string, string | number>) => {
      setMessage(t(`Editor.messages.${key}` as never, values as never));
    },
    [t],
  );
  const oneLanguage = doc.links.length === 0;
  const rows = displayRows(doc);
  const rowCount = rows.length;
  const row = rows[Math.min(cursor.row, rowCount - 1)];
  const position = row ? first(row, cursor.side) + Math.min(cursor.index, Math.max(0, len(row, cursor.side) - 1)) : 0;
  // The memory is asked about the row's other side, whose translation is the paragraph under the cursor.
  const sourceSide: Side = cursor.side === 'id' ? 'en' : 'id';
  const memorySource = row
    ? doc.paragraphs[sourceSide]
        .slice(first(row, sourceSide), first(row, sourceSide) + len(row, sourceSide))
        .map((p) => p.body)
        .join(' ')
    : '';
  const currentTarget = row && len(row, cursor.side) > 0 ? (doc.paragraphs[cursor.side][position]?.body ?? '') : '';
  const canUseMatch = !!row && len(row, cursor.side) > 0;
  const applyMatch = useCallback((target: string) => {
    setDraft(target);
    setMode('edit');
  }, []);
  const rememberMatches = useCallback((matches: FuzzyMatch[]) => {
    matchesRef.current = matches;
  }, []);

  const send = useCallback(
    async (call: () => Promise<EditActionResult>, walk: Walk, operation?: string) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      try {
        const result = await call();
        if (result.ok) {
          setDoc((d) => applyChange(d, result.change));
          setRevision(result.revision);
          setStatus(result.status);
          const shape = shapeOf(result.change, walk === 'undid');
          const described = describeOperation(operation ?? result.operation ?? '', shape);
          say(walk, {what: t(`Operations.${described.key}` as never, described.values as never)});
        } else if (result.error === 'stale') {
          // Somebody else changed the text: show what is there now, never overwrite it.
          setDoc({links: result.current.links, paragraphs: result.current.paragraphs});
          setRevision(result.current.revision);
          setStatus(result.current.status);
          say('stale');
        } else {
          say(messages.Editor.messages[result.error] ? result.error : 'invalidOperation');
        }
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [say, t, messages],
  );

  const edit = useCallback(
    (request: EditRequest) => send(() => actions.edit({textId, revision, request}), 'done', request.kind),
    [send, actions, textId, revision],
  );

  /** Runs a command from a key or a button; one that cannot act says why instead. */
  const run = useCallback(
    (command: Command): boolean => {
      if (!row) return false;
      const go = (r: number) => setCursor((c) => ({...c, row: Math.max(0, Math.min(rowCount - 1, r)), index: 0}));
      const side = cursor.side;
      const rowNumber = cursor.row + 1;
      if (oneLanguage && ROW_COMMANDS.has(command)) {
        say('oneLanguage');
        return true;
      }
      switch (command) {
        case 'prevRow':
          go(cursor.row - 1);
          break;
        case 'nextRow':
          go(cursor.row + 1);
          break;
        case 'firstRow':
          go(0);
          break;
        case 'lastRow':
          go(rowCount - 1);
          break;
        case 'sideId':
          setCursor((c) => ({...c, side: 'id', index: 0}));
          break;
        case 'sideEn':
          setCursor((c) => ({...c, side: 'en', index: 0}));
          break;
        case 'prevParagraph':
          setCursor((c) => ({...c, index: Math.max(0, c.index - 1)}));
          break;
        case 'nextParagraph':
          setCursor((c) => ({...c, index: Math.min(c.index + 1, Math.max(0, len(row, c.side) - 1))}));
          break;
        case 'merge':
          if (cursor.row >= rowCount - 1) say('cannotMergeLast');
          else void edit({kind: 'merge', row: cursor.row});
          break;
        case 'split':
          if (len(row, 'id') + len(row, 'en') < 2) say('cannotSplit');
          else setMode('split');
          break;
        case 'moveUp':
        case 'moveDown':
          if (len(row, side) === 0) say('emptySide');
          else if (command === 'moveUp' && cursor.row === 0) say('cannotMoveUp');
          else if (command === 'moveDown' && cursor.row >= rowCount - 1) say('cannotMoveDown');
          else void edit({kind: command, row: cursor.row, side});
          break;
        case 'detach':
          if (len(row, side) === 0) say('emptySide');
          else if (len(row, other(side)) === 0 && len(row, side) === 1) say('cannotDetach');
          else {
            const end = cursor.index > 0 && cursor.index >= len(row, side) - 1 ? 'last' : 'first';
            void edit({kind: 'detach', row: cursor.row, side, end});
          }
          break;
        case 'confirm':
          if (row.status === 'confirmed') say('alreadyConfirmed', {row: rowNumber});
          else void edit({kind: 'confirm', row: cursor.row});
          break;
        case 'confirmThrough':
          void edit({kind: 'confirmThrough', row: cursor.row});
          break;
        case 'next': {
          const found = doc.links.findIndex((l, i) => i > cursor.row && (l.status !== 'confirmed' || l.score < LOW));
          if (found >= 0) go(found);
          else say('noneLeft');
          break;
        }
        case 'realign':
          void edit({kind: 'realign'});
          break;
        case 'edit':
          if (len(row, side) === 0) say('emptySide');
          else setMode('edit');
          break;
        case 'join':
          if (len(row, side) === 0) say('emptySide');
          else if (position >= doc.paragraphs[side].length - 1) say('noNextParagraph');
          else void edit({kind: 'joinParagraphs', lang: side, position});
          break;
        case 'status':
          if (nextStatus[status]) void edit({kind: 'setStatus', status: nextStatus[status]});
          else say('alreadyPublished');
          break;
        case 'undo':
          void send(() => actions.undo({textId, revision}), 'undid');
          break;
        case 'redo':
          void send(() => actions.redo({textId, revision}), 'redid');
          break;
        case 'useMatch1':
        case 'useMatch2':
        case 'useMatch3': {
          const match = matchesRef.current[Number(command.at(-1)) - 1];
          if (!canUseMatch || !match) return false;
          applyMatch(match.target);
          break;
        }
      }
      return true;
    },
    [
      row,
      rowCount,
      cursor,
      oneLanguage,
      say,
      edit,
      send,
      doc,
      position,
      status,
      actions,
      textId,
      revision,
      canUseMatch,
      applyMatch,
    ],
  );

  useEffect(() => {
    const element = gridRef.current?.querySelector<HTMLElement>(`.erow[data-row="${cursor.row}"]`);
    element?.scrollIntoView({block: 'nearest'});
    // Roving focus: the grid keeps the keyboard on the cursor's row once it has it.
    if (
      element &&
      gridRef.current?.contains(document.activeElement) &&
      document.activeElement !== element &&
      !document.activeElement?.closest('textarea, input, button')
    )
      element.focus({preventScroll: true});
  }, [cursor.row]);

  // Bound in a layout effect, i.e. in the same commit that shows an edit's result: bound after paint,
  // a key pressed in between ran the previous handler with the previous revision and was refused as
  // stale (a browser test pressing P right after seeing "in review" caught it).
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (mode !== 'normal') return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, a, button:not([data-command])')) return;
      // A toolbar button keeps Enter and Space for itself.
      if (target.closest('button') && (event.key === 'Enter' || event.key === ' ')) return;
      const command = commandFor(event);
      if (command && run(command)) event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, run]);

  // The second click of a double click (detail 2) would repeat the operation on the rows the first changed.
  const click = (command: Command) => (event: MouseEvent) => {
    if (event.detail <= 1) run(command);
  };
  const pointAt = (i: number, side: Side, index: number) => {
    if (mode === 'normal') setCursor({row: i, side, index});
  };

  return (
    <div className="alignment-editor" aria-busy={busy}>
      <div className="editor-bar">
        <span className={`status status-${status}`}>
          {labels.status}: {labels.statusNames[status]}
        </span>
        {nextStatus[status] && (
          <button
            type="button"
            data-command="status"
            aria-keyshortcuts={shortcutsOf('status')}
            onClick={click('status')}
          >
            {labels.nextStatus[status]}
          </button>
        )}
        <p role="status" className="editor-message">
          {message}
        </p>
        <div role="toolbar" aria-label={labels.toolbar.label} className="editor-toolbar">
          {TOOLBAR.filter((c) => !oneLanguage || !ROW_COMMANDS.has(c)).map((c) => (
            <button
              key={c}
              type="button"
              data-command={c}
              aria-keyshortcuts={shortcutsOf(c)}
              disabled={mode !== 'normal'}
              onClick={click(c)}
            >
              {labels.toolbar[c]}
            </button>
          ))}
        </div>
      </div>
      {oneLanguage && <p className="one-language">{labels.oneLanguage}</p>}
      <details className="shortcuts">
        <summary>{labels.shortcuts}</summary>
        <p className="hint">{labels.keysHint}</p>
        <dl>
          {keymap.map((g) => (
            <div key={g.help}>
              <dt>
                <kbd>{g.shown}</kbd>
              </dt>
              <dd>{labels.keys[g.help]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <MemoryMatches
        textId={textId}
        from={sourceSide}
        to={cursor.side}
        source={memorySource}
        current={currentTarget}
        canUse={canUseMatch && mode === 'normal'}
        onUse={applyMatch}
        onMatches={rememberMatches}
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
      {!oneLanguage && <p className="hint score-legend">{labels.legend}</p>}
      <div className="erows" role="grid" aria-label={labels.gridLabel} aria-rowcount={rowCount} ref={gridRef}>
        {rows.map((link, i) => {
          const current = i === cursor.row;
          const machine = isMachinePairing(doc, link);
          return (
            <div
              key={i}
              role="row"
              data-row={i}
              aria-rowindex={i + 1}
              aria-selected={current}
              tabIndex={current ? 0 : -1}
              className={`erow${current ? ' current' : ''}${flagged(link) ? ' flagged' : ''}${link.status === 'confirmed' ? ' confirmed' : ''}`}
              onClick={() => pointAt(i, current ? cursor.side : 'id', 0)}
            >
              <div className="emeta" role="gridcell">
                {!oneLanguage && (
                  <span className="shape">
                    {len(link, 'id')}–{len(link, 'en')}
                  </span>
                )}
                {!oneLanguage && <RowScore link={link} machine={machine} labels={labels} />}
                {!oneLanguage && flagged(link) && !machine && <span className="badge warn">{labels.flagged}</span>}
              </div>
              {(['id', 'en'] as const).map((side) => (
                <div
                  key={side}
                  role="gridcell"
                  className={`ecell ecell-${side}${current && cursor.side === side ? ' active' : ''}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    pointAt(i, side, 0);
                  }}
                >
                  {len(link, side) === 0 && !oneLanguage && (
                    <p className="none" lang={side}>
                      {labels.noCounterpart}
                    </p>
                  )}
                  {doc.paragraphs[side].slice(first(link, side), first(link, side) + len(link, side)).map((p, k) => {
                    const at = first(link, side) + k;
                    const selected =
                      current && cursor.side === side && Math.min(cursor.index, len(link, side) - 1) === k;
                    if (selected && mode === 'edit')
                      return (
                        <ParagraphEditor
                          key={at}
                          lang={side}
                          body={draft ?? p.body}
                          labels={labels}
                          onCancel={() => {
                            setDraft(null);
                            setMode('normal');
                          }}
                          onSave={(body) => {
                            setDraft(null);
                            setMode('normal');
                            void edit({kind: 'editParagraph', lang: side, position: at, body});
                          }}
                          onSplit={(offset) => {
                            if (draft !== null) return;
                            setMode('normal');
                            void edit({kind: 'splitParagraph', lang: side, position: at, offset});
                          }}
                        />
                      );
                    return (
                      <p
                        key={at}
                        lang={side}
                        className={`${selected ? 'selected' : ''} prov-${p.provenance}`}
                        onClick={(e) => {
                          e.stopPropagation();
                          pointAt(i, side, k);
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
        })}
      </div>
    </div>
  );
}

/** What a row's score means: confirmed by an editor, paired by a machine draft, or the aligner's confidence. */
function RowScore({link, machine, labels}: {link: LinkState; machine: boolean; labels: EditorLabels}) {
  if (link.status === 'confirmed') {
    return (
      <span className="badge ok" title={labels.confirmedTitle}>
        {labels.confirmed}
      </span>
    );
  }
  if (machine)
    return (
      <span className="badge machine" title={labels.machineTitle}>
        {labels.machineRow}
      </span>
    );
  const shown = labels.confidenceShort.replace('{percent}', String(Math.round(link.score * 100)));
  return (
    <span className="score" title={labels.confidence}>
      {shown}
    </span>
  );
}

function ParagraphEditor(props: {
  lang: Side;
  body: string;
  labels: EditorLabels;
  onSave: (body: string) => void;
  onSplit: (offset: number) => void;
  onCancel: () => void;
}) {
  const box = useRef<HTMLTextAreaElement>(null);
  const {labels} = props;
  return (
    <div className="paragraph-editor">
      <label>
        <span className="hint">{labels.editHint}</span>
        <textarea
          ref={box}
          lang={props.lang}
          defaultValue={props.body}
          autoFocus
          rows={5}
          onKeyDown={(e) => {
            if (e.key === 'Escape') props.onCancel();
            else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) props.onSave(e.currentTarget.value);
            else if (e.key === 'Enter' && e.altKey) props.onSplit(e.currentTarget.selectionStart);
            else return;
            e.preventDefault();
          }}
        />
      </label>
      <div className="paragraph-editor-buttons">
        <button type="button" className="primary" onClick={() => box.current && props.onSave(box.current.value)}>
          {labels.save}
        </button>
        <button type="button" onClick={() => box.current && props.onSplit(box.current.selectionStart)}>
          {labels.splitHere}
        </button>
        <button type="button" onClick={props.onCancel}>
          {labels.cancel}
        </button>
      </div>
    </div>
  );
}

function SplitDialog(props: {
  row: LinkState;
  labels: EditorLabels;
  onApply: (idCount: number, enCount: number) => void;
  onCancel: () => void;
}) {
  const {row, labels} = props;
  const idLen = row.idEnd - row.idStart;
  const enLen = row.enEnd - row.enStart;
  return (
    <form
      className="split-dialog"
      role="dialog"
      aria-label={labels.splitTitle}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        props.onApply(Number(data.get('idCount')), Number(data.get('enCount')));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <p>{labels.splitTitle}</p>
      <label>
        {labels.splitId}{' '}
        <input name="idCount" type="number" min={0} max={idLen} defaultValue={Math.ceil(idLen / 2)} autoFocus />
      </label>
      <label>
        {labels.splitEn} <input name="enCount" type="number" min={0} max={enLen} defaultValue={Math.ceil(enLen / 2)} />
      </label>
      <button type="submit">{labels.apply}</button>
      <button type="button" onClick={props.onCancel}>
        {labels.cancel}
      </button>
    </form>
  );
}
