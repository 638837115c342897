import type {IncomingMessage, ServerResponse} from 'node:http';
import {expect, test} from 'vitest';
import {warmUp} from './warmUp.mjs';

const texts = Array.from({length: 11}, (_, k) => ({slug: `teks-${k + 1}`, kind: k === 3 ? 'book' : 'news'}));

test('renders the library, the first ten texts in both UI languages, a book chapter, a search, a lookup and the signed-in pages before serving', async () => {
  const asked: string[] = [];
  const logged: unknown[][] = [];
  await warmUp(
    (req: IncomingMessage, res: ServerResponse) => {
      asked.push(req.url ?? '');
      res.writeHead(200, {'content-type': 'application/json'});
      res.end(req.url === '/api/texts' ? JSON.stringify({texts}) : '{}');
    },
    (...line: unknown[]) => logged.push(line),
  );
  expect(asked).toEqual([
    '/api/texts',
    '/en',
    '/id',
    // The first ten texts, not the eleventh.
    ...texts.slice(0, 10).flatMap(({slug}) => [`/en/read/${slug}`, `/id/read/${slug}`]),
    // The first book's first chapter.
    '/en/read/teks-4/1',
    '/id/read/teks-4/1',
    '/en/search?q=rumah',
    '/api/lookup?word=menggunakan&from=id&ui=en',
    '/en/concordance?q=rumah',
    '/en/sign-in',
    '/api/auth/get-session',
    '/en/vocabulary',
    '/en/review',
    '/en/editor',
    '/en/editor/import',
  ]);
  expect(logged.at(-1)?.slice(0, 2)).toEqual(['info', 'warmed up']);
});

test('a failing or hanging-up page is logged and the start goes on', async () => {
  const logged: unknown[][] = [];
  await warmUp(
    (req: IncomingMessage, res: ServerResponse) => {
      if (req.url === '/en') return void req.socket.destroy();
      res.writeHead(500);
      res.end('down');
    },
    (...line: unknown[]) => logged.push(line),
  );
  expect(logged.filter(([level]) => level === 'warn').map(([, , fields]) => (fields as {path: string}).path)).toEqual([
    '/en',
  ]);
  expect(logged.at(-1)?.slice(0, 2)).toEqual(['info', 'warmed up']);
});
