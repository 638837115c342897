import type {ComponentProps} from 'react';
import NextLink from 'next/link';
import {redirect as nextRedirect} from 'next/navigation';
import {getLocale} from 'next-intl/server';

// Not next-intl's createNavigation: importing it makes its client Link part of every page's
// JavaScript, and that Link needs next-intl's client provider, whose message formatter alone was
// 12 KB of compressed JavaScript (npm run quality:weight). Every path of the app carries its locale
// (localePrefix 'always' in routing.ts), so the helpers below only have to prefix it.

/** The path of `href` (an app path such as `/search?q=x`) in `locale`: `/id/search?q=x`. */
export function getPathname({href, locale}: {href: string; locale: string}): string {
  return `/${locale}${href === '/' ? '' : href}`;
}

/** Redirects to `href` in `locale` (throws, like Next's redirect). */
export function redirect({href, locale}: {href: string; locale: string}): never {
  return nextRedirect(getPathname({href, locale}));
}

/** A link to `href` in the current UI language, for server components: plain next/link. */
export async function Link({href, ...props}: Omit<ComponentProps<typeof NextLink>, 'href'> & {href: string}) {
  return <NextLink href={getPathname({href, locale: await getLocale()})} {...props} />;
}
