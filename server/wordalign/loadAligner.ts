// The aligner as the app and the command line use it: the shipped lexicon and the shipped corpus model
// (content/wordalign/model.json, written by `npm run wordalign:train`), loaded once per process.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {loadLexicon} from '../texts/lexiconFiles';
import {createWordAligner, WORD_ALIGNER_VERSION, type WordAligner} from '../../core/wordalign/aligner';
import {type ModelData, modelFromData} from '../../core/wordalign/model';
import type {PrismaClient} from '../generated/prisma/client';
import {corpusModelDigest, loadCorpusModel} from './corpusModel';

export interface LoadedAligner {
  aligner: WordAligner;
  /** changes whenever the aligner or its model would give other links: part of every stored row's key */
  version: string;
}

let cached: LoadedAligner | undefined;

function modelFile(): string {
  return path.join(process.env.SELARAS_CONTENT_DIR ?? path.join(process.cwd(), 'content'), 'wordalign', 'model.json');
}

export function loadModelData(): {data: ModelData; digest: string} | null {
  const file = modelFile();
  if (!existsSync(file)) return null;
  const raw = readFileSync(file, 'utf8');
  const data = JSON.parse(raw) as ModelData;
  if (data.version !== 1) throw new Error(`${file}: unknown model version ${String(data.version)}`);
  return {data, digest: createHash('sha256').update(raw).digest('hex').slice(0, 12)};
}

const fromDatabase = new Map<string, LoadedAligner>();

/**
 * The aligner with the database's corpus model when one has been trained (the shipped model before
 * that): what the app uses. One narrow query per call tells whether the model changed.
 */
export async function getWordAligner(prisma: PrismaClient): Promise<LoadedAligner> {
  const digest = await corpusModelDigest(prisma);
  if (!digest) return loadWordAligner();
  let loaded = fromDatabase.get(digest);
  if (!loaded) {
    const model = await loadCorpusModel(prisma);
    if (!model) return loadWordAligner();
    const lexicon = loadLexicon();
    loaded = {
      aligner: createWordAligner(lexicon, {model: modelFromData(model.data)}),
      version: `${WORD_ALIGNER_VERSION}/${lexicon.edition}/db-${model.digest}`,
    };
    // Only the newest model is worth keeping.
    fromDatabase.clear();
    fromDatabase.set(model.digest, loaded);
  }
  return loaded;
}

export function loadWordAligner(): LoadedAligner {
  if (cached) return cached;
  const model = loadModelData();
  const lexicon = loadLexicon();
  cached = {
    aligner: createWordAligner(lexicon, {model: model ? modelFromData(model.data) : null}),
    version: `${WORD_ALIGNER_VERSION}/${lexicon.edition}/${model?.digest ?? 'no-model'}`,
  };
  return cached;
}
