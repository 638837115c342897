'use client';

// The text as the editor holds it, and its round trips to the server: one request at a time, each
// result applied as a change (or, when somebody else changed the text, the text as it is now).
import {createTranslator} from 'next-intl';
import {useCallback, useMemo, useRef, useState} from 'react';
import {applyChange, type TextStatus} from '@/core/editing/alignmentChange';
import {
  type DocOutline,
  fillParagraphs,
  type ParagraphChunk,
  type ParagraphRanges,
  type PartialDoc,
  partialDocOf,
} from '@/core/editing/partialDoc';
import type {EditRequest} from '@/server/editor/operations';
import type {EditorOutline} from '@/server/editor/outline';
import type {MemoryLookupResult} from '@/server/memory/editorMemory';
import {MAX_REALIGN_PARAGRAPHS} from '@/core/editing/realignLimits';
import type {EditActionResult} from '../actions';
import type {ParagraphsResult} from './paragraphActions';
import {describeOperation, shapeOf} from './describeChange';
import type {EditorMessages} from './labels';
import type {LoadRowWords} from './useRowWords';

export interface EditorActions {
  edit: (input: unknown) => Promise<EditActionResult>;
  undo: (input: unknown) => Promise<EditActionResult>;
  redo: (input: unknown) => Promise<EditActionResult>;
  lookup: (input: unknown) => Promise<MemoryLookupResult>;
  /** Word links and suspicious flags of a page of rows (rowWordsActions.ts). */
  rowWords?: LoadRowWords;
  /** The paragraphs of a chapter the page has not loaded yet (paragraphActions.ts). */
  paragraphs: (input: unknown) => Promise<ParagraphsResult | {ok: false; error: string}>;
}

export interface SessionStart {
  textId: string;
  locale: string;
  /** The whole text's rows and headings, and the paragraphs of the chapter the page opens on. */
  initial: {outline: DocOutline; chunk: ParagraphChunk; revision: number; status: TextStatus};
  messages: EditorMessages;
  actions: EditorActions;
}

/** What the feedback line says a result was: an operation, an undo or a redo (Editor.messages keys). */
type Walk = 'done' | 'undid' | 'redid';

export function useEditorSession({textId, locale, initial, messages, actions}: SessionStart) {
  const [doc, setDoc] = useState<PartialDoc>(() => partialDocOf(initial.outline, initial.chunk));
  const [revision, setRevisionState] = useState(initial.revision);
  // Read when loaded paragraphs arrive: they belong to the copy only at the revision they were asked at.
  const revisionRef = useRef(initial.revision);
  const setRevision = useCallback((next: number) => {
    revisionRef.current = next;
    setRevisionState(next);
  }, []);
  const [status, setStatus] = useState(initial.status);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const t = useMemo(() => createTranslator({locale, messages}), [locale, messages]);
  const say = useCallback(
    (key: string, values?: Record<string, string | number>) => {
      setMessage(t(`Editor.messages.${key}` as never, values as never));
    },
    [t],
  );

  /** The text as it is now: its outline, without paragraphs (the page loads those it shows). */
  const replace = useCallback(
    (current: EditorOutline) => {
      setDoc(partialDocOf(current.doc));
      setRevision(current.revision);
      setStatus(current.status);
    },
    [setRevision],
  );

  /** Asks for paragraphs the page lacks; they fill the copy only if it is still at the same revision. */
  const load = useCallback(
    async (ranges: ParagraphRanges) => {
      const asked = revisionRef.current;
      const result = await actions.paragraphs({textId, revision: asked, ...ranges});
      if (revisionRef.current !== asked) return;
      if (result.ok) setDoc((d) => fillParagraphs(d, result.chunk));
      // Stale while an edit of ours is on its way: that edit's own result tells what happened.
      else if (result.error === 'stale' && 'current' in result && !busyRef.current) {
        replace(result.current);
        say('stale');
      } else if (result.error !== 'stale')
        say(messages.Editor.messages[result.error] ? result.error : 'invalidOperation');
    },
    [actions, textId, replace, say, messages],
  );

  const send = useCallback(
    async (call: () => Promise<EditActionResult>, walk: Walk, operation?: string) => {
      // One request at a time: a key pressed meanwhile is not queued (the text it was meant for may be
      // about to change), and the person is told rather than left wondering.
      if (busyRef.current) {
        say('stillSaving');
        return;
      }
      busyRef.current = true;
      setBusy(true);
      try {
        const result = await call();
        if (result.ok) {
          const {change} = result;
          setDoc((d) => applyChange(d, change));
          setRevision(result.revision);
          setStatus(result.status);
          const shape = shapeOf(result.change, walk === 'undid');
          const described = describeOperation(operation ?? result.operation ?? '', shape);
          say(walk, {what: t(`Operations.${described.key}` as never, described.values as never)});
        } else if (result.error === 'stale') {
          // Somebody else changed the text: show what is there now, never overwrite it.
          replace(result.current);
          say('stale');
        } else if (result.error === 'queued') {
          // A long re-align runs as a job: its page shows the progress and comes back here when it ends.
          say('queued');
          window.location.assign(`/${locale}/jobs/${result.jobId}`);
        } else if (result.error === 'tooLong') {
          say('tooLong', {paragraphs: MAX_REALIGN_PARAGRAPHS});
        } else {
          say(messages.Editor.messages[result.error] ? result.error : 'invalidOperation');
        }
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [say, t, messages, locale, setRevision, replace],
  );

  const edit = useCallback(
    (request: EditRequest) => send(() => actions.edit({textId, revision, request}), 'done', request.kind),
    [send, actions, textId, revision],
  );
  const undo = useCallback(
    () => send(() => actions.undo({textId, revision}), 'undid'),
    [send, actions, textId, revision],
  );
  const redo = useCallback(
    () => send(() => actions.redo({textId, revision}), 'redid'),
    [send, actions, textId, revision],
  );

  return {doc, revision, status, message, busy, say, edit, undo, redo, load};
}
