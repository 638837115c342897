// GET /api/vocabulary/anki → the signed-in learner's words as a file Anki imports (File → Import).
import {NextResponse, type NextRequest} from 'next/server';
import {formatAnkiNotes} from '@/core/learning/anki';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {getAnkiNotes} from '@/server/learning/vocabulary';

export async function GET(request: NextRequest) {
  const user = await getCurrentUser(request.headers);
  if (!user) return NextResponse.json({error: 'signIn'}, {status: 401});
  const body = formatAnkiNotes(await getAnkiNotes(prisma(), user.id));
  return new NextResponse(body, {
    headers: {
      'Content-Type': 'text/tab-separated-values; charset=utf-8',
      'Content-Disposition': 'attachment; filename="selaras-vocabulary.txt"',
      'Cache-Control': 'private, no-store',
    },
  });
}
