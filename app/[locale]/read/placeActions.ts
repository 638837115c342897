'use server';

import {z} from 'zod';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {saveReadingPlace} from '@/server/reader/readingPlaces';
import {prisma} from '@/server/platform/db';

export type ReadingPlaceResult = {ok: true} | {ok: false; error: 'signIn' | 'invalidInput' | 'notFound'};

const PlaceInput = z.object({slug: z.string().min(1).max(200), row: z.number().int().min(0).max(10_000_000)});

/** A book's reader records the row being read, for a signed-in reader; others keep it in the browser. */
export async function saveReadingPlaceAction(input: unknown): Promise<ReadingPlaceResult> {
  const parsed = PlaceInput.safeParse(input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const user = await getCurrentUser();
  if (!user) return {ok: false, error: 'signIn'};
  const saved = await saveReadingPlace(prisma(), user.id, parsed.data.slug, parsed.data.row);
  return saved ? {ok: true} : {ok: false, error: 'notFound'};
}
