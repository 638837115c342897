import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {exportTypes, getExportHead, streamExport} from '@/server/editor/exports';
import {hasRole} from '@/core/accounts/roles';
import {BOOK_LAYOUTS, type BookLayout} from '@/core/book/bilingual';
import {bookTypes, streamBook} from '@/server/books/bookExport';

const extensions = {tmx: 'tmx', tsv: 'tsv', json: 'json', epub: 'epub', html: 'html'} as const;

// GET /api/texts/SLUG/export?format=tmx|tsv|json|epub|html[&layout=sideBySide|interleaved|id|en] —
// published texts for anyone, drafts for editors. Streamed a chunk of rows at a time
// (server/editor/exports.ts, server/books/bookExport.ts): big texts keep memory bounded.
export async function GET(request: Request, {params}: RouteContext<'/api/texts/[slug]/export'>) {
  const {slug} = await params;
  const query = new URL(request.url).searchParams;
  const format = query.get('format') ?? 'tmx';
  if (!Object.hasOwn(extensions, format)) return Response.json({error: 'unknownFormat'}, {status: 400});
  const layout = (query.get('layout') ?? 'sideBySide') as BookLayout;
  if (!BOOK_LAYOUTS.includes(layout)) return Response.json({error: 'unknownLayout'}, {status: 400});
  const editor = hasRole(await getCurrentUser(request.headers), 'editor');
  const head = await getExportHead(prisma(), slug, {includeUnpublished: editor});
  if (!head) return Response.json({error: 'notFound'}, {status: 404});
  if (format === 'epub' || format === 'html') {
    const name = layout === 'sideBySide' || layout === 'interleaved' ? head.slug : `${head.slug}.${layout}`;
    return new Response(streamBook(prisma(), head, format, layout, new Date()), {
      headers: {
        'content-type': bookTypes[format],
        'content-disposition': `attachment; filename="${name}.${format}"`,
        'cache-control': 'private, no-store',
      },
    });
  }
  if (format !== 'tmx' && format !== 'tsv' && format !== 'json')
    return Response.json({error: 'unknownFormat'}, {status: 400});
  return new Response(streamExport(prisma(), head, format, new Date()), {
    headers: {
      'content-type': exportTypes[format],
      'content-disposition': `attachment; filename="${head.slug}.${extensions[format]}"`,
      'cache-control': 'private, no-store',
    },
  });
}
