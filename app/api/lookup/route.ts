// GET /api/lookup?word=menggunakan&from=id&ui=en → root, affixes explained, glosses. No session: cacheable.
import {NextResponse, type NextRequest} from 'next/server';
import {z} from 'zod';
import {lookUp} from '@/server/reader/lookup';

const Query = z.object({
  word: z.string().trim().min(1).max(60),
  from: z.enum(['id', 'en']),
  ui: z.enum(['en', 'id']).default('en'),
});

export function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({error: 'invalidInput'}, {status: 400});
  const {word, from, ui} = parsed.data;
  const start = performance.now();
  const answer = lookUp(word, from, ui);
  return NextResponse.json(answer, {
    headers: {
      'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
      'Server-Timing': `lookup;dur=${(performance.now() - start).toFixed(2)}`,
    },
  });
}
