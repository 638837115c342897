import {expect, test} from 'vitest';
import {checkNewPassword} from './passwordPolicy';

test('common passwords and trivial patterns are refused', () => {
  for (const password of ['aaaaaaaa', 'password', '12345678', 'password1', 'qwertyuiop', 'abcdefgh', 'iloveyou123']) {
    expect(checkNewPassword(password), password).toBe('tooCommon');
  }
});

test("the person's own name or address is not a password", () => {
  expect(checkNewPassword('susantosusanto', ['Budi Susanto', 'budi.susanto@example.org'])).toBe('tooCommon');
});

test('length is checked first, and ordinary passphrases pass', () => {
  expect(checkNewPassword('short')).toBe('tooShort');
  expect(checkNewPassword('x'.repeat(129))).toBe('tooLong');
  for (const password of ['correct horse battery', 'rumah-saya-besar', 'the right password'])
    expect(checkNewPassword(password), password).toBeNull();
});
