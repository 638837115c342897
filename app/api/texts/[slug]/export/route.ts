import {getCurrentUser} from '@/server/auth';
import {prisma} from '@/server/db';
import {getAlignedExport, renderExport} from '@/server/editor/exports';
import {hasRole} from '@/core/roles';

// GET /api/texts/SLUG/export?format=tmx|tsv|json — published texts for anyone, drafts for editors.
export async function GET(request: Request, {params}: RouteContext<'/api/texts/[slug]/export'>) {
  const {slug} = await params;
  const format = new URL(request.url).searchParams.get('format') ?? 'tmx';
  if (format !== 'tmx' && format !== 'tsv' && format !== 'json') return Response.json({error: 'unknownFormat'}, {status: 400});
  const editor = hasRole(await getCurrentUser(request.headers), 'editor');
  const text = await getAlignedExport(prisma(), slug, {includeUnpublished: editor});
  if (!text) return Response.json({error: 'notFound'}, {status: 404});
  const file = renderExport(text, format, new Date());
  return new Response(file.body, {headers: {'content-type': file.type, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'private, no-store'}});
}
