// Trains the word aligner's corpus model and writes content/wordalign/model.json:
//   npm run wordalign:train              the shipped texts (content/) and the hand-written dictionary
//   npm run wordalign:train -- --database   also every aligned row and human translation-memory pair
//                                           in the database (DATABASE_URL, or the embedded default)
// Stored word links carry the model's digest in their key, so they are recomputed after training.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {alignParagraphs} from '../../core/align/paragraphs';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {englishWordsFor} from '../../core/language/lexicon';
import type {TrainingPair} from '../../core/wordalign/model';
import {trainModel} from '../../core/wordalign/model';
import {lexiconTrainingPairs, rowTrainingPairs} from '../../core/wordalign/training';
import {contentDir, readContentDir} from '../../server/texts/contentFiles';
import {databaseTrainingPairs} from '../../server/wordalign/training';

const lexicon = loadLexicon();
const dictionary = (word: string) => englishWordsFor(lexicon, word);
const pairs: TrainingPair[] = [];
for (const source of await readContentDir()) {
  const id = source.versions.id?.paragraphs ?? [];
  const en = source.versions.en?.paragraphs ?? [];
  const runs = source.alignment ?? alignParagraphs(id, en, {dictionary});
  for (const run of runs)
    pairs.push(
      ...rowTrainingPairs(
        lexicon,
        run.id.map((k) => id[k]!),
        run.en.map((k) => en[k]!),
        dictionary,
      ),
    );
}
const fromContent = pairs.length;
let fromDatabase = 0;
if (process.argv.includes('--database')) {
  const {getDatabase} = await import('../../server/platform/db');
  const extra = await databaseTrainingPairs(getDatabase().prisma, lexicon, dictionary);
  fromDatabase = extra.length;
  pairs.push(...extra);
  await getDatabase().close();
}
const fromLexicon = lexiconTrainingPairs(lexicon);
const started = performance.now();
const model = trainModel([...pairs, ...fromLexicon]);
const file = path.join(contentDir, 'wordalign', 'model.json');
mkdirSync(path.dirname(file), {recursive: true});
writeFileSync(file, `${JSON.stringify(model)}\n`);
console.log(
  `${file}: ${Object.keys(model.pairs).length} Indonesian keys from ${fromContent} sentence pairs of content/, ` +
    `${fromDatabase} from the database and ${fromLexicon.length} dictionary entries (${Math.round(performance.now() - started)} ms)`,
);
