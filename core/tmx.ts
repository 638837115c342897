// TMX 1.4b: one translation unit per alignment link, Indonesian and English variants (xml:lang id
// and en). A link that joins several paragraphs keeps them apart with line breaks in its segment.
import {XMLParser} from 'fast-xml-parser';
import type {Side} from './alignmentChange';

export interface TmxText { srcLang: Side; title?: Partial<Record<Side, string>>; units: Record<Side, string[]>[] }

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function buildTmx(text: TmxText, created: Date): string {
  const stamp = created.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const units = text.units.map((u, i) => {
    const tuv = (lang: Side) => `      <tuv xml:lang="${lang}"><seg>${escape(u[lang].join('\n'))}</seg></tuv>`;
    return `    <tu tuid="${i + 1}">\n      <prop type="x-paragraphs">${u.id.length}-${u.en.length}</prop>\n${tuv('id')}\n${tuv('en')}\n    </tu>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Selaras" creationtoolversion="0.1" segtype="paragraph" o-tmf="selaras" adminlang="en" srclang="${text.srcLang}" datatype="plaintext" creationdate="${stamp}"/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const langOf = (raw: unknown): Side | null => {
  const lang = String(raw ?? '').toLowerCase().split(/[-_]/)[0];
  return lang === 'id' || lang === 'in' ? 'id' : lang === 'en' ? 'en' : null;
};
// Inline markup (bpt, ept, ph…) is dropped; only the text of a segment counts.
const textOf = (seg: unknown): string => (typeof seg === 'string' || typeof seg === 'number' ? String(seg) : seg && typeof seg === 'object' ? Object.entries(seg).filter(([k]) => !k.startsWith('@_')).map(([k, v]) => (k === '#text' ? String(v) : '')).join('') : '');

/** Reads the Indonesian–English units of a TMX file; null when it is not TMX. */
export function parseTmx(xml: string): TmxText | null {
  const parser = new XMLParser({ignoreAttributes: false, trimValues: false, processEntities: true, parseTagValue: false});
  const doc = parser.parse(xml) as {tmx?: {header?: Record<string, unknown>; body?: {tu?: unknown}}};
  if (!doc.tmx?.body) return null;
  const units: Record<Side, string[]>[] = [];
  for (const tu of asArray(doc.tmx.body.tu) as {tuv?: unknown}[]) {
    const unit: Record<Side, string[]> = {id: [], en: []};
    for (const tuv of asArray(tu.tuv) as Record<string, unknown>[]) {
      const lang = langOf(tuv['@_xml:lang'] ?? tuv['@_lang']);
      if (!lang) continue;
      unit[lang] = textOf(tuv.seg).split('\n').map((p) => p.trim()).filter(Boolean);
    }
    if (unit.id.length || unit.en.length) units.push(unit);
  }
  return {srcLang: langOf(doc.tmx.header?.['@_srclang']) ?? 'id', units};
}

