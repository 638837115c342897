// Bytes of a book's text files to strings, strictly: the encoding a file declares (UTF-8 when it
// declares none) must decode without a single bad byte, and XML may not define entities, whose
// expansion (the "billion laughs") is a way to fill memory from a small file.
import {decodeHTML} from 'entities';
import {DOMParser} from 'linkedom';

export type DecodeError = 'notUtf8' | 'xmlEntities';
export type Decoded = {ok: true; text: string} | {ok: false; error: DecodeError};

function declaredEncoding(head: string): string | null {
  const xml = /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

/** Decodes by BOM, then by the declared encoding; refuses invalid bytes and NUL characters. */
export function decodeText(bytes: Uint8Array): Decoded {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    const declared = declaredEncoding(head);
    if (declared && declared !== 'utf8' && declared !== 'utf-8') encoding = declared;
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, {fatal: true}).decode(bytes);
  } catch {
    // An encoding the platform does not know, or bytes that are not valid in it.
    return {ok: false, error: 'notUtf8'};
  }
  if (text.includes('\u0000')) return {ok: false, error: 'notUtf8'};
  return {ok: true, text};
}

/** Decodes an XML file and refuses any entity declaration. */
export function decodeXml(bytes: Uint8Array): Decoded {
  const decoded = decodeText(bytes);
  if (decoded.ok && /<!ENTITY/i.test(decoded.text)) return {ok: false, error: 'xmlEntities'};
  return decoded;
}

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;

export function parseXml(text: string): XmlDocument {
  return new DOMParser().parseFromString(text, 'text/xml');
}

export function parseHtmlDocument(text: string): XmlDocument {
  return new DOMParser().parseFromString(text, 'text/html');
}

/**
 * XHTML in books often uses HTML's named entities (&nbsp;, &mdash;) without declaring them, which an
 * XML parser leaves as text: they are replaced by their characters first. XML's own five stay.
 */
export function parseXhtml(text: string): XmlDocument {
  const named = text.replace(/&([a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, name: string) =>
    /^(amp|lt|gt|quot|apos)$/.test(name) ? whole : decodeHTML(whole).replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  );
  return parseXml(named);
}
