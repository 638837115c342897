'use client';

import {useRouter} from 'next/navigation';
import {useEffect} from 'react';

/** Renders the page again every second while a job runs; the server page stops rendering this when it has ended. */
export function Refresh() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 1_000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
