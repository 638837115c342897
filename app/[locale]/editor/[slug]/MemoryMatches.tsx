'use client';

import type {Lang} from '@/core/vocabulary';
import {useEffect, useState} from 'react';

import type {FuzzyMatch} from '@/server/memory/memoryLookup';
import type {MemoryLookupResult} from '@/server/memory/editorMemory';

export interface MemoryMatchesLabels {
  title: string;
  /** With {percent} left in, filled here. */
  match: string;
  use: string;
  none: string;
  loading: string;
  hint: string;
  noTarget: string;
}

/**
 * The translation memory's closest matches for the focused row: the source is the row's other side,
 * and "use" (or the keys 1–3, handled by the editor) opens the selected paragraph for editing with
 * the match's translation in it, so that saving goes through the normal edit path. The text's own
 * rows are not asked for (the server leaves them out), nor a match that is what the paragraph says already.
 */
export function MemoryMatches({
  textId,
  from,
  to,
  source,
  current,
  canUse,
  onUse,
  onMatches,
  lookup,
  labels,
}: {
  textId: string;
  from: Lang;
  to: Lang;
  source: string;
  /** The paragraph under the cursor as it stands. */
  current: string;
  canUse: boolean;
  onUse: (target: string) => void;
  onMatches: (matches: FuzzyMatch[]) => void;
  lookup: (input: unknown) => Promise<MemoryLookupResult>;
  labels: MemoryMatchesLabels;
}) {
  const [matches, setMatches] = useState<FuzzyMatch[] | null>(null);

  useEffect(() => {
    setMatches(null);
    onMatches([]);
    if (!source.trim()) return;
    let live = true;
    // Moving through rows quickly should not queue a lookup per row passed.
    const timer = setTimeout(async () => {
      const result = await lookup({textId, from, to, source});
      if (!live) return;
      const found = result.ok ? result.matches.filter((m) => m.target.trim() !== current.trim()) : [];
      setMatches(found);
      onMatches(found);
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [textId, from, to, source, current, lookup, onMatches]);

  if (!source.trim()) return null;
  return (
    <section className="memory-matches-panel" aria-label={labels.title} aria-live="polite">
      <h2>{labels.title}</h2>
      {matches === null ? (
        <p className="hint">{labels.loading}</p>
      ) : matches.length === 0 ? (
        <p className="hint">{labels.none}</p>
      ) : (
        <>
          <p className="hint">{canUse ? labels.hint : labels.noTarget}</p>
          <ol>
            {matches.map((m, i) => (
              <li key={i}>
                <span className="match-percent">{labels.match.replace('{percent}', String(m.percent))}</span>
                <p lang={from} className="match-source">
                  {m.source}
                </p>
                <p lang={to} className="match-target">
                  {m.target}
                </p>
                <button type="button" disabled={!canUse} onClick={() => onUse(m.target)}>
                  <kbd>{i + 1}</kbd> {labels.use}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
