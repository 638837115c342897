// npm run bench:editor — each editor operation's server work (transaction, revision, undo) on a
// 1,000-paragraph text in the embedded default database (PGlite on disk), p50 and p99 in ms.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Operation} from '../core/alignmentEdits';
import {openDatabase} from '../server/database';
import {applyMigrations} from '../server/migrate';
import {ensureUser} from '../server/accounts';
import {importTextSource} from '../server/import';
import {applyEdit, undoEdit, redoEdit, type EditRequest} from '../server/editor/operations';
import type {ScoredRun} from '../server/links';

const N = Number(process.env.BENCH_RUNS ?? 30);
const PARAGRAPHS = 1000;
const dir = mkdtempSync(path.join(tmpdir(), 'selaras-bench-'));
const db = openDatabase({SELARAS_DATA_DIR: dir});
const sentence = (i: number, lang: string) => `${lang === 'id' ? 'Paragraf' : 'Paragraph'} ${i}: ${'lorem ipsum dolor sit amet '.repeat(8)}`;
// A cheap stand-in for the aligner, so that "realign" measures the database work, not the model.
// Each call scores differently, so that every re-align rewrites all rows after the confirmed one (the worst case).
let calls = 0;
const oneToOne = (id: string[], en: string[]): ScoredRun[] => {
  const score = 0.5 + (++calls % 40) / 100;
  return Array.from({length: Math.max(id.length, en.length)}, (_, i) => ({id: i < id.length ? [i] : [], en: i < en.length ? [i] : [], score}));
};

try {
  await applyMigrations(db.adapter);
  await ensureUser(db.prisma, {email: 'bench@selaras.local', password: 'bench-password', name: 'Bench', role: 'editor'});
  const actor = {id: (await db.prisma.user.findUniqueOrThrow({where: {email: 'bench@selaras.local'}})).id, role: 'editor' as const};
  const paragraphs = (lang: string) => Array.from({length: PARAGRAPHS}, (_, i) => sentence(i, lang));
  await importTextSource(db.prisma, {
    slug: 'bench', alignment: null, meta: {kind: 'book', originalLanguage: 'id', licence: 'synthetic'},
    versions: {id: {title: 'Bench', provenance: 'original', paragraphs: paragraphs('id')}, en: {title: 'Bench', provenance: 'human', paragraphs: paragraphs('en')}},
  }, oneToOne, 'draft');
  const text = await db.prisma.text.findUniqueOrThrow({where: {slug: 'bench'}, select: {id: true, revision: true}});
  let revision = text.revision;
  const mid = PARAGRAPHS / 2;
  const ops: [string, EditRequest][] = [
    ['merge', {kind: 'merge', row: mid}],
    ['split', {kind: 'split', row: mid, idCount: 1, enCount: 0}],
    ['moveUp', {kind: 'moveUp', row: mid, side: 'en'}],
    ['moveDown', {kind: 'moveDown', row: mid, side: 'id'}],
    ['detach', {kind: 'detach', row: mid, side: 'en', end: 'first'}],
    ['confirm', {kind: 'confirm', row: mid}],
    ['confirmThrough', {kind: 'confirmThrough', row: PARAGRAPHS - 2}],
    ['editParagraph', {kind: 'editParagraph', lang: 'en', position: mid, body: 'A fixed translation.'}],
    ['splitParagraph', {kind: 'splitParagraph', lang: 'id', position: 10, offset: 12}],
    ['joinParagraphs', {kind: 'joinParagraphs', lang: 'en', position: 10}],
    ['realign', {kind: 'realign'} as EditRequest],
  ];
  const time = async (fn: () => Promise<{ok: boolean; revision?: number}>) => {
    const t0 = performance.now();
    const r = await fn();
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(`refused: ${JSON.stringify(r).slice(0, 200)}`);
    revision = r.revision!;
    return ms;
  };
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
  const rows: Record<string, string | number>[] = [];
  for (const [name, request] of ops) {
    const doing: number[] = [];
    const undoing: number[] = [];
    const redoing: number[] = [];
    // The realign benchmark needs something unconfirmed after a confirmed row.
    if (name === 'realign') await time(() => applyEdit(db.prisma, actor, {textId: text.id, revision, request: {kind: 'merge', row: 100}}, oneToOne));
    for (let i = 0; i < N; i++) {
      doing.push(await time(() => applyEdit(db.prisma, actor, {textId: text.id, revision, request: request as Operation}, oneToOne)));
      undoing.push(await time(() => undoEdit(db.prisma, actor, {textId: text.id, revision})));
      if (i % 3 === 0) {
        redoing.push(await time(() => redoEdit(db.prisma, actor, {textId: text.id, revision})));
        await time(() => undoEdit(db.prisma, actor, {textId: text.id, revision}));
      }
    }
    if (name === 'realign') await time(() => undoEdit(db.prisma, actor, {textId: text.id, revision}));
    rows.push({operation: name, p50: +pct(doing, 50).toFixed(1), p99: +pct(doing, 99).toFixed(1), 'undo p50': +pct(undoing, 50).toFixed(1), 'undo p99': +pct(undoing, 99).toFixed(1), 'redo p50': +pct(redoing, 50).toFixed(1)});
  }
  console.log(`editor operations on a ${PARAGRAPHS}-paragraph text, embedded PGlite on disk, ${N} runs each (ms):`);
  console.table(rows);
} finally {
  await db.close();
  rmSync(dir, {recursive: true, force: true});
}
process.exit(0);
