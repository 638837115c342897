import {getDatabase} from '@/server/platform/db';
import {checkHealth} from '@/server/platform/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const db = getDatabase();
  const health = await checkHealth(db.prisma, db.kind);
  return Response.json(health, {status: health.ok ? 200 : 503, headers: {'Cache-Control': 'no-store'}});
}
