// The translation memory as editors see it: TMX files uploaded on the memory page, the memory's size
// per direction, and fuzzy lookups for the page's trial box and the alignment editor's match panel.
// Each function takes the signed-in user and refuses anyone below editor, like the text operations.

import type {Lang} from '../../core/vocabulary';
import {hasRole, type Actor} from '../../core/accounts/roles';
import type {PrismaClient} from '../generated/prisma/client';
import {type FuzzyMatch, findFuzzy} from './memoryLookup';
import {importTmxToMemory} from './translationMemory';
import {decodeUpload} from '../editor/importText';

export type TmxUploadResult =
  | {ok: true; units: number; added: number; skipped: number}
  | {ok: false; error: 'forbidden' | 'empty' | 'fileType' | 'tooLarge' | 'notUtf8' | 'notTmx'};

/** Loads an uploaded .tmx file: the same size limit and UTF-8 check as the text import form. */
export async function uploadTmxToMemory(
  prisma: PrismaClient,
  actor: Actor | null,
  file: {name: string; bytes: Uint8Array},
): Promise<TmxUploadResult> {
  if (!hasRole(actor, 'editor')) return {ok: false, error: 'forbidden'};
  if (!file.bytes.byteLength) return {ok: false, error: 'empty'};
  if (!/\.tmx$/i.test(file.name)) return {ok: false, error: 'fileType'};
  const decoded = decodeUpload(file.bytes);
  if (!decoded.ok) return {ok: false, error: decoded.error};
  const result = await importTmxToMemory(prisma, decoded.text);
  return result ? {ok: true, ...result} : {ok: false, error: 'notTmx'};
}

export interface MemorySize {
  from: Lang;
  to: Lang;
  entries: number;
}

/** Entries per direction, Indonesian→English first; directions with no entry count zero. */
export async function getMemorySize(prisma: PrismaClient): Promise<MemorySize[]> {
  const groups = await prisma.memoryEntry.groupBy({by: ['sourceLang', 'targetLang'], _count: {_all: true}});
  const count = (from: Lang, to: Lang) =>
    groups.find((g) => g.sourceLang === from && g.targetLang === to)?._count._all ?? 0;
  return [
    {from: 'id', to: 'en', entries: count('id', 'en')},
    {from: 'en', to: 'id', entries: count('en', 'id')},
  ];
}

/** Longer sources are not sentences or paragraphs anybody translates at once; they would only cost time. */
export const MAX_LOOKUP_CHARS = 5_000;

export type MemoryLookupResult = {ok: true; matches: FuzzyMatch[]} | {ok: false; error: 'forbidden' | 'invalidInput'};

/**
 * The three closest remembered sources of at least 50 %, best first. With `textId`, entries recorded
 * from that text are left out: its own confirmed rows would come back as "100 %" matches of themselves.
 */
export async function lookupMemory(
  prisma: PrismaClient,
  actor: Actor | null,
  request: {from: Lang; to: Lang; source: string; textId?: string},
): Promise<MemoryLookupResult> {
  if (!hasRole(actor, 'editor')) return {ok: false, error: 'forbidden'};
  if (request.from === request.to || request.source.length > MAX_LOOKUP_CHARS || request.source.includes('\u0000'))
    return {ok: false, error: 'invalidInput'};
  const options = {limit: 3, minPercent: 50, excludeTextId: request.textId};
  return {ok: true, matches: await findFuzzy(prisma, request.from, request.to, request.source, options)};
}
