'use client';

import {startTransition, useActionState, type FormEvent} from 'react';
import type {ImportField, ImportState} from './actions';

export interface ImportLabels {
  [key: string]: string;
}

/** The field's name as the form shows it, for messages that name the field. */
const fieldLabel: Record<ImportField, (l: ImportLabels) => string> = {
  licence: (l) => l.licence,
  author: (l) => l.author,
  titleId: (l) => l.titleId,
  titleEn: (l) => l.titleEn,
  idText: (l) => `${l.langId}, ${l.pasteShort}`,
  enText: (l) => `${l.langEn}, ${l.pasteShort}`,
  idFile: (l) => `${l.langId}, ${l.uploadShort}`,
  enFile: (l) => `${l.langEn}, ${l.uploadShort}`,
  tmxFile: (l) => l.tmx,
  kind: (l) => l.kind,
  originalLanguage: (l) => l.originalLanguage,
};

function message(state: ImportState, labels: ImportLabels, errors: Record<string, string>): string {
  const template = errors[state.error ?? ''] ?? errors.invalidInput!;
  const field = state.field ? fieldLabel[state.field]?.(labels) : undefined;
  const named = field ? template.replace('{field}', field) : template.replace(/^\{field\}:\s*/, '');
  return named.replace('{max}', (state.max ?? 0).toLocaleString(labels.numberLocale));
}

export function ImportForm({
  action,
  locale,
  labels,
  errors,
}: {
  action: (s: ImportState, f: FormData) => Promise<ImportState>;
  locale: string;
  labels: ImportLabels;
  errors: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, {error: null});
  // Submitting through the action prop resets every field afterwards; a preview or a refusal must
  // leave the form as the editor filled it, files included, so the form is sent by hand.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  const invalid = (field: ImportField) =>
    state.error && state.field === field ? {'aria-invalid': true, 'aria-describedby': 'import-error'} : {};
  return (
    <form action={formAction} onSubmit={submit} className="import-form" encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      <fieldset>
        <legend>{labels.metadata}</legend>
        <label>
          {labels.kind}{' '}
          <select name="kind" defaultValue="news">
            {['news', 'essay', 'documentation', 'book', 'story'].map((k) => (
              <option key={k} value={k}>
                {labels[`kind_${k}`]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.originalLanguage}{' '}
          <select name="originalLanguage" defaultValue="id">
            <option value="id">{labels.langId}</option>
            <option value="en">{labels.langEn}</option>
          </select>
        </label>
        <label>
          {labels.licence} <input name="licence" required maxLength={500} {...invalid('licence')} />
        </label>
        <label>
          {labels.author} <input name="author" maxLength={200} {...invalid('author')} />
        </label>
        <label>
          {labels.titleId} <input name="titleId" lang="id" maxLength={300} {...invalid('titleId')} />
        </label>
        <label>
          {labels.titleEn} <input name="titleEn" lang="en" maxLength={300} {...invalid('titleEn')} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{labels.langId}</legend>
        <label>
          {labels.paste} <textarea name="idText" lang="id" rows={8} {...invalid('idText')} />
        </label>
        <label>
          {labels.upload}{' '}
          <input
            type="file"
            name="idFile"
            accept=".epub,.docx,.html,.htm,.xhtml,.md,.markdown,.txt,application/epub+zip,text/html,text/plain,text/markdown"
            {...invalid('idFile')}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{labels.langEn}</legend>
        <label>
          {labels.paste} <textarea name="enText" lang="en" rows={8} {...invalid('enText')} />
        </label>
        <label>
          {labels.upload}{' '}
          <input
            type="file"
            name="enFile"
            accept=".epub,.docx,.html,.htm,.xhtml,.md,.markdown,.txt,application/epub+zip,text/html,text/plain,text/markdown"
            {...invalid('enFile')}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{labels.tmx}</legend>
        <label>
          {labels.tmxFile} <input type="file" name="tmxFile" accept=".tmx" {...invalid('tmxFile')} />
        </label>
      </fieldset>
      <p className="hint">{labels.limits}</p>
      {state.error && (
        <p role="alert" id="import-error" className="form-error">
          {message(state, labels, errors)}
        </p>
      )}
      <button type="submit" name="intent" value="preview" disabled={pending}>
        {labels.preview}
      </button>
      <button type="submit" name="intent" value="create" disabled={pending}>
        {labels.create}
      </button>
      {state.preview && (
        <section className="import-preview" aria-label={labels.previewTitle}>
          <h2>{labels.previewTitle}</h2>
          {(['id', 'en'] as const).map((lang) => (
            <div key={lang}>
              <h3>
                {lang === 'id' ? labels.langId : labels.langEn}: {state.preview!.counts[lang]}
              </h3>
              <p className="hint">
                {labels.previewStructure
                  .replace('{headings}', String(state.preview!.headings[lang]))
                  .replace('{images}', String(state.preview!.images[lang]))}
              </p>
              {state.preview!.counts[lang] > state.preview![lang].length && (
                <p className="hint">
                  {labels.previewShown
                    .replace('{shown}', String(state.preview![lang].length))
                    .replace('{count}', String(state.preview!.counts[lang]))}
                </p>
              )}
              <ol>
                {state.preview![lang].map((p, i) => (
                  <li key={i}>
                    <p lang={lang}>{p}</p>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      )}
    </form>
  );
}
