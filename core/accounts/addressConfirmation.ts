// Confirming an address: a sign-up leaves an account that cannot sign in until someone who reads the
// address's mail follows the link sent there and enters the password chosen at sign-up. Asking for the
// password as well as the link means a link that reaches the owner from somebody else's sign-up (a
// squatter's) is useless to both, and a mail scanner that opens every link confirms nothing.
//
// Several people may sign up with one address before anyone confirms it (the owner and a squatter).
// Each sign-up is kept with its own password, one per client address, and each link belongs to one
// sign-up: a later sign-up never cancels an earlier one's links. The first sign-up confirmed through
// one of its own links becomes the account; the other sign-ups and their links are then dropped.

/** How long a link works, and how many sign-ups one address keeps waiting at once (the oldest goes). */
export const CONFIRMATION = {linkHours: 24, pendingSignUps: 5} as const;

/**
 * The mails one address gets in an hour. Each client address has a budget of its own, so that nobody
 * can use up the owner's; the address as a whole has a cap, so that many client addresses together
 * cannot flood it. A sign-in with the right password of a waiting sign-up (only the person who chose
 * it knows it) draws on a separate budget per sign-up and a separate cap: the owner's way to a new link
 * while others are spending the first cap.
 */
export const MAIL_BUDGET = {
  perClient: {window: 3600, max: 3},
  perRecipient: {window: 3600, max: 20},
  ownerPerSignUp: {window: 3600, max: 3},
  ownerPerRecipient: {window: 3600, max: 10},
} as const;

export interface WaitingSignUp {
  id: string;
  clientTag: string;
  createdAt: Date;
}

/** Which sign-up a new link without a password is for: the one made from this client address, else the newest. */
export function signUpToRemind<S extends WaitingSignUp>(signUps: S[], clientTag: string): S | null {
  const newestFirst = [...signUps].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return newestFirst.find((s) => s.clientTag === clientTag) ?? newestFirst[0] ?? null;
}

/** The sign-ups beyond the limit, oldest first, that make way for newer ones. */
export function signUpsOverLimit<S extends WaitingSignUp>(signUps: S[], limit = CONFIRMATION.pendingSignUps): S[] {
  const newestFirst = [...signUps].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return newestFirst.slice(limit).reverse();
}

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
