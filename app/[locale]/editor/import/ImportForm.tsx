'use client';

import {useActionState} from 'react';
import type {ImportState} from './actions';

export interface ImportLabels {
  [key: string]: string;
}

export function ImportForm({action, locale, labels, errors}: {action: (s: ImportState, f: FormData) => Promise<ImportState>; locale: string; labels: ImportLabels; errors: Record<string, string>}) {
  const [state, formAction, pending] = useActionState(action, {error: null});
  return (
    <form action={formAction} className="import-form" encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      <fieldset>
        <legend>{labels.metadata}</legend>
        <label>{labels.kind} <select name="kind" defaultValue="news">{['news', 'essay', 'documentation', 'book', 'story'].map((k) => <option key={k} value={k}>{labels[`kind_${k}`]}</option>)}</select></label>
        <label>{labels.originalLanguage} <select name="originalLanguage" defaultValue="id"><option value="id">{labels.langId}</option><option value="en">{labels.langEn}</option></select></label>
        <label>{labels.licence} <input name="licence" required /></label>
        <label>{labels.author} <input name="author" /></label>
        <label>{labels.titleId} <input name="titleId" lang="id" /></label>
        <label>{labels.titleEn} <input name="titleEn" lang="en" /></label>
      </fieldset>
      <fieldset>
        <legend>{labels.langId}</legend>
        <label>{labels.paste} <textarea name="idText" lang="id" rows={8} /></label>
        <label>{labels.upload} <input type="file" name="idFile" accept=".txt,.md,text/plain,text/markdown" /></label>
      </fieldset>
      <fieldset>
        <legend>{labels.langEn}</legend>
        <label>{labels.paste} <textarea name="enText" lang="en" rows={8} /></label>
        <label>{labels.upload} <input type="file" name="enFile" accept=".txt,.md,text/plain,text/markdown" /></label>
      </fieldset>
      <fieldset>
        <legend>{labels.tmx}</legend>
        <label>{labels.tmxFile} <input type="file" name="tmxFile" accept=".tmx" /></label>
      </fieldset>
      <p className="hint">{labels.limits}</p>
      {state.error && <p role="alert" className="form-error">{errors[state.error] ?? errors.invalidInput}</p>}
      <button type="submit" name="intent" value="preview" disabled={pending}>{labels.preview}</button>
      <button type="submit" name="intent" value="create" disabled={pending}>{labels.create}</button>
      {state.preview && (
        <section className="import-preview" aria-label={labels.previewTitle}>
          <h2>{labels.previewTitle}</h2>
          {(['id', 'en'] as const).map((lang) => (
            <div key={lang}>
              <h3>{lang === 'id' ? labels.langId : labels.langEn}: {state.preview![lang].length}</h3>
              <ol>{state.preview![lang].map((p, i) => <li key={i}><p lang={lang}>{p}</p></li>)}</ol>
            </div>
          ))}
        </section>
      )}
    </form>
  );
}
