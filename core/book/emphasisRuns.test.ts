import {expect, test} from 'vitest';
import {markRuns, parseMarks} from './emphasisRuns';

const shown = (body: string, runs: ReturnType<typeof markRuns>) =>
  runs.map((r) => `${r.strong ? '**' : ''}${r.em ? '_' : ''}${body.slice(r.start, r.end)}`).join('|');

test('overlapping emphasis is cut into runs that each carry what covers them', () => {
  const body = 'a big dog';
  const marks = parseMarks(
    [
      [2, 5, 'strong'],
      [2, 9, 'em'],
    ],
    body.length,
  );
  expect(shown(body, markRuns(0, body.length, marks))).toBe('a |**_big|_ dog');
});

test('sentence edges cut runs too, and a range of the body gives only its runs', () => {
  const body = 'One. Two three.';
  const marks = parseMarks([[0, 15, 'em']], body.length);
  expect(shown(body, markRuns(5, 15, marks, [5, 9]))).toBe('_Two |_three.');
});

test('stored marks that are not ranges over the body are dropped, never trusted', () => {
  expect(parseMarks('<b>x</b>', 5)).toEqual([]);
  expect(
    parseMarks(
      [
        [0, 3, 'script'],
        [4, 2, 'em'],
        [1, 99, 'strong'],
        [0.5, 2, 'em'],
      ],
      5,
    ),
  ).toEqual([[1, 5, 'strong']]);
});
