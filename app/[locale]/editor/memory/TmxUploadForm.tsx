'use client';

import {useActionState} from 'react';
import type {UploadState} from './actions';
import {SubmitAndError} from './SubmitAndError';

interface Labels {
  title: string;
  help: string;
  file: string;
  submit: string;
  units: string;
  added: string;
  skipped: string;
}

/** Loads a .tmx file into the memory and says how many units it held, and how many entries were new. */
export function TmxUploadForm({
  action,
  labels,
  errors,
}: {
  action: (s: UploadState, f: FormData) => Promise<UploadState>;
  labels: Labels;
  errors: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="memory-upload" encType="multipart/form-data">
      <h2>{labels.title}</h2>
      <p className="hint">{labels.help}</p>
      <label>
        {labels.file} <input type="file" name="tmxFile" accept=".tmx" required />
      </label>
      <SubmitAndError
        pending={pending}
        submit={labels.submit}
        error={state && !state.ok ? (errors[state.error] ?? errors.invalidInput) : null}
      />
      {state?.ok && (
        <dl role="status" className="memory-upload-result">
          <div>
            <dt>{labels.units}</dt>
            <dd>{state.units}</dd>
          </div>
          <div>
            <dt>{labels.added}</dt>
            <dd>{state.added}</dd>
          </div>
          <div>
            <dt>{labels.skipped}</dt>
            <dd>{state.skipped}</dd>
          </div>
        </dl>
      )}
    </form>
  );
}
