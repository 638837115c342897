// The word links of the rows a reader page shows, packed for the page (core/wordalign/packedLinks.ts):
// the browser highlights a word's counterpart without asking the server again.
import {packRowLinks} from '../../core/wordalign/packedLinks';
import type {PrismaClient} from '../generated/prisma/client';
import {log} from '../platform/log';
import {getRowWordLinks} from '../wordalign/store';
import type {ReaderRow} from './readerText';

/** One packed string per row ('' for a row without links); none at all if the aligner failed. */
export async function getPackedWordLinks(
  prisma: PrismaClient,
  textId: string,
  rows: readonly ReaderRow[],
): Promise<string[]> {
  const bodies = rows.map((r) => ({id: r.id.map((p) => p.body), en: r.en.map((p) => p.body)}));
  try {
    const links = await getRowWordLinks(prisma, textId, bodies);
    return links.map((l, k) => packRowLinks(bodies[k]!.id, bodies[k]!.en, l));
  } catch (error) {
    // The page reads well without word highlighting: it is not worth an error page.
    log.error('word links not available for the reader', {textId, error: (error as Error).message});
    return [];
  }
}
