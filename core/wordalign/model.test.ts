import {expect, test} from 'vitest';
import {modelFromData, trainModel, trainModelInSteps, type TrainingPair} from './model';

// A corpus of a few sentence pairs, repeated so that a run takes many steps.
const pairs: TrainingPair[] = Array.from({length: 600}, (_, k) =>
  k % 2 === 0 ? {id: ['rumah', 'besar'], en: ['big', 'house']} : {id: ['rumah', 'kecil'], en: ['small', 'house']},
);

test('EM learns which word translates which from co-occurrence alone', () => {
  const model = modelFromData(trainModel(pairs));
  expect(model.probability('rumah', 'house')).toBeGreaterThan(0.5);
  expect(model.probability('besar', 'big')).toBeGreaterThan(model.probability('besar', 'house'));
  expect(model.probability('kecil', 'small')).toBeGreaterThan(model.probability('kecil', 'big'));
});

test('training in steps gives way between steps and learns exactly the same model', async () => {
  let pauses = 0;
  const stepped = await trainModelInSteps(pairs, async () => {
    pauses++;
  });
  expect(stepped).toEqual(trainModel(pairs));
  // 600 pairs, two directions, eight iterations and the first pass: dozens of steps.
  expect(pauses).toBeGreaterThan(30);
});
