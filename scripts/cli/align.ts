// Aligns the paragraphs of an Indonesian and an English text file (one paragraph per line, empty
// lines ignored and not numbered) and prints {"links":[{"id":[0],"en":[0],"score":0.97},…]}.
//   npm run --silent align -- ID.txt EN.txt [--no-dictionary]
import {readFileSync} from 'node:fs';
import {paragraphsFromLines} from '../../core/align/lines';
import {quickDictionary} from '../../core/align/dictionary';
import {alignParagraphs} from '../../core/align/paragraphs';
import {loadLexicon} from '../../core/language/lexicon';

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

function main(): number {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 2) {
    process.stderr.write('usage: npm run --silent align -- ID.txt EN.txt [--no-dictionary]\n');
    return 2;
  }
  const id = readParagraphs(files[0]);
  const en = readParagraphs(files[1]);
  for (const problem of [id, en]) {
    if (typeof problem === 'string') {
      process.stderr.write(`align: ${problem}\n`);
      return 1;
    }
  }
  const dictionary = args.includes('--no-dictionary') ? undefined : quickDictionary(loadLexicon());
  const links = alignParagraphs(id as string[], en as string[], {dictionary});
  const rounded = links.map((l) => ({id: l.id, en: l.en, score: Math.round(l.score * 1000) / 1000}));
  process.stdout.write(`${JSON.stringify({links: rounded})}\n`);
  return 0;
}

process.exitCode = main();
