'use client';

// The text as the editor holds it, and its round trips to the server: one request at a time, each
// result applied as a change (or, when somebody else changed the text, the text as it is now).
import {createTranslator} from 'next-intl';
import {useCallback, useMemo, useRef, useState} from 'react';
import {type AlignedDoc, applyChange, type TextStatus} from '@/core/editing/alignmentChange';
import type {EditRequest} from '@/server/editor/operations';
import type {MemoryLookupResult} from '@/server/memory/editorMemory';
import {MAX_REALIGN_PARAGRAPHS} from '@/core/editing/realignLimits';
import type {EditActionResult} from '../actions';
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
}

export interface SessionStart {
  textId: string;
  locale: string;
  initial: AlignedDoc & {revision: number; status: TextStatus};
  messages: EditorMessages;
  actions: EditorActions;
}

/** What the feedback line says a result was: an operation, an undo or a redo (Editor.messages keys). */
type Walk = 'done' | 'undid' | 'redid';

export function useEditorSession({textId, locale, initial, messages, actions}: SessionStart) {
  const [doc, setDoc] = useState<AlignedDoc>({links: initial.links, paragraphs: initial.paragraphs});
  const [revision, setRevision] = useState(initial.revision);
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
    [say, t, messages, locale],
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

  return {doc, revision, status, message, busy, say, edit, undo, redo};
}
