import 'server-only';
import {cache} from 'react';
import {prisma} from '@/server/platform/db';
import {getBookOutline} from '@/server/reader/bookOutline';

/** The metadata and the page of one render share a single outline query. */
export const loadOutline = cache((slug: string) => getBookOutline(prisma(), slug));

/** The title in the UI language when the text has one, else the other. */
export function titleIn(locale: string, versions: {id?: {title: string}; en?: {title: string}}): string | undefined {
  return (locale === 'id' ? versions.id?.title : versions.en?.title) ?? versions.id?.title ?? versions.en?.title;
}
