import {createHash} from 'node:crypto';
import {lexiconEntries, loadLexicon, type Lexicon} from '../../core/language/lexicon';
import type {PrismaClient} from '../generated/prisma/client';

// Not a dictionary source: the row whose glosses hold the fingerprint of what is stored.
const FINGERPRINT = {lang: 'id', headword: '', source: 'fingerprint'} as const;
const BATCH = 10_000;

export async function storeLexicon(
  prisma: PrismaClient,
  lexicon: Lexicon = loadLexicon(),
): Promise<'unchanged' | {stored: number}> {
  const entries = lexiconEntries(lexicon);
  const hash = createHash('sha256');
  for (const e of entries) hash.update(`${e.lang}\t${e.source}\t${e.headword}\t${e.glosses.join('\u001f')}\n`);
  const fingerprint = hash.digest('hex');
  const stored = await prisma.lexiconEntry.findUnique({
    where: {lang_headword_source: FINGERPRINT},
    select: {glosses: true},
  });
  if (stored?.glosses[0] === fingerprint) return 'unchanged';
  await prisma.$transaction(
    async (tx) => {
      await tx.lexiconEntry.deleteMany({});
      // One INSERT … SELECT over a JSON batch: row-by-row inserts take seconds on the embedded database.
      for (let k = 0; k < entries.length; k += BATCH) {
        const batch = JSON.stringify(entries.slice(k, k + BATCH));
        await tx.$executeRaw`
        INSERT INTO "LexiconEntry" (id, lang, headword, glosses, source)
        SELECT md5(x.lang || '|' || x.source || '|' || x.headword), x.lang::"Lang", x.headword, x.glosses, x.source
        FROM json_to_recordset(${batch}::json) AS x(lang text, headword text, glosses text[], source text)`;
      }
      await tx.lexiconEntry.create({data: {...FINGERPRINT, glosses: [fingerprint]}, select: {id: true}});
    },
    {timeout: 300_000},
  );
  return {stored: entries.length};
}
