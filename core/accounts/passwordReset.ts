// Setting a new password through a link sent to the account's address: the link works once (better-auth
// deletes its token when it is used), for an hour, and only for an account whose address is confirmed
// (an unconfirmed one has nobody yet who proved the mailbox theirs: its owner signs up again instead).

export const PASSWORD_RESET = {linkMinutes: 60} as const;

/** What a link leads to: the form (pending), or why not. A used token is gone, so it reads as invalid. */
export type ResetLinkState = 'pending' | 'expired' | 'invalid';

export function resetLinkState(stored: {expiresAt: Date} | null, now: Date): ResetLinkState {
  if (!stored) return 'invalid';
  return stored.expiresAt <= now ? 'expired' : 'pending';
}
