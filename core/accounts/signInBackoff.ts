// How long a sign-in must wait after failed ones. Failures count per account *and* address, so that
// somebody guessing from elsewhere slows only themselves: the first five are free, then each failure
// doubles the wait (15 s, 30 s, 1 min … at most an hour). Across all addresses an account takes at
// most 50 failures an hour before unknown devices wait for the hour to pass; a device that signed in
// to the account before (a signed cookie) never waits, so the owner is not locked out either way.
// Only failures count: a successful sign-in does not, and it clears its address's count.

export const SIGN_IN_BACKOFF = {free: 5, first: 15, longest: 3600, forgetAfter: 24 * 3600} as const;
export const SIGN_IN_PER_ACCOUNT = {window: 3600, max: 50} as const;

export interface FailureCount {
  count: number;
  last: Date;
}

/** Seconds to wait before the next attempt from this address (0: go ahead). */
export function backoffSeconds(failures: FailureCount | null, now: Date): number {
  if (!failures) return 0;
  const since = (now.getTime() - failures.last.getTime()) / 1000;
  if (since >= SIGN_IN_BACKOFF.forgetAfter || failures.count < SIGN_IN_BACKOFF.free) return 0;
  const exponent = Math.min(failures.count - SIGN_IN_BACKOFF.free, 20);
  const wait = Math.min(SIGN_IN_BACKOFF.first * 2 ** exponent, SIGN_IN_BACKOFF.longest);
  return Math.max(0, Math.ceil(wait - since));
}

/** Seconds until an account that took too many failures from everywhere accepts unknown devices again. */
export function accountPauseSeconds(failures: {count: number; windowStart: Date} | null, now: Date): number {
  if (!failures || failures.count < SIGN_IN_PER_ACCOUNT.max) return 0;
  const left = failures.windowStart.getTime() + SIGN_IN_PER_ACCOUNT.window * 1000 - now.getTime();
  return Math.max(0, Math.ceil(left / 1000));
}
