'use server';

import {z} from 'zod';
import {saveReadingPlace} from '@/server/reader/readingPlaces';
import {action} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';

export type ReadingPlaceResult = {ok: true} | {ok: false; error: 'signIn' | 'invalidInput' | 'notFound'};

const PlaceInput = z.object({slug: z.string().min(1).max(200), row: z.number().int().min(0).max(10_000_000)});

/** A book's reader records the row being read, for a signed-in reader; others keep it in the browser. */
export const saveReadingPlaceAction = action(
  {role: 'learner', input: PlaceInput},
  async ({slug, row}, {user}): Promise<ReadingPlaceResult> => {
    const saved = await saveReadingPlace(prisma(), user.id, slug, row);
    return saved ? {ok: true} : {ok: false, error: 'notFound'};
  },
);
