// The library's filters, sort and page as they appear in its address (?kind=book&lang=id&sort=title&page=2):
// anything unknown falls back to the default, so an edited address never fails.
import {z} from 'zod';

export const LIBRARY_KINDS = ['news', 'essay', 'documentation', 'book', 'story'] as const;
export const LIBRARY_SORTS = ['date', 'title', 'length'] as const;
export const LIBRARY_PAGE_SIZE = 24;

export interface LibraryQuery {
  kind: (typeof LIBRARY_KINDS)[number] | null;
  /** The texts' original language. */
  lang: 'id' | 'en' | null;
  sort: (typeof LIBRARY_SORTS)[number];
  /** 1-based. */
  page: number;
}

export const DEFAULT_LIBRARY_QUERY: LibraryQuery = {kind: null, lang: null, sort: 'date', page: 1};

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const Query = z.object({
  kind: z.preprocess(one, z.enum(LIBRARY_KINDS).nullable().catch(null)).default(null),
  lang: z.preprocess(one, z.enum(['id', 'en']).nullable().catch(null)).default(null),
  sort: z.preprocess(one, z.enum(LIBRARY_SORTS).catch('date')).default('date'),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});

export function parseLibraryQuery(params: Record<string, string | string[] | undefined>): LibraryQuery {
  return Query.parse(params);
}

/** The address of the library for a query: the plain (cached) library `/` for the defaults, else `/texts?…`. */
export function libraryHref(query: LibraryQuery): string {
  const params = new URLSearchParams();
  if (query.kind) params.set('kind', query.kind);
  if (query.lang) params.set('lang', query.lang);
  if (query.sort !== 'date') params.set('sort', query.sort);
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `/texts?${search}` : '/';
}
