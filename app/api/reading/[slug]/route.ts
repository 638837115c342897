// GET /api/reading/SLUG → where the signed-in reader left the text ({signedIn, row}), for the
// (cached, session-free) contents page of a book to offer "Continue at chapter n".
import {NextResponse, type NextRequest} from 'next/server';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {getReadingPlace} from '@/server/reader/readingPlaces';
import {prisma} from '@/server/platform/db';

const privateNoStore = {'Cache-Control': 'private, no-store'};

export async function GET(request: NextRequest, {params}: RouteContext<'/api/reading/[slug]'>) {
  const {slug} = await params;
  if (slug.length > 200) return NextResponse.json({error: 'invalidInput'}, {status: 400});
  const user = await getCurrentUser(request.headers);
  if (!user) return NextResponse.json({signedIn: false, row: null}, {headers: privateNoStore});
  const row = await getReadingPlace(prisma(), user.id, slug);
  return NextResponse.json({signedIn: true, row}, {headers: privateNoStore});
}
