import {expect, test} from 'vitest';
import {planBatches, translateAll} from './batching';
import type {TranslationEngine, TranslationRequest} from './engine';

function recordingEngine(limits: {maxBatch: number; maxChars?: number}, reply = (p: string) => p.toUpperCase()) {
  const calls: TranslationRequest[] = [];
  const engine: TranslationEngine = {
    name: 'fake',
    model: null,
    ...limits,
    async translate(req) {
      calls.push(req);
      return req.paragraphs.map(reply);
    },
  };
  return {engine, calls};
}

test('one output per input: blank paragraphs stay blank and are never sent', async () => {
  const {engine, calls} = recordingEngine({maxBatch: 10});
  expect(await translateAll(engine, 'id', 'en', ['satu', '', '  ', 'dua'])).toEqual(['SATU', '', '', 'DUA']);
  expect(calls.map((c) => c.paragraphs)).toEqual([['satu', 'dua']]);
});

test('batches respect the paragraph and character limits and carry their neighbours as context', async () => {
  const {engine, calls} = recordingEngine({maxBatch: 2, maxChars: 8});
  const paragraphs = ['aaaa', 'bbbb', 'cccccc', 'dd', 'ee', 'ff'];
  expect(await translateAll(engine, 'id', 'en', paragraphs)).toEqual(paragraphs.map((p) => p.toUpperCase()));
  expect(calls.map((c) => c.paragraphs)).toEqual([
    ['aaaa', 'bbbb'],
    ['cccccc', 'dd'],
    ['ee', 'ff'],
  ]);
  expect(calls[1].context).toEqual({before: ['aaaa', 'bbbb'], after: ['ee']});
  expect(calls[2].context).toEqual({before: ['cccccc', 'dd'], after: []});
});

test('a paragraph longer than the character limit still goes alone', () => {
  expect(planBatches([0, 1, 2], ['a', 'x'.repeat(50), 'b'], {maxBatch: 5, maxChars: 10})).toEqual([[0], [1], [2]]);
});

test('progress counts paragraphs up to the end of each batch and ends at the total', async () => {
  const {engine} = recordingEngine({maxBatch: 2});
  const progress: [number, number][] = [];
  await translateAll(engine, 'id', 'en', ['a', 'b', 'c', '', ''], (done, total) => progress.push([done, total]));
  expect(progress).toEqual([
    [2, 5],
    [3, 5],
    [5, 5],
  ]);
  const empty: [number, number][] = [];
  await translateAll(engine, 'id', 'en', [], (done, total) => empty.push([done, total]));
  expect(empty).toEqual([[0, 0]]);
});

test('an engine returning the wrong number of translations is a bad response', async () => {
  const engine: TranslationEngine = {name: 'broken', model: null, maxBatch: 5, translate: async () => ['only one']};
  await expect(translateAll(engine, 'id', 'en', ['a', 'b'])).rejects.toMatchObject({code: 'badResponse'});
});

test('an aborted job stops before the next batch', async () => {
  const controller = new AbortController();
  const {engine, calls} = recordingEngine({maxBatch: 1});
  const run = translateAll(
    engine,
    'id',
    'en',
    ['a', 'b', 'c'],
    (done) => done === 1 && controller.abort(),
    controller.signal,
  );
  await expect(run).rejects.toMatchObject({name: 'AbortError'});
  expect(calls).toHaveLength(1);
});
