// TMX 1.4b: one translation unit per alignment link, Indonesian and English variants (xml:lang id
// and en). A link that joins several paragraphs keeps them apart with line breaks in its segment; a
// side with no paragraph has no variant (an empty <seg> would read as a translation into nothing).
// Each variant says where its words came from (x-selaras-origin, and for machine text the engine and
// model), so that a memory loading the file never takes a machine translation for a person's.
import type {Lang} from '../vocabulary';
import {XMLParser} from 'fast-xml-parser';
import type {Provenance} from '../editing/alignmentChange';

export interface TmxOrigin {
  provenance: Provenance;
  engine?: string;
  model?: string;
}
export interface TmxUnit {
  id: string[];
  en: string[];
  origin?: Partial<Record<Lang, TmxOrigin>>;
}
export interface TmxText {
  srcLang: Lang;
  title?: Partial<Record<Lang, string>>;
  units: TmxUnit[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function tmxHead(srcLang: Lang, created: Date): string {
  const stamp = created
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    '  <header creationtool="Selaras" creationtoolversion="0.1" segtype="paragraph" o-tmf="selaras" adminlang="en"' +
      ` srclang="${srcLang}" datatype="plaintext" creationdate="${stamp}"/>`,
    '  <body>',
    '',
  ].join('\n');
}

export const tmxTail = '  </body>\n</tmx>\n';

const prop = (type: string, value: string | undefined) =>
  value ? `<prop type="${type}">${escapeXml(value)}</prop>` : '';

/** One <tu>, numbered from 1, with a line break after it. */
export function tmxUnit(unit: TmxUnit, index: number): string {
  const tuv = (lang: Lang) => {
    const origin = unit.origin?.[lang];
    const props = origin
      ? prop('x-selaras-origin', origin.provenance) +
        prop('x-selaras-engine', origin.engine) +
        prop('x-selaras-model', origin.model)
      : '';
    return `      <tuv xml:lang="${lang}">${props}<seg>${escapeXml(unit[lang].join('\n'))}</seg></tuv>\n`;
  };
  const variants = (['id', 'en'] as const)
    .filter((lang) => unit[lang].length)
    .map(tuv)
    .join('');
  const shape = `<prop type="x-paragraphs">${unit.id.length}-${unit.en.length}</prop>`;
  return `    <tu tuid="${index + 1}">\n      ${shape}\n${variants}    </tu>\n`;
}

export function buildTmx(text: TmxText, created: Date): string {
  return tmxHead(text.srcLang, created) + text.units.map(tmxUnit).join('') + tmxTail;
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const langOf = (raw: unknown): Lang | null => {
  const lang = String(raw ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return lang === 'id' || lang === 'in' ? 'id' : lang === 'en' ? 'en' : null;
};
// Inline markup (bpt, ept, ph…) is dropped; only the text of a segment counts.
const textOf = (seg: unknown): string =>
  typeof seg === 'string' || typeof seg === 'number'
    ? String(seg)
    : seg && typeof seg === 'object'
      ? Object.entries(seg)
          .filter(([k]) => !k.startsWith('@_'))
          .map(([k, v]) => (k === '#text' ? String(v) : ''))
          .join('')
      : '';
const PROVENANCES: readonly Provenance[] = ['original', 'human', 'machine', 'postedited'];

function originOf(props: unknown): TmxOrigin | undefined {
  const found: Record<string, string> = {};
  for (const p of asArray(props) as Record<string, unknown>[]) {
    if (p && typeof p === 'object' && typeof p['@_type'] === 'string') found[p['@_type']] = textOf(p).trim();
  }
  const provenance = PROVENANCES.find((v) => v === found['x-selaras-origin']);
  if (!provenance) return undefined;
  const engine = found['x-selaras-engine'] || undefined;
  const model = found['x-selaras-model'] || undefined;
  return {provenance, ...(engine && {engine}), ...(model && {model})};
}

/** Reads the Indonesian–English units of a TMX file; null when it is not TMX or not readable XML. */
export function parseTmx(xml: string): TmxText | null {
  // The parser refuses more than 100 nested tags and entity expansion beyond its limits with an Error.
  const parser = new XMLParser({
    ignoreAttributes: false,
    trimValues: false,
    processEntities: true,
    parseTagValue: false,
  });
  let doc: {tmx?: {header?: Record<string, unknown>; body?: {tu?: unknown}}};
  try {
    doc = parser.parse(xml) as typeof doc;
  } catch (error) {
    if (error instanceof Error) return null;
    throw error;
  }
  if (!doc.tmx?.body) return null;
  const units: TmxUnit[] = [];
  for (const tu of asArray(doc.tmx.body.tu) as {tuv?: unknown}[]) {
    const unit: TmxUnit = {id: [], en: []};
    for (const tuv of asArray(tu?.tuv) as Record<string, unknown>[]) {
      const lang = langOf(tuv?.['@_xml:lang'] ?? tuv?.['@_lang']);
      if (!lang) continue;
      unit[lang] = textOf(tuv.seg)
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean);
      const origin = originOf(tuv.prop);
      if (origin) unit.origin = {...unit.origin, [lang]: origin};
    }
    if (unit.id.length || unit.en.length) units.push(unit);
  }
  return {srcLang: langOf(doc.tmx.header?.['@_srclang']) ?? 'id', units};
}
