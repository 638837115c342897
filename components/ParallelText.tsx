import type {Lang} from '@/core/content';
import type {ReaderParagraph, ReaderText} from '@/server/reader';
import {ReaderControls} from './ReaderControls';

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
export function ParallelText({text, labels}: {text: ReaderText; labels: ParallelTextLabels}) {
  const byline = [labels.kind, text.author, text.publisher].filter(Boolean).join(' · ');
  return (
    <article className="reader" data-left="id" data-show="both">
      <header className="reader-header">
        {LANGS.map((lang) =>
          text.versions[lang] ? (
            <h1 key={lang} lang={lang} className={`reader-title title-${lang}`}>{text.versions[lang].title}</h1>
          ) : null,
        )}
        <p className="reader-meta">
          {byline} · {labels.originalIn}
          {text.sourceUrl && (
            <>
              {' · '}
              <a href={text.sourceUrl} rel="noopener noreferrer nofollow">{labels.source}</a>
            </>
          )}
        </p>
        <ReaderControls labels={labels} />
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
                {row[lang].length === 0 ? (
                  <p lang={lang} className="none" aria-label={labels.noCounterpart}>—</p>
                ) : (
                  row[lang].map((p) => <Paragraph key={p.position} lang={lang} paragraph={p} machineLabel={labels.machine} />)
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

function Paragraph({lang, paragraph, machineLabel}: {lang: Lang; paragraph: ReaderParagraph; machineLabel: string}) {
  const machine = paragraph.provenance === 'machine';
  return (
    <p lang={lang} tabIndex={0} data-p={paragraph.position} className={machine ? 'machine' : undefined} title={machine ? machineLabel : undefined}>
      {paragraph.body}
    </p>
  );
}
