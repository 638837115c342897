// The corpus model kept in the database: trained in the background from what the library holds (every
// aligned row, the translation memory's human pairs, the dictionary as prior), so that the aligner
// learns the words of the texts people add. Until the first training the shipped model serves.
import {createHash} from 'node:crypto';
import {setImmediate as yieldToEventLoop} from 'node:timers/promises';
import {loadLexicon} from '../texts/lexiconFiles';
import {englishWordsFor} from '../../core/language/lexicon';
import {type ModelData, trainModelInSteps} from '../../core/wordalign/model';
import {lexiconTrainingPairs} from '../../core/wordalign/training';
import type {PrismaClient} from '../generated/prisma/client';
import {databaseTrainingPairs} from './training';

const ID = 'corpus';

export interface StoredModel {
  data: ModelData;
  digest: string;
}

/** Trains on the database's sentence pairs and stores the model; returns how many pairs it learnt from. */
export async function trainCorpusModel(prisma: PrismaClient): Promise<{sentences: number; digest: string}> {
  const lexicon = loadLexicon();
  const dictionary = (word: string) => englishWordsFor(lexicon, word);
  const pairs = await databaseTrainingPairs(prisma, lexicon, dictionary);
  // The server trains in its own process: in steps, so that it keeps answering meanwhile.
  const data = await trainModelInSteps([...pairs, ...lexiconTrainingPairs(lexicon)], () => yieldToEventLoop());
  const json = JSON.stringify(data);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 12);
  const row = {data: data as object, digest, sentences: pairs.length, trainedAt: new Date()};
  await prisma.wordAlignModel.upsert({where: {id: ID}, create: {id: ID, ...row}, update: row});
  return {sentences: pairs.length, digest};
}

/** The stored model's digest, or null before the first training: one narrow query. */
export async function corpusModelDigest(prisma: PrismaClient): Promise<string | null> {
  const row = await prisma.wordAlignModel.findUnique({where: {id: ID}, select: {digest: true}});
  return row?.digest ?? null;
}

export async function loadCorpusModel(prisma: PrismaClient): Promise<StoredModel | null> {
  const row = await prisma.wordAlignModel.findUnique({where: {id: ID}, select: {data: true, digest: true}});
  return row ? {data: row.data as unknown as ModelData, digest: row.digest} : null;
}
