// Times "mark all remaining new words as known" (server/learning/wordStatuses.ts) on every shipped text, for a learner
// who knows nothing yet, on the embedded database (PGlite in memory). Prints one line per text.
import {openMemoryDatabase} from '../../server/platform/openDatabase';
import {readContentDir} from '../../server/texts/contentFiles';
import {importTextSource} from '../../server/texts/importContent';
import {markTextKnown} from '../../server/learning/wordStatuses';
import {applyMigrations} from '../../server/platform/migrate';
import {getTextWords} from '../../server/reader/textWords';

const db = openMemoryDatabase();
await applyMigrations(db.adapter);
const sources = await readContentDir();
for (const source of sources) await importTextSource(db.prisma, source, () => []);
let k = 0;
for (const source of sources) {
  const lang = source.meta.originalLanguage;
  const userId = `bench-${k++}`;
  await db.prisma.user.create({data: {id: userId, name: 'Bench', email: `${userId}@example.org`}, select: {id: true}});
  // The first call for a text also works out its words; the reader's word count has already done so.
  const words = await getTextWords(db.prisma, userId, source.slug, lang);
  const start = performance.now();
  const marked = await markTextKnown(db.prisma, userId, source.slug, lang, new Date());
  const ms = performance.now() - start;
  console.log(
    `${source.slug} (${lang}): ${marked} of ${words?.newWords} new words marked known` + ` in ${ms.toFixed(0)} ms`,
  );
}
await db.close();
