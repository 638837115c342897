// The notation of the offline draft's word tables (words.data.ts, phrases.data.ts) and its types.

export type Tag =
  | 'N'
  | 'ADJ'
  | 'V'
  | 'ADV'
  | 'PRON'
  | 'DET'
  | 'PREP'
  | 'CONJ'
  | 'NUM'
  | 'QUANT'
  | 'AUX'
  | 'NEG'
  | 'REL'
  | 'ART'
  | 'PART'
  | 'NAME'
  | 'PLACE'
  | 'TITLE'
  | 'Q';

export interface DraftWord {
  en: string;
  tag: Tag;
}

/** Parses "TAG; word=gloss; word=gloss" lines (a tag may take several lines) into a map word → gloss and tag. */
export function parseTagTable(spec: string): Map<string, DraftWord> {
  const map = new Map<string, DraftWord>();
  for (const line of spec.trim().split('\n')) {
    const [tag, ...entries] = line.trim().split(/\s*;\s*/);
    for (const entry of entries) {
      if (!entry) continue;
      const [id, en = ''] = entry.split('=');
      map.set(id.trim(), {en: en.trim(), tag: tag as Tag});
    }
  }
  return map;
}

/** A place's English name and adjective; a city's adjective is "*" (it modifies as a possessive). */
export interface Place {
  en: string;
  adjective: string;
}
