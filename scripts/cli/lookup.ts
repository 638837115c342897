// Prints one JSON object per word: npm run --silent lookup -- [--from en] WORD…
import type {Lang} from '../../core/vocabulary';
import {loadLexicon, lookupWord} from '../../core/language/lexicon';

const args = process.argv.slice(2);
let from: Lang = 'id';
const words: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--from') {
    const value = args[++i];
    if (value !== 'id' && value !== 'en') {
      console.error('usage: lookup [--from id|en] WORD…');
      process.exit(2);
    }
    from = value;
  } else if (arg.startsWith('--from=')) {
    from = arg.slice(7) === 'en' ? 'en' : 'id';
  } else {
    words.push(...arg.split(/\s+/).filter(Boolean));
  }
}

const lexicon = loadLexicon();
const lines = words.map((word) => {
  const {root, affixes, glosses} = lookupWord(lexicon, word, from);
  return JSON.stringify({word, root, affixes, glosses});
});
if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
