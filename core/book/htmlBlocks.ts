// An HTML or XHTML body to blocks: headings, paragraphs, quotes, list items, preformatted text and
// verse (a paragraph with line breaks), with italic and bold as marks. Only text is taken from the
// file: every tag becomes structure or is dropped, so nothing in a book can run in our pages. Images
// are counted, for the import summary, and dropped.
import {block, joinSegments, LINE_BREAK, type Block, type Segment} from './blocks';

/** What the walker needs of a DOM node (linkedom's nodes have these). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  getAttribute?(name: string): string | null;
}

export interface HtmlBlocks {
  blocks: Block[];
  images: number;
  /** Element id → index of the first block at or after it: where a table of contents points. */
  anchors: Map<string, number>;
}

const SKIPPED = new Set([
  'script',
  'style',
  'head',
  'title',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'audio',
  'video',
  'math',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'rt',
  'rp',
]);
const IMAGES = new Set(['img', 'image', 'svg', 'picture', 'canvas']);
const LEAF_BLOCKS = new Set(['p', 'dt', 'dd', 'figcaption', 'caption', 'address', 'summary', 'td', 'th']);
const CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'figure',
  'details',
  'center',
  'hgroup',
  'hr',
  'fieldset',
  'menu',
]);
const EMPHASIS = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const STRONG = new Set(['strong', 'b']);

interface Context {
  kind: 'paragraph' | 'quote' | 'listItem';
  em: boolean;
  strong: boolean;
}

export function blocksFromHtml(root: DomNode): HtmlBlocks {
  const blocks: Block[] = [];
  const anchors = new Map<string, number>();
  let images = 0;
  let pending: Segment[] = [];
  let breaks = false;

  const flush = (kind: Context['kind']) => {
    if (pending.some((s) => /\S/.test(s.text))) {
      const verse = breaks && kind !== 'listItem';
      const {text, marks} = joinSegments(pending, verse);
      if (text) blocks.push(block(verse && !text.includes('\n') ? kind : verse ? 'verse' : kind, text, null, marks));
    }
    pending = [];
    breaks = false;
  };

  const walk = (node: DomNode, ctx: Context): void => {
    if (node.nodeType === 3) {
      // A file's own U+2028 is whitespace, not one of our forced breaks.
      pending.push({text: (node.textContent ?? '').replace(/\u2028/g, ' '), em: ctx.em, strong: ctx.strong});
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toLowerCase().replace(/^.*:/, '');
    const id = node.getAttribute?.('id');
    if (id && !anchors.has(id)) anchors.set(id, blocks.length + (pending.some((s) => /\S/.test(s.text)) ? 1 : 0));
    if (SKIPPED.has(tag)) return;
    if (IMAGES.has(tag)) {
      images++;
      return;
    }
    // Siblings by link, not node.childNodes: linkedom builds that array anew on every access.
    const children = (inner: Context = ctx) => {
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inner);
    };
    if (tag === 'br') {
      pending.push({text: LINE_BREAK, em: ctx.em, strong: ctx.strong});
      breaks = true;
    } else if (/^h[1-6]$/.test(tag)) {
      flush(ctx.kind);
      children();
      const {text, marks} = joinSegments(pending);
      if (text) blocks.push(block('heading', text, Number(tag[1]), marks));
      pending = [];
      breaks = false;
    } else if (tag === 'pre') {
      flush(ctx.kind);
      const text = (node.textContent ?? '').replace(/^\n/, '').replace(/\s+$/, '');
      if (text) blocks.push(block('preformatted', text));
    } else if (tag === 'blockquote' || tag === 'li') {
      flush(ctx.kind);
      const inner: Context = {...ctx, kind: tag === 'li' ? 'listItem' : 'quote'};
      children(inner);
      flush(inner.kind);
    } else if (LEAF_BLOCKS.has(tag) || CONTAINERS.has(tag)) {
      flush(ctx.kind);
      children();
      flush(ctx.kind);
    } else if (EMPHASIS.has(tag) || STRONG.has(tag)) {
      const inner = {...ctx, em: ctx.em || EMPHASIS.has(tag), strong: ctx.strong || STRONG.has(tag)};
      children(inner);
    } else {
      children();
    }
  };
  walk(root, {kind: 'paragraph', em: false, strong: false});
  flush('paragraph');
  return {blocks, images, anchors};
}
