// An EPUB's table of contents (EPUB 3 nav document or EPUB 2 NCX) as entries pointing into the
// spine, and their use: the book's own chapter list marks the blocks where chapters start as headings
// even when the book's XHTML styles its chapter titles as ordinary paragraphs.
import {block, type Block} from './blocks';
import type {XmlDocument} from './decode';

export interface TocEntry {
  label: string;
  /** Zip path of the target file, and the element id inside it (null: the file's start). */
  file: string;
  fragment: string | null;
  depth: number;
}

type El = ReturnType<XmlDocument['getElementsByTagName']>[number];

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function resolveHref(base: string, href: string): {file: string; fragment: string | null} {
  const [pathPart, fragment] = href.split('#', 2) as [string, string | undefined];
  const parts = base.split('/').slice(0, -1);
  for (const part of safeDecode(pathPart).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return {file: parts.join('/'), fragment: fragment ? safeDecode(fragment) : null};
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const childrenNamed = (el: El, name: string): El[] =>
  Array.from(el.childNodes as ArrayLike<El>).filter((n) => n.nodeType === 1 && n.nodeName.toLowerCase() === name);

/** The nav document's `toc` nav (or its first nav), its nested lists giving the depth. */
export function tocFromNav(doc: XmlDocument, navPath: string): TocEntry[] {
  const navs = Array.from(doc.getElementsByTagName('nav'));
  const nav = navs.find((n) => /\btoc\b/.test(n.getAttribute('epub:type') ?? '')) ?? navs[0];
  const entries: TocEntry[] = [];
  const visit = (list: El, depth: number) => {
    for (const li of childrenNamed(list, 'li')) {
      const link = childrenNamed(li, 'a')[0];
      const href = link?.getAttribute('href');
      if (link && href) entries.push({label: clean(link.textContent), depth, ...resolveHref(navPath, href)});
      for (const sub of childrenNamed(li, 'ol')) visit(sub, depth + 1);
    }
  };
  for (const list of nav ? childrenNamed(nav, 'ol') : []) visit(list, 1);
  return entries;
}

export function tocFromNcx(doc: XmlDocument, ncxPath: string): TocEntry[] {
  const entries: TocEntry[] = [];
  const visit = (parent: El, depth: number) => {
    for (const point of childrenNamed(parent, 'navpoint')) {
      const label = clean(childrenNamed(point, 'navlabel')[0]?.textContent);
      const src = childrenNamed(point, 'content')[0]?.getAttribute('src');
      if (src) entries.push({label, depth, ...resolveHref(ncxPath, src)});
      visit(point, depth + 1);
    }
  };
  const map = doc.getElementsByTagName('navMap')[0] ?? doc.getElementsByTagName('navmap')[0];
  if (map) visit(map, 1);
  return entries;
}

/**
 * Makes each entry's target block a heading (level = depth in the contents): kept as it is when it is
 * one, turned into one when its text is the entry's label, or the label inserted before it otherwise.
 */
export function applyToc(blocks: Block[], targets: {index: number; entry: TocEntry}[]): Block[] {
  const out = [...blocks];
  const seen = new Set<number>();
  const sorted = targets.filter((t) => t.entry.label).sort((a, b) => b.index - a.index);
  for (const {index, entry} of sorted) {
    if (seen.has(index)) continue;
    seen.add(index);
    const target = out[index];
    if (target?.kind === 'heading') continue;
    const level = Math.min(6, entry.depth);
    if (target && clean(target.text).toLowerCase() === entry.label.toLowerCase()) {
      out[index] = block('heading', target.text, level, target.marks);
    } else {
      out.splice(index, 0, block('heading', entry.label, level));
    }
  }
  return out;
}
