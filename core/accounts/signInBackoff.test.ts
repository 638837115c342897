import {expect, test} from 'vitest';
import {accountPauseSeconds, backoffSeconds} from './signInBackoff';

const now = new Date('2026-12-06T10:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

test('five failures are free, then the wait doubles with each, up to an hour', () => {
  expect(backoffSeconds(null, now)).toBe(0);
  expect(backoffSeconds({count: 4, last: ago(0)}, now)).toBe(0);
  expect(backoffSeconds({count: 5, last: ago(0)}, now)).toBe(15);
  expect(backoffSeconds({count: 6, last: ago(0)}, now)).toBe(30);
  expect(backoffSeconds({count: 7, last: ago(10)}, now)).toBe(50);
  expect(backoffSeconds({count: 40, last: ago(0)}, now)).toBe(3600);
});

test('the wait runs from the last failure, and a day without failures forgets them', () => {
  expect(backoffSeconds({count: 5, last: ago(15)}, now)).toBe(0);
  expect(backoffSeconds({count: 30, last: ago(24 * 3600)}, now)).toBe(0);
});

test('an account pauses unknown devices after 50 failures in its hour, until the hour is over', () => {
  expect(accountPauseSeconds({count: 49, windowStart: ago(10)}, now)).toBe(0);
  expect(accountPauseSeconds({count: 50, windowStart: ago(600)}, now)).toBe(3000);
  expect(accountPauseSeconds({count: 80, windowStart: ago(3600)}, now)).toBe(0);
});
