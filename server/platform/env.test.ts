import {expect, test} from 'vitest';
import {EnvError, readEnv} from './env';

test('an empty environment is the embedded default with its defaults', () => {
  const env = readEnv({});
  expect(env.DATABASE_URL).toBeUndefined();
  expect(env).toMatchObject({DATABASE_POOL_SIZE: 10, PORT: 3000, SELARAS_TRANSLATOR: 'offline'});
});

test('values are checked and converted', () => {
  const env = readEnv({DATABASE_URL: 'postgres://u@127.0.0.1:5432/x', DATABASE_POOL_SIZE: '4', PORT: '8080'});
  expect(env).toMatchObject({DATABASE_URL: 'postgres://u@127.0.0.1:5432/x', DATABASE_POOL_SIZE: 4, PORT: 8080});
});

test('every wrong variable is named, with its value', () => {
  const wrong = () =>
    readEnv({DATABASE_POOL_SIZE: 'ten', PORT: '70000', DATABASE_URL: 'mysql://x', SELARAS_TRANSLATOR: 'bing'});
  expect(wrong).toThrow(EnvError);
  expect(wrong).toThrow(/DATABASE_POOL_SIZE.*"ten"/);
  expect(wrong).toThrow(/PORT.*"70000"/);
  expect(wrong).toThrow(/DATABASE_URL.*postgres/);
  expect(wrong).toThrow(/SELARAS_TRANSLATOR.*"bing"/);
});

test('the SMTP server is an smtp:// or smtps:// URL; unset or empty keeps mail in the outbox', () => {
  expect(readEnv({SELARAS_SMTP_URL: 'smtps://u:p@mail.example.org:465'}).SELARAS_SMTP_URL).toBe(
    'smtps://u:p@mail.example.org:465',
  );
  expect(readEnv({SELARAS_SMTP_URL: ''}).SELARAS_SMTP_URL).toBeUndefined();
  expect(() => readEnv({SELARAS_SMTP_URL: 'http://mail.example.org'})).toThrow(/SELARAS_SMTP_URL.*smtp/);
});
