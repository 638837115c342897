'use client';

import {useEffect, useRef, useState} from 'react';
import {usePathname} from 'next/navigation';
import {signedInHintCookie} from '@/core/accounts/signedInHint';

interface Labels {
  signIn: string;
  signOut: string;
  signedInAs: [string, string];
  account: string;
}

/**
 * The header's account part. The library and reader pages are cached and sent alike to everyone, so
 * who is signed in is asked from the browser: only when the hint cookie (set at sign-in, not HttpOnly,
 * no secret in it) says someone may be, so anonymous readers make no request for it.
 */
export function AccountStatus({locale, labels}: {locale: string; labels: Labels}) {
  const pathname = usePathname();
  const [name, setName] = useState<string | null>(null);
  const shownPath = useRef(pathname);
  useEffect(() => {
    // A link followed inside the phone menu leaves the menu open otherwise (the layout stays mounted).
    const menu = document.getElementById('site-nav');
    if (shownPath.current !== pathname && menu?.matches(':popover-open')) menu.hidePopover();
    shownPath.current = pathname;
    if (!document.cookie.split('; ').some((c) => c.startsWith(`${signedInHintCookie}=`))) return;
    const controller = new AbortController();
    fetch('/api/auth/get-session', {cache: 'no-store', signal: controller.signal})
      .then((response) => (response.ok ? response.json() : null))
      .then((session: {user?: {name?: string}} | null) => {
        if (session?.user?.name) setName(session.user.name);
        // The session ended (expired, revoked): the hint goes too.
        else document.cookie = `${signedInHintCookie}=; path=/; max-age=0; samesite=lax`;
      })
      // Offline or a failed request: the header keeps offering "Sign in", which still works.
      .catch(() => setName(null));
    return () => controller.abort();
  }, [pathname]);

  const rest = pathname.slice(locale.length + 1) || '/';
  if (name === null) {
    const next = /^\/(sign-in|sign-up)/.test(rest) ? '' : `?next=${encodeURIComponent(rest)}`;
    return (
      <a className="account-status" href={`/${locale}/sign-in${next}`}>
        {labels.signIn}
      </a>
    );
  }
  const signOut = async () => {
    await fetch('/api/auth/sign-out', {method: 'POST', headers: {'content-type': 'application/json'}, body: '{}'});
    // A full load, so that nothing of the signed-in person stays on the page: the same page if anyone
    // may read it, otherwise the library.
    if (/^\/($|read\/|search)/.test(rest)) window.location.reload();
    else window.location.assign(`/${locale}`);
  };
  return (
    <div className="account-status" role="group" aria-label={labels.account}>
      <span>
        {labels.signedInAs[0]}
        <strong>{name}</strong>
        {labels.signedInAs[1]}
      </span>
      <button type="button" onClick={signOut}>
        {labels.signOut}
      </button>
    </div>
  );
}
