'use client';

import type {Lang} from '@/core/vocabulary';
import {useRef} from 'react';

import type {EditorLabels} from './labels';

/** A paragraph's text in a box: Ctrl+Enter saves, Alt+Enter splits at the caret, Escape cancels. */
export function ParagraphEditor(props: {
  lang: Lang;
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
