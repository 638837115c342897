// Writes an EPUB 3 as a stream of zip chunks: `mimetype` first and stored, then one XHTML file per
// chapter as the caller hands over its parts, and the package (OPF) and nav last, once every chapter
// is known. Memory stays that of one chapter however long the book.
import {Zip, ZipDeflate, ZipPassThrough} from 'fflate';
import {escapeXml} from './xhtml';

export interface EpubMeta {
  identifier: string;
  title: string;
  /** The book's language; the first is the package's, every one is listed. */
  languages: string[];
  modified: Date;
  rights?: string;
  css?: string;
}

/** A part of a chapter: its XHTML, and the heading it opens with when it opens a chapter or section. */
export interface EpubPart {
  xhtml: string;
  heading?: {label: string; level: number};
}

interface NavEntry {
  file: string;
  anchor: string;
  label: string;
  level: number;
}

const enc = new TextEncoder();
// A new file at chapter headings, and before any file grows past what readers load comfortably.
const MAX_FILE_CHARS = 256 * 1024;

export class EpubWriter {
  private readonly zip: Zip;
  private files: string[] = [];
  private nav: NavEntry[] = [];
  private current: string[] = [];
  private currentChars = 0;
  private headings = 0;

  constructor(
    private readonly meta: EpubMeta,
    emit: (chunk: Uint8Array, final: boolean) => void,
  ) {
    this.zip = new Zip((error, chunk, final) => {
      if (error) throw error;
      emit(chunk, final);
    });
    const mimetype = new ZipPassThrough('mimetype');
    this.zip.add(mimetype);
    mimetype.push(enc.encode('application/epub+zip'), true);
    this.addFile(
      'META-INF/container.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">' +
        '<rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    );
    this.addFile('OEBPS/style.css', meta.css ?? DEFAULT_CSS);
  }

  private addFile(name: string, text: string): void {
    const file = new ZipDeflate(name, {level: 6});
    this.zip.add(file);
    file.push(enc.encode(text), true);
  }

  /** Adds a part; a heading of level 1 or 2 starts a new file. */
  add(part: EpubPart): void {
    if (this.current.length && ((part.heading && part.heading.level <= 2) || this.currentChars > MAX_FILE_CHARS))
      this.flush();
    let xhtml = part.xhtml;
    if (part.heading) {
      const anchor = `h${++this.headings}`;
      const file = `text${String(this.files.length + 1).padStart(4, '0')}.xhtml`;
      this.nav.push({file, anchor, label: part.heading.label, level: part.heading.level});
      xhtml = `<div id="${anchor}">${xhtml}</div>`;
    }
    this.current.push(xhtml);
    this.currentChars += xhtml.length;
  }

  private flush(): void {
    const name = `text${String(this.files.length + 1).padStart(4, '0')}.xhtml`;
    this.files.push(name);
    this.addFile(`OEBPS/${name}`, xhtmlDocument(this.meta, this.meta.title, this.current.join('\n')));
    this.current = [];
    this.currentChars = 0;
  }

  finish(): void {
    if (this.current.length || !this.files.length) this.flush();
    this.addFile('OEBPS/nav.xhtml', xhtmlDocument(this.meta, this.meta.title, navBody(this.nav), true));
    this.addFile('OEBPS/package.opf', packageDocument(this.meta, this.files));
    this.zip.end();
  }
}

const DEFAULT_CSS =
  'body{font-family:serif;line-height:1.5}.pair{display:table;width:100%;table-layout:fixed}' +
  '.pair>div{display:table-cell;width:50%;padding:0 .5em;vertical-align:top}' +
  '.row{margin-bottom:1em}.verse{white-space:pre-line}';

function xhtmlDocument(meta: EpubMeta, title: string, body: string, nav = false): string {
  const lang = escapeXml(meta.languages[0] ?? 'und');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"` +
    `${nav ? ' xmlns:epub="http://www.idpf.org/2007/ops"' : ''} lang="${lang}" xml:lang="${lang}">` +
    `<head><meta charset="UTF-8"/><title>${escapeXml(title)}</title>` +
    `<link rel="stylesheet" type="text/css" href="style.css"/></head><body>${body}</body></html>`
  );
}

/** Nested lists from heading levels: a deeper heading opens a list inside the previous entry. */
function navBody(entries: NavEntry[]): string {
  let out = '<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>';
  const depth: number[] = [];
  entries.forEach((entry, k) => {
    if (k > 0) {
      if (entry.level > depth.at(-1)!) {
        out += '<ol>';
        depth.push(entry.level);
      } else {
        out += '</li>';
        while (depth.length > 1 && entry.level < depth.at(-1)!) {
          out += '</ol></li>';
          depth.pop();
        }
      }
    } else depth.push(entry.level);
    out += `<li><a href="${entry.file}#${entry.anchor}">${escapeXml(entry.label)}</a>`;
  });
  if (entries.length) out += '</li>';
  for (let k = 1; k < depth.length; k++) out += '</ol></li>';
  if (!entries.length) out += '<li><a href="text0001.xhtml">Start</a></li>';
  return `${out}</ol></nav>`;
}

function packageDocument(meta: EpubMeta, files: string[]): string {
  const modified = `${meta.modified.toISOString().slice(0, 19)}Z`;
  const items = files.map((f, k) => `<item id="t${k + 1}" href="${f}" media-type="application/xhtml+xml"/>`);
  const spine = files.map((_, k) => `<itemref idref="t${k + 1}"/>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" ' +
    `unique-identifier="uid" xml:lang="${escapeXml(meta.languages[0] ?? 'und')}">` +
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:identifier id="uid">${escapeXml(meta.identifier)}</dc:identifier><dc:title>${escapeXml(meta.title)}</dc:title>` +
    meta.languages.map((l) => `<dc:language>${escapeXml(l)}</dc:language>`).join('') +
    (meta.rights ? `<dc:rights>${escapeXml(meta.rights)}</dc:rights>` : '') +
    `<meta property="dcterms:modified">${modified}</meta></metadata><manifest>` +
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>' +
    '<item id="css" href="style.css" media-type="text/css"/>' +
    `${items.join('')}</manifest><spine>${spine.join('')}</spine></package>`
  );
}
