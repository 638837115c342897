// The aligner as the app and the command line use it: the shipped lexicon and the shipped corpus model
// (content/wordalign/model.json, written by `npm run wordalign:train`), loaded once per process.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {loadLexicon} from '../../core/lexicon';
import {createWordAligner, type WordAligner} from '../../core/wordalign/aligner';
import {type ModelData, modelFromData} from '../../core/wordalign/model';

export const MODEL_FILE = path.join('content', 'wordalign', 'model.json');

let cached: WordAligner | undefined;

export function loadModelData(root = process.cwd()): ModelData | null {
  const file = path.join(process.env.SELARAS_CONTENT_DIR ?? path.join(root, 'content'), 'wordalign', 'model.json');
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as ModelData;
  if (data.version !== 1) throw new Error(`${file}: unknown model version ${String(data.version)}`);
  return data;
}

export function loadWordAligner(): WordAligner {
  if (cached) return cached;
  const data = loadModelData();
  cached = createWordAligner(loadLexicon(), {model: data ? modelFromData(data) : null});
  return cached;
}
