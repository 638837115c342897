'use client';

import {useErrorLabels} from './ErrorLabels';

export default function ErrorPage({reset}: {error: Error; reset: () => void}) {
  const t = useErrorLabels();
  return (
    <section className="message-page" role="alert">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={reset}>
        {t.retry}
      </button>
    </section>
  );
}
