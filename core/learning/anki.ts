// Vocabulary files: an Anki import file (plain text with Anki's file headers, so fields map by name)
// and a known-words list (one word per line) in.

import type {Lang} from '../vocabulary';
export interface AnkiNote {
  word: string;
  lemma: string;
  gloss: string;
  sentence: string | null;
  translation: string | null;
  source: string | null;
  lang: Lang;
  status: string;
}

export const ANKI_COLUMNS = ['Word', 'Root', 'Meaning', 'Sentence', 'Translation', 'Source', 'Tags'] as const;

// Anki's text importer reads tabs as separators and takes no HTML, so both are flattened.
function field(value: string | null): string {
  return (value ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

/** A tab-separated file with `#separator`, `#html`, `#columns` and `#tags column` headers (Anki 2.1.55+). */
export function formatAnkiNotes(notes: readonly AnkiNote[]): string {
  const lines = [
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#tags column:${ANKI_COLUMNS.length}`,
  ];
  for (const n of notes) {
    const tags = ['selaras', `selaras::${n.lang}`, `selaras::${n.status}`].join(' ');
    lines.push([n.word, n.lemma, n.gloss, n.sentence, n.translation, n.source, tags].map(field).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Words from a known-words list: one per line (a CSV's first column or a TSV's first field also
 * works), comments (#) and blank lines skipped, lowercase, each once.
 */
export function parseWordList(text: string): string[] {
  const words = new Set<string>();
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const first = line
      .split(/[\t,;]/)[0]!
      .trim()
      .replace(/^["']|["']$/g, '')
      .toLowerCase();
    if (/\p{L}/u.test(first) && first.length <= 60) words.add(first);
  }
  return [...words];
}
