// A word a learner picked on a page, as the word popover's actions receive it.
import {z} from 'zod';
import {cleanText, hasControlCharacters} from '../../core/texts/cleanText';

// A sentence read from the page: controls (NUL among them) are never part of it, so they are dropped.
const Sentence = z.string().max(2000).transform(cleanText).nullish();

/** The word with its sentence, the aligned sentence, how this text translates it, and where it was read. */
export const PageWord = z.object({
  lang: z.enum(['id', 'en']),
  word: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .refine((w) => !hasControlCharacters(w)),
  sentence: Sentence,
  translation: Sentence,
  contextTranslation: z.string().max(200).transform(cleanText).nullish(),
  textSlug: z.string().max(200).nullish(),
  textRow: z.number().int().min(0).max(10_000_000).nullish(),
});
