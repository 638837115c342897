'use client';

import {useCallback, useEffect, useLayoutEffect, useRef, useState} from 'react';
import {applyChange, type AlignedDoc, type LinkState, type Side, type TextStatus} from '@/core/alignmentChange';
import type {EditRequest} from '@/server/editor/operations';
import type {MemoryLookupResult} from '@/server/editor/memory';
import type {FuzzyMatch} from '@/server/memory';
import type {EditActionResult} from '../actions';
import {MemoryMatches, type MemoryMatchesLabels} from './MemoryMatches';

export interface EditorLabels {
  shortcuts: string;
  keys: Record<string, string>;
  statusNames: Record<TextStatus, string>;
  messages: Record<string, string>;
  confidence: string;
  flagged: string;
  confirmed: string;
  noCounterpart: string;
  splitTitle: string;
  splitId: string;
  splitEn: string;
  apply: string;
  cancel: string;
  editHint: string;
  status: string;
  nextStatus: Partial<Record<TextStatus, string>>;
  keysHint: string;
  oneLanguage: string;
  memory: MemoryMatchesLabels;
}

interface Props {
  textId: string;
  initial: AlignedDoc & {revision: number; status: TextStatus};
  labels: EditorLabels;
  actions: {
    edit: (input: unknown) => Promise<EditActionResult>;
    undo: (input: unknown) => Promise<EditActionResult>;
    redo: (input: unknown) => Promise<EditActionResult>;
    lookup: (input: unknown) => Promise<MemoryLookupResult>;
  };
}

const LOW = 0.5;
const nextStatus: Record<TextStatus, TextStatus | null> = {draft: 'review', review: 'published', published: null};
const len = (l: LinkState, s: Side) => (s === 'id' ? l.idEnd - l.idStart : l.enEnd - l.enStart);
const first = (l: LinkState, s: Side) => (s === 'id' ? l.idStart : l.enStart);
const flagged = (l: LinkState) => l.status !== 'confirmed' && (l.score < LOW || l.idEnd - l.idStart !== 1 || l.enEnd - l.enStart !== 1);
const rowOperations = new Set(['m', 's', 'n', 'c', 'C', 'r']);

/** A text in one language has no links yet: one row per paragraph, for reading and editing only. */
function displayRows(doc: AlignedDoc): LinkState[] {
  if (doc.links.length) return doc.links;
  const side: Side = doc.paragraphs.id.length ? 'id' : 'en';
  return doc.paragraphs[side].map((_, i) => ({idStart: side === 'id' ? i : 0, idEnd: side === 'id' ? i + 1 : 0, enStart: side === 'en' ? i : 0, enEnd: side === 'en' ? i + 1 : 0, score: 1, status: 'automatic'}));
}

