import {prisma} from '@/server/platform/db';
import {exportTypes, getExportHead, streamExport} from '@/server/editor/exports';

// GET /api/texts/SLUG — a published text with its alignment, as JSON (see README: "API"), streamed
// like the JSON export.
export async function GET(_request: Request, {params}: RouteContext<'/api/texts/[slug]'>) {
  const {slug} = await params;
  const head = await getExportHead(prisma(), slug, {includeUnpublished: false});
  if (!head) return Response.json({error: 'notFound'}, {status: 404});
  return new Response(streamExport(prisma(), head, 'json', new Date()), {
    headers: {'content-type': exportTypes.json, 'cache-control': 'public, max-age=60'},
  });
}
