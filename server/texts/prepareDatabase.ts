// What `npm start` and `npm run import` both do to a database: migrate it, load content/ and feed confirmed links to the translation memory. Every step is idempotent.
import type {Database} from '../platform/openDatabase';
import {readContentDir} from './contentFiles';
import {importAll} from './importContent';
import {recordImportedTexts} from '../memory/translationMemory';
import {applyMigrations} from '../platform/migrate';
import {log} from '../platform/log';
import {alignForImport} from './aligner';
import {refreshConcordance} from '../concordance/refresh';
import {refreshStatistics} from '../platform/statistics';

/**
 * Returns whether every text imported. A conflict (the files changed, editors had changed the text
 * too) keeps the editors' version: it is logged, shown to editors, and not a failure.
 */
export async function migrateAndLoadContent(
  db: Database,
  dir?: string,
  replaceEdited: ReadonlySet<string> = new Set(),
): Promise<boolean> {
  const applied = await applyMigrations(db.adapter);
  log.info('database migrated', {database: db.kind, applied});
  const texts = await importAll(db.prisma, await readContentDir(dir), alignForImport, replaceEdited);
  const ok = !Object.values(texts).some((outcome) => outcome.startsWith('failed'));
  (ok ? log.info : log.error)('content imported', {database: db.kind, texts});
  const conflicts = Object.keys(texts).filter((slug) => texts[slug] === 'conflict');
  if (conflicts.length) {
    log.warn('content files changed on texts editors have changed: their version was kept', {
      conflicts,
      resolve: "npm run import -- --replace SLUG (discards the editors' changes)",
    });
  }
  log.info('translation memory updated', {added: await recordImportedTexts(db.prisma, texts)});
  log.info('concordance updated', {...(await refreshConcordance(db.prisma))});
  await refreshStatistics(db.prisma, db.kind);
  return ok;
}
