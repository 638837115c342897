// GET /api/lookup?word=menggunakan&from=id&ui=en[&next=sakit+itu] → root, affixes explained, glosses,
// and the multi-word term the word opens with the next words, if any. No session: cacheable.
import {NextResponse, type NextRequest} from 'next/server';
import {z} from 'zod';
import {prisma} from '@/server/platform/db';
import {lookUp} from '@/server/reader/lookup';
import {termAt} from '@/server/terms/terms';

const Query = z.object({
  word: z.string().trim().min(1).max(60),
  from: z.enum(['id', 'en']),
  ui: z.enum(['en', 'id']).default('en'),
  next: z.string().trim().max(120).optional(),
});

export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({error: 'invalidInput'}, {status: 400});
  const {word, from, ui, next} = parsed.data;
  const start = performance.now();
  const answer = lookUp(word, from, ui);
  const following = next?.split(/\s+/).filter(Boolean).slice(0, 2) ?? [];
  const phrase = from === 'id' && following.length ? await termAt(prisma(), [word, ...following]) : null;
  return NextResponse.json(
    {...answer, phrase},
    {
      headers: {
        // Terms change as editors decide them: an answer that may hold one is kept for a minute only.
        'Cache-Control': following.length ? 'public, max-age=60' : 'public, max-age=3600, stale-while-revalidate=86400',
        'Server-Timing': `lookup;dur=${(performance.now() - start).toFixed(2)}`,
      },
    },
  );
}
