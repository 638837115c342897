// EPUB 2 and 3 to blocks: META-INF/container.xml names the package (OPF), whose spine gives the
// reading order of XHTML files; the nav document (EPUB 3) or NCX (EPUB 2) gives the chapters.
import type {Block} from './blocks';
import {decodeXml, parseXhtml, parseXml, type XmlDocument} from './decode';
import {blocksFromHtml, type DomNode} from './htmlBlocks';
import {applyToc, resolveHref, tocFromNav, tocFromNcx, type TocEntry} from './toc';
import {readZip} from './zip';

export type EpubError =
  | 'notEpub'
  | 'drm'
  | 'zipBomb'
  | 'unsafePath'
  | 'xmlEntities'
  | 'missingSpineItem'
  | 'notUtf8'
  | 'empty';
export interface ParsedBook {
  title: string | null;
  blocks: Block[];
  images: number;
}
export type BookResult = {ok: true; book: ParsedBook} | {ok: false; error: EpubError | string};

// Font obfuscation is not DRM: readers undo it with the book's own identifier, and we read no fonts.
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC']);
const TEXT_FILE = /\.(xml|opf|ncx|xhtml|html|htm|xht)$/i;
const XHTML_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/x-dtbook+xml']);

class EpubStop extends Error {
  constructor(readonly reason: EpubError) {
    super(reason);
  }
}

export function parseEpub(bytes: Uint8Array): BookResult {
  const zip = readZip(bytes, (name) => TEXT_FILE.test(name) || name === 'mimetype');
  if (!zip.ok) return {ok: false, error: zip.error === 'notZip' ? 'notEpub' : zip.error};
  const xml = (name: string): XmlDocument | null => {
    const entry = zip.entries.get(name);
    if (!entry) return null;
    const decoded = decodeXml(entry);
    if (!decoded.ok) throw new EpubStop(decoded.error);
    return name.endsWith('.opf') || name.endsWith('.ncx') || name.endsWith('container.xml') || name.startsWith('META')
      ? parseXml(decoded.text)
      : parseXhtml(decoded.text);
  };
  try {
    return {ok: true, book: readPackage(zip.entries, zip.names, xml)};
  } catch (error) {
    if (error instanceof EpubStop) return {ok: false, error: error.reason};
    throw error;
  }
}

function readPackage(
  entries: Map<string, Uint8Array>,
  names: string[],
  xml: (name: string) => XmlDocument | null,
): ParsedBook {
  const container = xml('META-INF/container.xml');
  if (!container) throw new EpubStop('notEpub');
  if (names.includes('META-INF/rights.xml')) throw new EpubStop('drm');
  const encryption = entries.get('META-INF/encryption.xml');
  if (encryption) {
    const decoded = decodeXml(encryption);
    if (!decoded.ok) throw new EpubStop(decoded.error);
    const methods = decoded.text.matchAll(/<(?:[\w-]+:)?EncryptionMethod\b[^>]*\bAlgorithm\s*=\s*["']([^"']*)["']/g);
    for (const [, algorithm] of methods) if (!FONT_OBFUSCATION.has(algorithm!)) throw new EpubStop('drm');
  }
  const opfPath = container.getElementsByTagName('rootfile')[0]?.getAttribute('full-path');
  const opf = opfPath ? xml(opfPath) : null;
  if (!opfPath || !opf) throw new EpubStop('notEpub');

  const manifest = new Map<string, {href: string; type: string; properties: string}>();
  for (const item of Array.from(opf.getElementsByTagName('item'))) {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (id && href)
      manifest.set(id, {
        href: resolveHref(opfPath, href).file,
        type: item.getAttribute('media-type') ?? '',
        properties: item.getAttribute('properties') ?? '',
      });
  }
  const spine = opf.getElementsByTagName('spine')[0];
  const itemrefs: Element[] = spine ? Array.from(spine.getElementsByTagName('itemref')) : [];
  if (!itemrefs.length) throw new EpubStop('notEpub');

  const blocks: Block[] = [];
  let images = 0;
  const starts = new Map<string, number>();
  for (const ref of itemrefs) {
    const item = manifest.get(ref.getAttribute('idref') ?? '');
    if (!item) throw new EpubStop('missingSpineItem');
    if (!XHTML_TYPES.has(item.type) && !TEXT_FILE.test(item.href)) {
      images++;
      continue;
    }
    if (!entries.has(item.href)) throw new EpubStop('missingSpineItem');
    const doc = xml(item.href)!;
    const body = doc.getElementsByTagName('body')[0] ?? doc.documentElement;
    const parsed = blocksFromHtml(body as unknown as DomNode);
    starts.set(item.href, blocks.length);
    for (const [id, index] of parsed.anchors) starts.set(`${item.href}#${id}`, blocks.length + index);
    for (const b of parsed.blocks) blocks.push(b);
    images += parsed.images;
  }
  const toc = readToc(manifest, spine!, xml);
  const targets = toc.flatMap((entry) => {
    const index = starts.get(entry.fragment ? `${entry.file}#${entry.fragment}` : entry.file) ?? starts.get(entry.file);
    return index === undefined || index >= blocks.length ? [] : [{index, entry}];
  });
  const structured = applyToc(blocks, targets);
  if (!structured.length) throw new EpubStop('empty');
  const title = opf.getElementsByTagName('dc:title')[0]?.textContent?.replace(/\s+/g, ' ').trim() || null;
  return {title, blocks: structured, images};
}

function readToc(
  manifest: Map<string, {href: string; type: string; properties: string}>,
  spine: ReturnType<XmlDocument['getElementsByTagName']>[number],
  xml: (name: string) => XmlDocument | null,
): TocEntry[] {
  const nav = [...manifest.values()].find((item) => /\bnav\b/.test(item.properties));
  const navDoc = nav ? xml(nav.href) : null;
  if (nav && navDoc) {
    const entries = tocFromNav(navDoc, nav.href);
    if (entries.length) return entries;
  }
  const ncxItem =
    manifest.get(spine.getAttribute('toc') ?? '') ??
    [...manifest.values()].find((item) => item.type === 'application/x-dtbncx+xml');
  const ncx = ncxItem ? xml(ncxItem.href) : null;
  return ncx && ncxItem ? tocFromNcx(ncx, ncxItem.href) : [];
}
