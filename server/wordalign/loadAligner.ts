// The aligner as the app and the command line use it: the shipped lexicon and the shipped corpus model
// (content/wordalign/model.json, written by `npm run wordalign:train`), loaded once per process.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {loadLexicon} from '../texts/lexiconFiles';
import {contentFolder} from '../texts/contentFolder';
import {createWordAligner, WORD_ALIGNER_VERSION, type WordAligner} from '../../core/wordalign/aligner';
import {type ModelData, modelFromData} from '../../core/wordalign/model';
import type {PivotGlosses} from '../../core/wordalign/pivot';
import type {EnglishSynonyms, Thesaurus} from '../../core/wordalign/synonyms';
import type {PrismaClient} from '../generated/prisma/client';
import {getTermLexicon, termsDigest} from '../terms/termLexicon';
import {termsTouching} from '../../core/wordalign/termScope';
import {corpusModelDigest, loadCorpusModel} from './corpusModel';

export interface LoadedAligner {
  aligner: WordAligner;
  /** changes whenever the aligner, its model or the confirmed terms would give other links */
  version: string;
  /**
   * The version as one row sees it, part of its stored links' key: the confirmed terms count only
   * where they can change the row's links (termScope.ts), so confirming one re-aligns only those rows.
   */
  rowVersion(row: {id: readonly string[]; en: readonly string[]}): string;
}

let cached: LoadedAligner | undefined;

function wordalignFile(name: string): string {
  return path.join(contentFolder(), 'wordalign', name);
}

interface ExtraDictionaries {
  pivot: PivotGlosses | null;
  thesaurus: Thesaurus | null;
  englishSynonyms: EnglishSynonyms | null;
  /** of every files as read (part of the aligner's version: rebuilt dictionaries recompute stored links) */
  digest: string;
}

let extras: ExtraDictionaries | undefined;

/** The aligner's dictionaries beside the lexicon (each null when not shipped), read once per process. */
export function loadExtraDictionaries(): ExtraDictionaries {
  if (extras) return extras;
  const hash = createHash('sha256');
  const read = <T>(name: string, field: string): T | null => {
    const file = wordalignFile(name);
    if (!existsSync(file)) return null;
    const raw = readFileSync(file, 'utf8');
    hash.update(`${name}\u0000${raw}`);
    return (JSON.parse(raw) as Record<string, unknown>)[field] as T;
  };
  const pivot = read<PivotGlosses>('pivot-id-en.json', 'idEn');
  const thesaurus = read<Thesaurus>('thesaurus-id.json', 'idId');
  const englishSynonyms = read<EnglishSynonyms>('synonyms-en.json', 'enEn');
  extras = {pivot, thesaurus, englishSynonyms, digest: hash.digest('hex').slice(0, 12)};
  return extras;
}

export function loadModelData(): {data: ModelData; digest: string} | null {
  const file = wordalignFile('model.json');
  if (!existsSync(file)) return null;
  const raw = readFileSync(file, 'utf8');
  const data = JSON.parse(raw) as ModelData;
  if (data.version !== 1) throw new Error(`${file}: unknown model version ${String(data.version)}`);
  return {data, digest: createHash('sha256').update(raw).digest('hex').slice(0, 12)};
}

const fromDatabase = new Map<string, LoadedAligner>();

/**
 * The aligner with the database's corpus model when one has been trained (the shipped model before
 * that) and the editors' confirmed multi-word terms in its lexicon: what the app uses. Two narrow
 * queries per call tell whether the model or the terms changed.
 */
export async function getWordAligner(prisma: PrismaClient): Promise<LoadedAligner> {
  const [digest, terms] = await Promise.all([corpusModelDigest(prisma), getTermLexicon(prisma)]);
  if (!digest && !terms.digest) return loadWordAligner();
  const key = `${digest ?? 'shipped'}/${terms.digest}`;
  let loaded = fromDatabase.get(key);
  if (!loaded) {
    const stored = digest ? await loadCorpusModel(prisma) : null;
    const shipped = stored ? null : loadModelData();
    const model = stored ?? shipped;
    const lexicon = terms.lexicon;
    const modelName = stored ? `db-${stored.digest}` : (shipped?.digest ?? 'no-model');
    const {digest: dictionaries, ...extra} = loadExtraDictionaries();
    const base = `${WORD_ALIGNER_VERSION}/${loadLexicon().edition}/${modelName}/${dictionaries}`;
    const confirmed = terms.terms;
    loaded = {
      aligner: createWordAligner(lexicon, {model: model ? modelFromData(model.data) : null, ...extra}),
      version: `${base}${terms.digest ? `/terms-${terms.digest}` : ''}`,
      rowVersion(row) {
        const touching = termsTouching(confirmed, row.id, row.en);
        return touching.length ? `${base}/terms-${termsDigest(touching)}` : base;
      },
    };
    // Only the newest model and terms are worth keeping.
    fromDatabase.clear();
    fromDatabase.set(key, loaded);
  }
  return loaded;
}

export function loadWordAligner(): LoadedAligner {
  if (cached) return cached;
  const model = loadModelData();
  const lexicon = loadLexicon();
  const {digest: dictionaries, ...extra} = loadExtraDictionaries();
  const version = `${WORD_ALIGNER_VERSION}/${lexicon.edition}/${model?.digest ?? 'no-model'}/${dictionaries}`;
  cached = {
    aligner: createWordAligner(lexicon, {model: model ? modelFromData(model.data) : null, ...extra}),
    version,
    rowVersion: () => version,
  };
  return cached;
}
