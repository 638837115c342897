'use client';

import {useRouter} from 'next/navigation';
import {useEffect} from 'react';

/** Renders the page again every second while the import runs; the server page redirects when it is done. */
export function Refresh() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 1_000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
