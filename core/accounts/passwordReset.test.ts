import {expect, test} from 'vitest';
import {PASSWORD_RESET, resetLinkState} from './passwordReset';

test('a reset link is pending until its hour is over; a missing (used or unknown) one is invalid', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET.linkMinutes * 60_000);
  expect(resetLinkState({expiresAt}, now)).toBe('pending');
  expect(resetLinkState({expiresAt}, new Date(expiresAt.getTime() - 1))).toBe('pending');
  expect(resetLinkState({expiresAt}, expiresAt)).toBe('expired');
  expect(resetLinkState(null, now)).toBe('invalid');
});
