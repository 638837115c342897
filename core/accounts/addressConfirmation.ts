// Confirming an address: a sign-up leaves an account that cannot sign in until someone who reads the
// address's mail follows the link sent there and enters the password chosen at sign-up. Asking for the
// password as well as the link means a link that reaches the owner from somebody else's sign-up (a
// squatter's) is useless to both, and a mail scanner that opens every link confirms nothing.

/** How long a link works, and how many mails one address gets in an hour, whoever asks. */
export const CONFIRMATION = {linkHours: 24, mailsPerHour: 5} as const;

/** What a link leads to: the form (pending), or why not. */
export type ConfirmationState = 'pending' | 'expired' | 'used' | 'invalid';

export interface StoredConfirmation {
  expiresAt: Date;
  usedAt: Date | null;
  /** The account was confirmed meanwhile, through another of its links. */
  accountConfirmed: boolean;
}

export function confirmationState(link: StoredConfirmation | null, now: Date): ConfirmationState {
  if (!link) return 'invalid';
  if (link.usedAt || link.accountConfirmed) return 'used';
  return link.expiresAt <= now ? 'expired' : 'pending';
}

export function linkExpiry(now: Date): Date {
  return new Date(now.getTime() + CONFIRMATION.linkHours * 3600_000);
}

/**
 * The language of a mail sent on a request: the one the form said, else the interface's cookie, else
 * the first supported language the browser asks for, else the default.
 */
export function mailLocale<L extends string>(
  request: {explicit?: string | null; cookie?: string | null; acceptLanguage?: string | null},
  locales: readonly L[],
  fallback: L,
): L {
  const known = (value: string | null | undefined) => locales.find((l) => l === value?.trim().toLowerCase());
  const fromHeader = (request.acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0].trim().slice(0, 2))
    .find((tag) => known(tag));
  return known(request.explicit) ?? known(request.cookie) ?? known(fromHeader) ?? fallback;
}
