import {prisma} from '@/server/platform/db';
import {listTexts} from '@/server/reader/readerText';

// GET /api/texts — the published texts: slug, kind, titles, counts.
export async function GET() {
  const texts = await listTexts(prisma());
  return Response.json({texts}, {headers: {'cache-control': 'public, max-age=60'}});
}
