'use client';

import {useActionState, useState} from 'react';
import type {LookupState} from './actions';
import {SubmitAndError} from './SubmitAndError';

interface Labels {
  title: string;
  help: string;
  direction: string;
  source: string;
  submit: string;
  none: string /** With {percent} left in, filled here. */;
  match: string;
}

/** A trial box: the closest remembered sources of what the editor types, with their percentages. */
export function MemoryLookupForm({
  action,
  labels,
  errors,
  directions,
}: {
  action: (s: LookupState, f: FormData) => Promise<LookupState>;
  labels: Labels;
  errors: Record<string, string>;
  directions: Record<'id-en' | 'en-id', string>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [direction, setDirection] = useState<'id-en' | 'en-id'>('id-en');
  return (
    <form action={formAction} className="memory-lookup">
      <h2>{labels.title}</h2>
      <p className="hint">{labels.help}</p>
      <label>
        {labels.direction}{' '}
        <select
          name="direction"
          value={direction}
          onChange={(e) => setDirection(e.target.value === 'en-id' ? 'en-id' : 'id-en')}
        >
          {Object.entries(directions).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {labels.source} <textarea name="source" lang={direction.slice(0, 2)} rows={3} required maxLength={5_000} />
      </label>
      <SubmitAndError
        pending={pending}
        submit={labels.submit}
        error={state && !state.ok ? (errors[state.error] ?? errors.invalidInput) : null}
      />
      {state?.ok && state.matches.length === 0 && <p role="status">{labels.none}</p>}
      {state?.ok && 'from' in state && state.matches.length > 0 && (
        <ol className="memory-matches" role="status">
          {state.matches.map((m, i) => (
            <li key={i}>
              <span className="match-percent">{labels.match.replace('{percent}', String(m.percent))}</span>
              <p lang={state.from}>{m.source}</p>
              <p lang={state.to}>{m.target}</p>
            </li>
          ))}
        </ol>
      )}
    </form>
  );
}
