import {expect, test} from 'vitest';
import {discoverTerms, unitsOfPair} from './termDiscovery';

// rumah(0) sakit(1) itu(2) penuh(3) /  the(0) hospital(1) is(2) full(3)
const unit = {
  id: 'rumah sakit itu penuh',
  en: 'the hospital is full',
  links: [
    [0, 1],
    [1, 1],
    [3, 3],
  ] as [number, number][],
};
// Word by word: not a unit.
const apart = {
  id: 'rumah itu sakit',
  en: 'the house is ill',
  links: [
    [0, 1],
    [2, 3],
  ] as [number, number][],
};

test('words that all link to the same English words, which nothing else claims, are a unit', () => {
  expect([...unitsOfPair(unit)]).toEqual([['rumah sakit', 'hospital']]);
  expect([...unitsOfPair(apart)]).toEqual([]);
  // Another word claiming "hospital" breaks the unit.
  expect([...unitsOfPair({...unit, links: [...unit.links, [3, 1]]})]).toEqual([]);
});

test('a phrase seen as a unit often enough, and in enough of its occurrences, is proposed', () => {
  const loose = {id: 'rumah sakit itu jauh', en: 'the sick house is far', links: [] as [number, number][]};
  expect(discoverTerms([unit, unit, loose])).toEqual([
    {phrase: 'rumah sakit', gloss: 'hospital', units: 2, occurrences: 3},
  ]);
  // Once is not enough; a unit in one pair of three is not consistent enough.
  expect(discoverTerms([unit, loose])).toEqual([]);
  expect(discoverTerms([unit, unit, loose, loose, loose])).toEqual([]);
  // Phrases already decided are skipped.
  expect(discoverTerms([unit, unit], (p) => p === 'rumah sakit')).toEqual([]);
});
