import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {exportTypes, getExportHead, streamExport} from '@/server/editor/exports';
import {hasRole} from '@/core/accounts/roles';

const extensions = {tmx: 'tmx', tsv: 'tsv', json: 'json'} as const;

// GET /api/texts/SLUG/export?format=tmx|tsv|json — published texts for anyone, drafts for editors.
// Streamed a chunk of rows at a time (server/editor/exports.ts): big texts keep memory bounded.
export async function GET(request: Request, {params}: RouteContext<'/api/texts/[slug]/export'>) {
  const {slug} = await params;
  const format = new URL(request.url).searchParams.get('format') ?? 'tmx';
  if (format !== 'tmx' && format !== 'tsv' && format !== 'json')
    return Response.json({error: 'unknownFormat'}, {status: 400});
  const editor = hasRole(await getCurrentUser(request.headers), 'editor');
  const head = await getExportHead(prisma(), slug, {includeUnpublished: editor});
  if (!head) return Response.json({error: 'notFound'}, {status: 404});
  return new Response(streamExport(prisma(), head, format, new Date()), {
    headers: {
      'content-type': exportTypes[format],
      'content-disposition': `attachment; filename="${head.slug}.${extensions[format]}"`,
      'cache-control': 'private, no-store',
    },
  });
}
