import type {Lang} from '@/core/vocabulary';
import type {ReactNode} from 'react';

import type {RowSentences, SentenceMark} from '@/core/align/sentenceLinks';
import type {ReaderParagraph, ReaderText} from '@/server/reader/readerText';
import {BlockText, blockAttributes} from './BlockText';
import {ReaderControls, type StudyLabels} from './ReaderControls';
import {type LookupLabels, type WordActions, WordLookup} from './WordLookup';
import {TextTitles} from './TextTitles';
import {WordPairs} from './WordPairs';
import './reader.css';
import './book/book.css';

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
  words,
  study,
  lookup,
  wordActions,
  firstRow = 0,
  before,
  after,
}: {
  /** The rows shown: the whole text, or one page of a book starting at row `firstRow`. */
  text: ReaderText;
  firstRow?: number;
  /** A book's navigation, above and below the rows. */
  before?: ReactNode;
  after?: ReactNode;
  labels: ParallelTextLabels;
  /** Sentence links per row: each sentence is wrapped in a span whose key its counterpart shares. */
  sentences?: RowSentences[];
  /** Word links per row, packed (core/wordalign/packedLinks.ts): a word's counterpart lights up with it. */
  words?: string[];
  study: StudyLabels;
  lookup: LookupLabels;
  /** What the word popover and the learner's bar call on the server. */
  wordActions: WordActions;
}) {
  const byline = [labels.kind, text.author, text.publisher].filter(Boolean).join(' · ');
  return (
    <article className="reader" data-left="id" data-show="both" data-slug={text.slug}>
      <header className="reader-header">
        <TextTitles versions={text.versions} />
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
        <WordLookup labels={lookup} slug={text.slug} actions={wordActions} />
        <WordPairs />
      </header>
      {before}
      <div className="parallel">
        <div className="row column-heads" aria-hidden="true">
          <div className="cell cell-id">{labels.columnId}</div>
          <div className="cell cell-en">{labels.columnEn}</div>
        </div>
        {text.rows.map((row, index) => (
          <div
            className="row"
            key={index}
            id={`r${firstRow + index}`}
            data-row={firstRow + index}
            data-w={words?.[index] || undefined}
          >
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
      {after}
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
  const block = blockAttributes(paragraph.kind, paragraph.level);
  // Only attributes that say something: each is sent twice per paragraph (markup and payload).
  const attributes = {
    ...block,
    ...(machine && {className: block.className ? `${block.className} machine` : 'machine', title: machineLabel}),
  };
  const element = (
    <p lang={lang} tabIndex={0} data-p={paragraph.position} {...attributes}>
      <BlockText body={paragraph.body} marks={paragraph.marks} sentences={sentences} />
    </p>
  );
  return paragraph.kind === 'quote' ? <blockquote lang={lang}>{element}</blockquote> : element;
}
