import {expect, test} from 'vitest';
import {
  CONFIRMATION,
  confirmationState,
  linkExpiry,
  mailLocale,
  signUpsOverLimit,
  signUpToRemind,
} from './addressConfirmation';

const now = new Date('2026-12-06T12:00:00Z');
const later = (hours: number) => new Date(now.getTime() + hours * 3600_000);

test('a link is pending until it expires, is used, or its account is confirmed another way', () => {
  const link = {expiresAt: linkExpiry(now), usedAt: null, accountConfirmed: false};
  expect(confirmationState(link, now)).toBe('pending');
  expect(confirmationState(link, later(CONFIRMATION.linkHours - 0.01))).toBe('pending');
  expect(confirmationState(link, later(CONFIRMATION.linkHours))).toBe('expired');
  expect(confirmationState({...link, usedAt: now}, now)).toBe('used');
  // Used beats expired: the person is told to sign in, not to ask for another link.
  expect(confirmationState({...link, usedAt: now}, later(100))).toBe('used');
  expect(confirmationState({...link, accountConfirmed: true}, now)).toBe('used');
  expect(confirmationState(null, now)).toBe('invalid');
});

test('a mail is in the language the form said, else the cookie, else the browser, else English', () => {
  const locales = ['en', 'id'] as const;
  expect(mailLocale({explicit: 'id', cookie: 'en'}, locales, 'en')).toBe('id');
  expect(mailLocale({explicit: 'fr', cookie: 'id'}, locales, 'en')).toBe('id');
  expect(mailLocale({acceptLanguage: 'fr-FR,id-ID;q=0.8,en;q=0.5'}, locales, 'en')).toBe('id');
  expect(mailLocale({acceptLanguage: 'de'}, locales, 'en')).toBe('en');
  expect(mailLocale({}, locales, 'en')).toBe('en');
});

test('a link without a password reminds the sign-up of the asking client address, else the newest', () => {
  const signUp = (id: string, clientTag: string, hoursAgo: number) => ({id, clientTag, createdAt: later(-hoursAgo)});
  const waiting = [signUp('owner', 'a', 3), signUp('squatter', 'b', 1), signUp('other', 'c', 2)];
  expect(signUpToRemind(waiting, 'a')?.id).toBe('owner');
  expect(signUpToRemind(waiting, 'z')?.id).toBe('squatter');
  expect(signUpToRemind([], 'a')).toBeNull();
});

test('an address keeps its newest waiting sign-ups; the oldest make way', () => {
  const waiting = Array.from({length: CONFIRMATION.pendingSignUps + 2}, (_, i) => ({
    id: `s${i}`,
    clientTag: `c${i}`,
    createdAt: later(i),
  }));
  expect(signUpsOverLimit(waiting).map((s) => s.id)).toEqual(['s0', 's1']);
  expect(signUpsOverLimit(waiting.slice(0, CONFIRMATION.pendingSignUps))).toEqual([]);
});
