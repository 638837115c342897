// GET /api/concordance?q=pengaruh&from=id[&after=CURSOR] → the aligned sentence pairs of published texts
// and the translation memory that hold the word (any form of its root) or phrase, its translations
// marked, a tally of how it was translated, and the cursor of the next page. No session: cacheable.
import {NextResponse, type NextRequest} from 'next/server';
import {z} from 'zod';
import {MAX_QUERY_CHARS} from '@/core/concordance/query';
import {prisma} from '@/server/platform/db';
import {searchConcordance} from '@/server/concordance/search';

const Query = z.object({
  q: z.string().default(''),
  from: z.enum(['id', 'en']).default('id'),
  after: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
});

export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({error: 'invalidInput'}, {status: 400});
  const {q, from, after} = parsed.data;
  // NUL cannot reach PostgreSQL (it refuses the parameter), and nobody types one.
  const query = q.replace(/\u0000/g, '');
  if (query.length > MAX_QUERY_CHARS) return NextResponse.json({error: 'tooLong'}, {status: 400});
  const start = performance.now();
  const answer = await searchConcordance(prisma(), {q: query, from, after});
  if (!answer.ok) return NextResponse.json({error: answer.error}, {status: 400});
  return NextResponse.json(answer.result, {
    headers: {
      'Cache-Control': 'public, max-age=60',
      'Server-Timing': `concordance;dur=${(performance.now() - start).toFixed(1)}`,
    },
  });
}
