// GET /api/learner/words?text=SLUG&lang=id → the signed-in learner's status of each word form of the
// text, for marking unknown words in the (cached, session-free) reader page after it loads, and the
// language they chose to learn (null before they chose one).
import {NextResponse, type NextRequest} from 'next/server';
import {z} from 'zod';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {getLearnLang} from '@/server/learning/wordStatuses';
import {getTextWords} from '@/server/reader/textWords';

const Query = z.object({text: z.string().min(1).max(200), lang: z.enum(['id', 'en'])});
const privateNoStore = {'Cache-Control': 'private, no-store'};

export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({error: 'invalidInput'}, {status: 400});
  const user = await getCurrentUser(request.headers);
  if (!user) return NextResponse.json({signedIn: false}, {headers: privateNoStore});
  const [words, learnLang] = await Promise.all([
    getTextWords(prisma(), user.id, parsed.data.text, parsed.data.lang),
    getLearnLang(prisma(), user.id),
  ]);
  if (!words) return NextResponse.json({error: 'notFound'}, {status: 404});
  return NextResponse.json({signedIn: true, learnLang, ...words}, {headers: privateNoStore});
}
