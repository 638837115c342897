import {markedPieces, type Mark} from '@/core/concordance/query';
import {type Lang, otherLang} from '@/core/vocabulary';
import {Link} from '@/i18n/navigation';
import type {ConcordanceResult} from '@/server/concordance/search';

export interface ConcordanceLabels {
  total: string;
  none: string;
  common: string;
  tally: string;
  memory: string;
  more: string;
  term: string;
  termStatus: Record<'proposed' | 'confirmed' | 'dictionary' | 'rejected', string>;
  partialTally: string;
}

function Marked({text, marks}: {text: string; marks: Mark[]}) {
  return markedPieces(text, marks).map((piece, k) =>
    piece.kind ? (
      <mark key={k} className={`c-${piece.kind}`}>
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}

/** The tally of translations, then the pairs, each with the place it comes from, and the next page. */
export function ConcordanceResults({
  locale,
  result,
  labels,
}: {
  locale: string;
  result: ConcordanceResult;
  labels: ConcordanceLabels;
}) {
  const other: Lang = otherLang(result.from);
  const title = (titles: Partial<Record<Lang, string>>) =>
    (locale === 'id' ? (titles.id ?? titles.en) : (titles.en ?? titles.id)) ?? '';
  const next =
    result.next === null
      ? null
      : `/concordance?${new URLSearchParams({q: result.q, from: result.from, after: String(result.next)})}`;
  return (
    <div className="concordance-results">
      {result.term && (
        <p lang={locale} className="concordance-term">
          {labels.term}: <b lang={result.from}>{result.term.phrase}</b> — <span lang={other}>{result.term.gloss}</span>{' '}
          <small>({labels.termStatus[result.term.status]})</small>
        </p>
      )}
      {result.common ? (
        <p role="status" lang={locale}>
          {labels.common}
        </p>
      ) : result.pairs.length === 0 && result.next === null ? (
        <p role="status" lang={locale}>
          {labels.none}
        </p>
      ) : (
        labels.total && (
          <p role="status" lang={locale}>
            {labels.total}
          </p>
        )
      )}
      {result.tally.length > 0 && (
        <section className="concordance-tally" aria-labelledby="tally-heading">
          <h2 id="tally-heading">{labels.tally}</h2>
          {result.total === null && (
            <p lang={locale} className="hint">
              {labels.partialTally}
            </p>
          )}
          <ol>
            {result.tally.map((t) => (
              <li key={t.translation}>
                <span lang={other}>{t.translation}</span> <span className="count">{t.count}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <ol className="concordance-pairs">
        {result.pairs.map((pair) => (
          <li key={pair.pairId}>
            <p lang="id">
              <Marked {...pair.id} />
            </p>
            <p lang="en">
              <Marked {...pair.en} />
            </p>
            <p lang={locale} className="concordance-source">
              {pair.source.kind === 'text' ? (
                // A document load, so that the row becomes the :target the reader highlights.
                <a href={`/${locale}/read/${pair.source.slug}/row/${pair.source.row}`}>{title(pair.source.titles)}</a>
              ) : (
                labels.memory
              )}
            </p>
          </li>
        ))}
      </ol>
      {next && (
        <p lang={locale}>
          <Link href={next} className="concordance-more" prefetch={false}>
            {labels.more}
          </Link>
        </p>
      )}
    </div>
  );
}