export function AlignmentEditor({textId, initial, labels, actions}: Props) {
  const [doc, setDoc] = useState<AlignedDoc>({links: initial.links, paragraphs: initial.paragraphs});
  const [revision, setRevision] = useState(initial.revision);
  const [status, setStatus] = useState(initial.status);
  const [cursor, setCursor] = useState({row: 0, side: (initial.paragraphs.id.length || !initial.paragraphs.en.length ? 'id' : 'en') as Side, index: 0});
  const [mode, setMode] = useState<'normal' | 'edit' | 'split'>('normal');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A memory match taken into the paragraph: the editor opens with it instead of the stored text.
  const [draft, setDraft] = useState<string | null>(null);
  const matchesRef = useRef<FuzzyMatch[]>([]);
  const busyRef = useRef(false);
  const oneLanguage = doc.links.length === 0;
  const rows = displayRows(doc);
  const rowCount = rows.length;
  const row = rows[Math.min(cursor.row, rowCount - 1)];
  const position = row ? first(row, cursor.side) + Math.min(cursor.index, Math.max(0, len(row, cursor.side) - 1)) : 0;
  // The memory is asked about the row's other side, whose translation is the paragraph under the cursor.
  const sourceSide: Side = cursor.side === 'id' ? 'en' : 'id';
  const memorySource = row ? doc.paragraphs[sourceSide].slice(first(row, sourceSide), first(row, sourceSide) + len(row, sourceSide)).map((p) => p.body).join(' ') : '';
  const canUseMatch = !!row && len(row, cursor.side) > 0;
  const useMatch = useCallback((target: string) => {
    setDraft(target);
    setMode('edit');
  }, []);
  const rememberMatches = useCallback((matches: FuzzyMatch[]) => { matchesRef.current = matches; }, []);

  const send = useCallback(async (call: () => Promise<EditActionResult>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      const result = await call();
      if (result.ok) {
        setDoc((d) => applyChange(d, result.change));
        setRevision(result.revision);
        setStatus(result.status);
        setMessage(labels.messages.saved);
      } else if (result.error === 'stale') {
        // Somebody else changed the text: show what is there now, never overwrite it.
        setDoc({links: result.current.links, paragraphs: result.current.paragraphs});
        setRevision(result.current.revision);
        setStatus(result.current.status);
        setMessage(labels.messages.stale);
      } else {
        setMessage(labels.messages[result.error] ?? labels.messages.invalidOperation);
      }
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, [labels]);

  const edit = useCallback((request: EditRequest) => send(() => actions.edit({textId, revision, request})), [send, actions, textId, revision]);

  useEffect(() => {
    document.querySelector(`.erow[data-row="${cursor.row}"]`)?.scrollIntoView({block: 'nearest'});
  }, [cursor.row]);

  // Bound in a layout effect, i.e. in the same commit that shows an edit's result: bound after paint,
  // a key pressed in between ran the previous handler with the previous revision and was refused as
  // stale (a browser test pressing P right after seeing "in review" caught it).
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (mode !== 'normal' || !row) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, button, a')) return;
      const ctrl = event.ctrlKey || event.metaKey;
      const go = (r: number) => setCursor((c) => ({...c, row: Math.max(0, Math.min(rowCount - 1, r)), index: 0}));
      const key = event.key;
      let handled = true;
      if (oneLanguage && !ctrl && !event.altKey && (rowOperations.has(key) || key === 'g')) {
        event.preventDefault();
        setMessage(labels.messages.oneLanguage);
        return;
      }
      if (oneLanguage && event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
        event.preventDefault();
        setMessage(labels.messages.oneLanguage);
        return;
      }
      if (ctrl && (key === 'z' || key === 'Z')) void send(() => (event.shiftKey ? actions.redo : actions.undo)({textId, revision}));
      else if (ctrl && key === 'y') void send(() => actions.redo({textId, revision}));
      else if (ctrl) handled = false;
      else if (event.altKey && key === 'ArrowUp') void edit({kind: 'moveUp', row: cursor.row, side: cursor.side});
      else if (event.altKey && key === 'ArrowDown') void edit({kind: 'moveDown', row: cursor.row, side: cursor.side});
      else if (key === 'ArrowDown') go(cursor.row + 1);
      else if (key === 'ArrowUp') go(cursor.row - 1);
      else if (key === 'ArrowLeft') setCursor((c) => ({...c, side: 'id', index: 0}));
      else if (key === 'ArrowRight') setCursor((c) => ({...c, side: 'en', index: 0}));
      else if (key === ']') setCursor((c) => ({...c, index: Math.min(c.index + 1, Math.max(0, len(row, c.side) - 1))}));
      else if (key === '[') setCursor((c) => ({...c, index: Math.max(0, c.index - 1)}));
      else if (key === 'Home') go(0);
      else if (key === 'End') go(rowCount - 1);
      else if (key === 'm') void edit({kind: 'merge', row: cursor.row});
      else if (key === 's') setMode('split');
      else if (key === 'n') void edit({kind: 'detach', row: cursor.row, side: cursor.side, end: cursor.index > 0 && cursor.index >= len(row, cursor.side) - 1 ? 'last' : 'first'});
      else if (key === 'c') void edit({kind: 'confirm', row: cursor.row});
      else if (key === 'C') void edit({kind: 'confirmThrough', row: cursor.row});
      else if (key === 'g') {
        const found = doc.links.findIndex((l, i) => i > cursor.row && (l.status !== 'confirmed' || l.score < LOW));
        if (found >= 0) go(found);
        else setMessage(labels.messages.noneLeft);
      } else if (key === 'r') void edit({kind: 'realign'});
      else if ((key === 'e' || key === 'Enter') && len(row, cursor.side) > 0) setMode('edit');
      else if (key === 'J') void edit({kind: 'joinParagraphs', lang: cursor.side, position});
      else if (key === 'P' && nextStatus[status]) void edit({kind: 'setStatus', status: nextStatus[status]!});
      else if ((key === '1' || key === '2' || key === '3') && canUseMatch && matchesRef.current[Number(key) - 1]) useMatch(matchesRef.current[Number(key) - 1].target);
      else handled = false;
      if (handled) event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, row, rowCount, oneLanguage, cursor, doc.links, edit, send, actions, textId, revision, position, status, labels, canUseMatch, useMatch]);

  return (
    <div className="alignment-editor" aria-busy={busy}>
      <div className="editor-bar">
        <span className={`status status-${status}`}>{labels.status}: {labels.statusNames[status]}</span>
        {nextStatus[status] && <button type="button" onClick={() => void edit({kind: 'setStatus', status: nextStatus[status]!})}>{labels.nextStatus[status]}</button>}
        <p role="status" className="editor-message">{message}</p>
      </div>
      {oneLanguage && <p className="one-language">{labels.oneLanguage}</p>}
      <details className="shortcuts" open>
        <summary>{labels.shortcuts}</summary>
        <p className="hint">{labels.keysHint}</p>
        <dl>{Object.entries(labels.keys).map(([k, v]) => <div key={k}><dt><kbd>{k}</kbd></dt><dd>{v}</dd></div>)}</dl>
      </details>
      <MemoryMatches from={sourceSide} to={cursor.side} source={memorySource} canUse={canUseMatch && mode === 'normal'} onUse={useMatch}
        onMatches={rememberMatches} lookup={actions.lookup} labels={labels.memory} />
      {mode === 'split' && row && <SplitDialog row={row} labels={labels} onCancel={() => setMode('normal')} onApply={(idCount, enCount) => { setMode('normal'); void edit({kind: 'split', row: cursor.row, idCount, enCount}); }} />}
      <div className="erows" role="grid" aria-rowcount={rowCount}>
        {rows.map((link, i) => {
          const current = i === cursor.row;
          return (
            <div key={`${link.idStart}:${link.enStart}:${i}`} role="row" data-row={i} aria-selected={current}
              className={`erow${current ? ' current' : ''}${flagged(link) ? ' flagged' : ''}${link.status === 'confirmed' ? ' confirmed' : ''}`}
              onClick={() => setCursor((c) => ({...c, row: i, index: 0}))}>
              <div className="emeta" role="gridcell">
                {!oneLanguage && <span className="shape">{len(link, 'id')}–{len(link, 'en')}</span>}
                {!oneLanguage && <span className="score" title={labels.confidence}>{Math.round(link.score * 100)}%</span>}
                {oneLanguage ? null : link.status === 'confirmed' ? <span className="badge ok">{labels.confirmed}</span> : flagged(link) ? <span className="badge warn">{labels.flagged}</span> : null}
              </div>
              {(['id', 'en'] as const).map((side) => (
                <div key={side} role="gridcell" className={`ecell ecell-${side}${current && cursor.side === side ? ' active' : ''}`}>
                  {len(link, side) === 0 && !oneLanguage && <p className="none" lang={side}>{labels.noCounterpart}</p>}
                  {doc.paragraphs[side].slice(first(link, side), first(link, side) + len(link, side)).map((p, k) => {
                    const at = first(link, side) + k;
                    const selected = current && cursor.side === side && Math.min(cursor.index, len(link, side) - 1) === k;
                    if (selected && mode === 'edit') return <ParagraphEditor key={at} lang={side} body={draft ?? p.body} hint={labels.editHint}
                      onCancel={() => { setDraft(null); setMode('normal'); }}
                      onSave={(body) => { setDraft(null); setMode('normal'); void edit({kind: 'editParagraph', lang: side, position: at, body}); }}
                      onSplit={(offset) => { if (draft !== null) return; setMode('normal'); void edit({kind: 'splitParagraph', lang: side, position: at, offset}); }} />;
                    return <p key={at} lang={side} className={`${selected ? 'selected' : ''} prov-${p.provenance}`}>{p.body}</p>;
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

function ParagraphEditor(props: {lang: Side; body: string; hint: string; onSave: (body: string) => void; onSplit: (offset: number) => void; onCancel: () => void}) {
  return (
    <label className="paragraph-editor">
      <span className="hint">{props.hint}</span>
      <textarea lang={props.lang} defaultValue={props.body} autoFocus rows={5}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onCancel();
          else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) props.onSave(e.currentTarget.value);
          else if (e.key === 'Enter' && e.altKey) props.onSplit(e.currentTarget.selectionStart);
          else return;
          e.preventDefault();
        }} />
    </label>
  );
}

function SplitDialog(props: {row: LinkState; labels: EditorLabels; onApply: (idCount: number, enCount: number) => void; onCancel: () => void}) {
  const {row, labels} = props;
  const idLen = row.idEnd - row.idStart;
  const enLen = row.enEnd - row.enStart;
  return (
    <form className="split-dialog" role="dialog" aria-label={labels.splitTitle}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        props.onApply(Number(data.get('idCount')), Number(data.get('enCount')));
      }}
      onKeyDown={(e) => { if (e.key === 'Escape') props.onCancel(); }}>
      <p>{labels.splitTitle}</p>
      <label>{labels.splitId} <input name="idCount" type="number" min={0} max={idLen} defaultValue={Math.ceil(idLen / 2)} autoFocus /></label>
      <label>{labels.splitEn} <input name="enCount" type="number" min={0} max={enLen} defaultValue={Math.ceil(enLen / 2)} /></label>
      <button type="submit">{labels.apply}</button>
      <button type="button" onClick={props.onCancel}>{labels.cancel}</button>
    </form>
  );
}
