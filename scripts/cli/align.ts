// Aligns the paragraphs of an Indonesian and an English text file (one paragraph per line, empty
// lines ignored and not numbered) and prints {"links":[{"id":[0],"en":[0],"score":0.97},…]}.
//   npm run --silent align -- ID.txt EN.txt [--no-dictionary]
// With --blocks the files are a book's blocks as JSON ([{"kind":"heading","level":1,"text":"Bab 1"},…]),
// aligned chapter by chapter (core/book/chapters.ts): what the web server runs for a long import.
import {readFileSync} from 'node:fs';
import {paragraphsFromLines} from '../../core/align/lines';
import {quickDictionary} from '../../core/align/dictionary';
import {alignParagraphs} from '../../core/align/paragraphs';
import {BLOCK_KINDS, block, type Block} from '../../core/book/blocks';
import {alignByChapters} from '../../core/book/chapters';
import {loadLexicon} from '../../server/texts/lexiconFiles';

function readParagraphs(file: string): string[] | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
  }
  const paragraphs = paragraphsFromLines(text);
  return paragraphs.length > 0 ? paragraphs : `${file} has no paragraphs`;
}

/** A file of blocks: kind, level and text are all the chapter aligner reads. */
function readBlocks(file: string): Block[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return `cannot read ${file} as JSON: ${(e as Error).message}`;
  }
  if (!Array.isArray(parsed)) return `${file} is not a list of blocks`;
  const blocks: Block[] = [];
  for (const b of parsed as {kind?: unknown; level?: unknown; text?: unknown}[]) {
    if (typeof b?.text !== 'string' || !BLOCK_KINDS.includes(b.kind as Block['kind']))
      return `${file} holds something that is not a block`;
    blocks.push(block(b.kind as Block['kind'], b.text, typeof b.level === 'number' ? b.level : null));
  }
  return blocks.length > 0 ? blocks : `${file} has no blocks`;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 2) {
    process.stderr.write('usage: npm run --silent align -- ID.txt EN.txt [--no-dictionary] [--blocks]\n');
    return 2;
  }
  const byBlocks = args.includes('--blocks');
  const read = byBlocks ? readBlocks : readParagraphs;
  const id = read(files[0]);
  const en = read(files[1]);
  for (const problem of [id, en]) {
    if (typeof problem === 'string') {
      process.stderr.write(`align: ${problem}\n`);
      return 1;
    }
  }
  const dictionary = args.includes('--no-dictionary') ? undefined : quickDictionary(loadLexicon());
  const paragraphs = (a: string[], b: string[]) => alignParagraphs(a, b, {dictionary});
  const links = byBlocks
    ? await alignByChapters(id as Block[], en as Block[], paragraphs)
    : paragraphs(id as string[], en as string[]);
  const rounded = links.map((l) => ({id: l.id, en: l.en, score: Math.round(l.score * 1000) / 1000}));
  process.stdout.write(`${JSON.stringify({links: rounded})}\n`);
  return 0;
}

process.exitCode = await main();
