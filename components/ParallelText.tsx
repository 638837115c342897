import type {Lang} from '@/core/vocabulary';
import type {ReactNode} from 'react';

import type {RowSentences, SentenceMark} from '@/core/align/sentenceLinks';
import type {ReaderParagraph, ReaderText} from '@/server/reader/readerText';
import {ReaderControls, type StudyLabels} from './ReaderControls';
import {WordLookup, type LookupLabels} from './WordLookup';
import './reader.css';

export interface ParallelTextLabels {
  kind: string;
  originalIn: string;
  licence: string;
  source: string;
  controls: string;
  swap: string;
  showBoth: string;
  onlyId: string;
  onlyEn: string;
  columnId: string;
  columnEn: string;
  noCounterpart: string;
  machine: string;
}

const LANGS: Lang[] = ['id', 'en'];

/**
 * One row per alignment link: the Indonesian run beside the English run. Rows keep both columns in
 * step as the page scrolls; on narrow screens the cells stack, interleaving the two languages.
 */
export function ParallelText({
  text,
  labels,
  sentences,
  study,
  lookup,
}: {
  text: ReaderText;
  labels: ParallelTextLabels;
  /** Sentence links per row: each sentence is wrapped in a span whose key its counterpart shares. */
  sentences?: RowSentences[];
  study: StudyLabels;
  lookup: LookupLabels;
}) {
  const byline = [labels.kind, text.author, text.publisher].filter(Boolean).join(' · ');
  return (
    <article className="reader" data-left="id" data-show="both" data-slug={text.slug}>
      <header className="reader-header">
        {LANGS.map((lang) =>
          text.versions[lang] ? (
            <h1 key={lang} lang={lang} className={`reader-title title-${lang}`}>
              {text.versions[lang].title}
            </h1>
          ) : null,
        )}
        <p className="reader-meta">
          {byline} · {labels.originalIn}
          {text.sourceUrl && (
            <>
              {' · '}
              <a href={text.sourceUrl} rel="noopener noreferrer nofollow">
                {labels.source}
              </a>
            </>
          )}
        </p>
        <ReaderControls labels={labels} study={study} slug={text.slug} />
        <WordLookup labels={lookup} slug={text.slug} />
      </header>
      <div className="parallel">
        <div className="row column-heads" aria-hidden="true">
          <div className="cell cell-id">{labels.columnId}</div>
          <div className="cell cell-en">{labels.columnEn}</div>
        </div>
        {text.rows.map((row, index) => (
          <div className="row" key={index} id={`r${index}`} data-row={index}>
            {LANGS.map((lang) => (
              <div key={lang} className={`cell cell-${lang}`} lang={lang}>
                {lang === 'en' && row.en.length > 0 && (
                  <button type="button" className="reveal-row">
                    {study.revealRow}
                  </button>
                )}
                {row[lang].length === 0 ? (
                  <p lang={lang} className="none" aria-label={labels.noCounterpart}>
                    —
                  </p>
                ) : (
                  row[lang].map((p, k) => (
                    <Paragraph
                      key={p.position}
                      lang={lang}
                      paragraph={p}
                      machineLabel={labels.machine}
                      sentences={sentences?.[index]?.[lang][k]}
                    />
                  ))
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
      <footer className="reader-footer">
        <p>{labels.licence}</p>
      </footer>
    </article>
  );
}

function Paragraph({
  lang,
  paragraph,
  machineLabel,
  sentences,
}: {
  lang: Lang;
  paragraph: ReaderParagraph;
  machineLabel: string;
  sentences?: SentenceMark[];
}) {
  const machine = paragraph.provenance === 'machine';
  return (
    <p
      lang={lang}
      tabIndex={0}
      data-p={paragraph.position}
      className={machine ? 'machine' : undefined}
      title={machine ? machineLabel : undefined}
    >
      {sentences?.length ? <Sentences body={paragraph.body} sentences={sentences} /> : paragraph.body}
    </p>
  );
}

// Only sentence boundaries get markup: words are found at the tap position by the client, so the
// HTML stays small and selecting and copying text works as on any page.
function Sentences({body, sentences}: {body: string; sentences: SentenceMark[]}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of sentences) {
    if (s.start > at) parts.push(body.slice(at, s.start));
    parts.push(
      <span key={s.start} className="s" data-s={s.key}>
        {body.slice(s.start, s.end)}
      </span>,
    );
    at = s.end;
  }
  if (at < body.length) parts.push(body.slice(at));
  return <>{parts}</>;
}
