// Training pairs from the database: the sentences inside every aligned row of every text, and the
// translation memory's human pairs (Indonesian source; machine and post-edited output left out).
import {setImmediate as yieldToEventLoop} from 'node:timers/promises';
import type {Dictionary} from '../../core/align/analysis';
import type {Lexicon} from '../../core/language/lexicon';
import type {TrainingPair} from '../../core/wordalign/model';
import {rowTrainingPairs, sentencePairKeys} from '../../core/wordalign/training';
import type {PrismaClient} from '../generated/prisma/client';
import {MACHINE_ORIGINS} from '../memory/memoryLookup';

// IBM Model 1 keeps a probability per co-occurring word pair: beyond some tens of thousands of sentence
// pairs its table outgrows a small server's memory, so the newest pairs are taken up to this many.
export const MAX_TRAINING_PAIRS = 20_000;
/**
 * Sentence pairs one text gives at most: the shipped word book alone has 15,000 rows, three quarters of
 * everything the model would learn from, and splitting and training them took a minute of the server's
 * time at every training (December 8). A book's first 3,000 pairs teach its vocabulary; the other texts
 * get their say.
 */
export const MAX_PAIRS_PER_TEXT = 3_000;

const ROWS_PER_STEP = 50;

export async function databaseTrainingPairs(
  prisma: PrismaClient,
  lexicon: Lexicon,
  dictionary?: Dictionary,
  limit = MAX_TRAINING_PAIRS,
  perText = MAX_PAIRS_PER_TEXT,
): Promise<TrainingPair[]> {
  const out: TrainingPair[] = [];
  const texts = await prisma.text.findMany({select: {id: true}, orderBy: {updatedAt: 'desc'}});
  for (const {id: textId} of texts) {
    if (out.length >= limit) break;
    const text = await prisma.text.findUniqueOrThrow({
      where: {id: textId},
      select: {
        versions: {select: {lang: true, paragraphs: {select: {body: true}, orderBy: {position: 'asc'}}}},
        links: {select: {idStart: true, idEnd: true, enStart: true, enEnd: true}, orderBy: {position: 'asc'}},
      },
    });
    const bodies = {id: [] as string[], en: [] as string[]};
    for (const v of text.versions) bodies[v.lang] = v.paragraphs.map((p) => p.body);
    const before = out.length;
    for (const [k, l] of text.links.entries()) {
      if (out.length - before >= perText) break;
      // A book's rows take seconds to split into sentences: other requests are served in between.
      if (k % ROWS_PER_STEP === ROWS_PER_STEP - 1) await yieldToEventLoop();
      out.push(
        ...rowTrainingPairs(
          lexicon,
          bodies.id.slice(l.idStart, l.idEnd),
          bodies.en.slice(l.enStart, l.enEnd),
          dictionary,
        ),
      );
    }
  }
  const memory = await prisma.memoryEntry.findMany({
    where: {sourceLang: 'id', targetLang: 'en', origin: {notIn: MACHINE_ORIGINS}},
    select: {source: true, target: true},
    orderBy: {createdAt: 'desc'},
    take: Math.max(0, limit - out.length),
  });
  for (const m of memory) out.push(sentencePairKeys(lexicon, m.source, m.target));
  return out.slice(0, limit);
}
