// The lexicon with the editors' confirmed terms: what the word aligner and the lookup's phrases use.
// One small query per call says which terms are confirmed; the merged lexicon is kept per set of terms.
import {createHash} from 'node:crypto';
import type {Lexicon} from '../../core/language/lexicon';
import {type Term, withTerms} from '../../core/language/lexiconTerms';
import type {PrismaClient} from '../generated/prisma/client';
import {loadLexicon} from '../texts/lexiconFiles';

export interface TermLexicon {
  lexicon: Lexicon;
  /** '' without confirmed terms; else changes with every confirmed term or gloss */
  digest: string;
  /** the confirmed terms themselves */
  terms: readonly Term[];
}

let cached: TermLexicon | undefined;

export async function confirmedTerms(prisma: PrismaClient): Promise<Term[]> {
  return prisma.multiWordTerm.findMany({
    where: {status: 'confirmed'},
    orderBy: {phrase: 'asc'},
    select: {phrase: true, gloss: true},
  });
}

/** A short digest of terms and their glosses, in the order given. */
export function termsDigest(terms: readonly Term[]): string {
  return createHash('sha256')
    .update(terms.map((t) => `${t.phrase}\t${t.gloss}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
}

export async function getTermLexicon(prisma: PrismaClient): Promise<TermLexicon> {
  const terms = await confirmedTerms(prisma);
  if (terms.length === 0) return {lexicon: loadLexicon(), digest: '', terms: []};
  const digest = termsDigest(terms);
  if (cached?.digest !== digest) cached = {lexicon: withTerms(loadLexicon(), terms), digest, terms};
  return cached;
}
