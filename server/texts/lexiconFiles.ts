// Reads the shipped dictionary (content/lexicon) from disk: the one place that knows where it lives.
// Core computes on the loaded Lexicon; servers, CLIs, benchmarks and tests load it here.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createLexicon, type FreedictData, type Lexicon} from '../../core/language/lexicon';

/** The folder holding freedict-eng-ind.json and selaras-id-en.tsv: SELARAS_LEXICON_DIR, else content/lexicon. */
// The variable is read raw rather than through server/platform/env.ts (which lists and checks it at
// start-up): zod would add more to the lookup CLI's start than reading the dictionary costs.
export function lexiconDir(configured = process.env.SELARAS_LEXICON_DIR?.trim() || undefined): string {
  const candidates = [configured, path.join(process.cwd(), 'content/lexicon')];
  // Inside a Next.js bundle import.meta.url points into .next/ (or is not a file URL), so cwd comes second.
  // (path.join rather than new URL('../content/lexicon', import.meta.url), which Turbopack tries to bundle as an asset.)
  if (import.meta.url.startsWith('file:'))
    candidates.splice(1, 0, path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'lexicon'));
  const dir = candidates.find((d): d is string => !!d && existsSync(path.join(d, 'freedict-eng-ind.json')));
  if (!dir) throw new Error(`content/lexicon not found (looked in ${candidates.filter(Boolean).join(', ')})`);
  return dir;
}

/** Reads a lexicon folder (FreeDict JSON and the hand-written TSV) into a Lexicon. */
export function readLexicon(dir: string): Lexicon {
  const freedict = JSON.parse(readFileSync(path.join(dir, 'freedict-eng-ind.json'), 'utf8')) as FreedictData;
  return createLexicon(freedict, readFileSync(path.join(dir, 'selaras-id-en.tsv'), 'utf8'));
}

let cached: Lexicon | undefined;

/** Reads content/lexicon once per process. */
export function loadLexicon(): Lexicon {
  cached ??= readLexicon(lexiconDir());
  return cached;
}
