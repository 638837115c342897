'use client';

import type {MouseEvent} from 'react';
import type {TextStatus} from '@/core/editing/alignmentChange';
import {type Command, keymap, ROW_COMMANDS, shortcutsOf, TOOLBAR} from './keymap';
import type {EditorLabels} from './labels';
import {nextStatus} from './rows';

/** The status and its next step, the feedback line, a button per command and the keyboard help. */
export function EditorBar(props: {
  status: TextStatus;
  message: string | null;
  oneLanguage: boolean;
  disabled: boolean;
  labels: EditorLabels;
  click: (command: Command) => (event: MouseEvent) => void;
}) {
  const {status, labels, click} = props;
  return (
    <>
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
          {props.message}
        </p>
        <div role="toolbar" aria-label={labels.toolbar.label} className="editor-toolbar">
          {TOOLBAR.filter((c) => !props.oneLanguage || !ROW_COMMANDS.has(c)).map((c) => (
            <button
              key={c}
              type="button"
              data-command={c}
              aria-keyshortcuts={shortcutsOf(c)}
              disabled={props.disabled}
              onClick={click(c)}
            >
              {labels.toolbar[c]}
            </button>
          ))}
        </div>
      </div>
      {props.oneLanguage && <p className="one-language">{labels.oneLanguage}</p>}
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
    </>
  );
}
