// The aligner as the app and the command line use it: the shipped lexicon and the shipped corpus model
// (content/wordalign/model.json, written by `npm run wordalign:train`), loaded once per process.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {loadLexicon} from '../../core/language/lexicon';
import {createWordAligner, WORD_ALIGNER_VERSION, type WordAligner} from '../../core/wordalign/aligner';
import {type ModelData, modelFromData} from '../../core/wordalign/model';

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
