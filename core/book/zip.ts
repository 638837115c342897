// Reads a zip (EPUB, DOCX) from bytes, inflating as it goes so that a zip bomb is stopped when the
// inflated bytes pass a limit, not after: the sizes a zip states in its headers are the attacker's.
import {Unzip, UnzipInflate, UnzipPassThrough} from 'fflate';

export interface ZipLimits {
  /** Inflated bytes of all entries together. */
  maxTotal: number;
  /** Inflated ÷ compressed for the whole file, checked once past `ratioFrom` inflated bytes. */
  maxRatio: number;
  ratioFrom: number;
  maxEntries: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxTotal: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFrom: 16 * 1024 * 1024,
  maxEntries: 20_000,
};

export type ZipError = 'notZip' | 'zipBomb' | 'unsafePath';
export type ZipResult = {ok: true; entries: Map<string, Uint8Array>; names: string[]} | {ok: false; error: ZipError};

/** Entry names must stay inside the archive: no absolute paths, drive letters, backslashes or `..`. */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name) || name.includes('\u0000'))
    return false;
  return !name.split('/').some((part) => part === '..');
}

class ZipStop extends Error {
  constructor(readonly reason: ZipError) {
    super(reason);
  }
}

/**
 * Inflates the entries `keep` wants (every entry is inflated and counted when `inflateAll`, as for a
 * DOCX that a library reads whole afterwards); the rest are listed by name only.
 */
export function readZip(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  options: {inflateAll?: boolean; limits?: ZipLimits} = {},
): ZipResult {
  const limits = options.limits ?? ZIP_LIMITS;
  // A zip starts with a local file header (PK\x03\x04); an empty zip is of no use to us either.
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4)
    return {ok: false, error: 'notZip'};
  const entries = new Map<string, Uint8Array>();
  const names: string[] = [];
  let total = 0;
  // fflate catches what ondata throws and calls it again with an error: the first reason must win.
  let stopped: ZipError | null = null;
  const stop = (reason: ZipError): never => {
    stopped ??= reason;
    throw new ZipStop(stopped);
  };
  const unzip = new Unzip((file) => {
    if (!isSafeEntryName(file.name)) throw new ZipStop('unsafePath');
    if (names.push(file.name) > limits.maxEntries) throw new ZipStop('zipBomb');
    const wanted = keep(file.name);
    if (!wanted && !options.inflateAll) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, data, final) => {
      if (stopped || error) stop('notZip');
      total += data.length;
      if (total > limits.maxTotal) stop('zipBomb');
      if (total > limits.ratioFrom && total / bytes.length > limits.maxRatio) stop('zipBomb');
      if (wanted) chunks.push(data);
      if (final && wanted) entries.set(file.name, concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    const step = 64 * 1024;
    for (let at = 0; at < bytes.length; at += step) {
      unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
    }
  } catch (error) {
    if (error instanceof ZipStop || stopped) return {ok: false, error: stopped ?? (error as ZipStop).reason};
    // fflate throws on data it cannot read (bad headers, an unknown compression method).
    if (error instanceof Error) return {ok: false, error: 'notZip'};
    throw error;
  }
  return {ok: true, entries, names};
}

/** The chunks as one array. */
export function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
