import {prisma} from '@/server/db';
import {getAlignedExport} from '@/server/editor/exports';

// GET /api/texts/SLUG — a published text with its alignment, as JSON (see README: "API").
export async function GET(_request: Request, {params}: RouteContext<'/api/texts/[slug]'>) {
  const {slug} = await params;
  const text = await getAlignedExport(prisma(), slug, {includeUnpublished: false});
  if (!text) return Response.json({error: 'notFound'}, {status: 404});
  return Response.json(text, {headers: {'cache-control': 'public, max-age=60'}});
}
