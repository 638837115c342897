'use client';

import {useEffect, useRef} from 'react';
import {saveReadingPlaceAction} from '@/app/[locale]/read/placeActions';
import {rowAtTop, writeLocalPlace} from './readingPlace';

/**
 * Remembers where a book is being read: in this browser at once, and for a signed-in reader in their
 * account a little after scrolling stops (the page is cached and the same for everyone, so the
 * server learns who reads only from the action, which says when nobody is signed in).
 */
export function ReadingTracker({slug}: {slug: string}) {
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const article = anchor.current?.closest('article');
    if (!article) return;
    let signedIn = true;
    let local: ReturnType<typeof setTimeout> | undefined;
    let remote: ReturnType<typeof setTimeout> | undefined;
    let sent: number | null = null;
    const record = () => {
      const row = rowAtTop(article);
      if (row === null) return;
      writeLocalPlace(slug, row);
      clearTimeout(remote);
      if (!signedIn || row === sent) return;
      remote = setTimeout(() => {
        sent = row;
        void saveReadingPlaceAction({slug, row}).then((result) => {
          if (!result.ok && result.error === 'signIn') signedIn = false;
        });
      }, 1500);
    };
    const onScroll = () => {
      clearTimeout(local);
      local = setTimeout(record, 200);
    };
    // Opening a page is reading its first row (or the row its address points to).
    record();
    window.addEventListener('scroll', onScroll, {passive: true});
    return () => {
      clearTimeout(local);
      clearTimeout(remote);
      window.removeEventListener('scroll', onScroll);
    };
  }, [slug]);
  return <span ref={anchor} hidden />;
}
