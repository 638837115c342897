import {expect, test} from 'vitest';
import {compoundParts, derivationBases, irregularBase, spellingKey} from './english';

test('irregular past forms lead to their verb: broke → break, withdrawn → withdraw, sought → seek', () => {
  expect(['broke', 'broken', 'withdrawn', 'sought', 'lay'].map(irregularBase)).toEqual([
    'break',
    'break',
    'withdraw',
    'seek',
    'lie',
  ]);
  expect(irregularBase('walked')).toBeNull();
});

test('derived words offer their bases: vaccination → vaccinate, happier → happy, horsemen → horseman', () => {
  expect(derivationBases('vaccination')).toContain('vaccinate');
  expect(derivationBases('happier')).toContain('happy');
  expect(derivationBases('horsemen')).toContain('horseman');
  expect(derivationBases('wooden')).toContain('wood');
  expect(derivationBases('cat')).toEqual([]);
});

test('a Latin plural, which Indonesian borrows as its singular, offers the English singular: media → medium', () => {
  expect(derivationBases('media')).toContain('medium');
  expect(derivationBases('data')).toContain('datum');
  expect(derivationBases('spa')).toEqual([]);
});

test('British and American spellings share a key', () => {
  for (const [a, b] of [
    ['chilli', 'chili'],
    ['colour', 'color'],
    ['organised', 'organized'],
    ['metre', 'meter'],
    ['travelled', 'traveled'],
  ])
    expect(spellingKey(a!)).toBe(spellingKey(b!));
  expect(spellingKey('house')).not.toBe(spellingKey('horse'));
  // Short words keep their doubled consonants: off is not of, inn not in, butt not but.
  for (const [a, b] of [
    ['off', 'of'],
    ['inn', 'in'],
    ['butt', 'but'],
  ])
    expect(spellingKey(a!)).not.toBe(spellingKey(b!));
});

test('a closed compound splits into two known words, and only one way: streetlamp → street + lamp', () => {
  const known = (w: string) => ['street', 'lamp', 'school', 'yard', 'tire', 'less', 'fuse', 'lamps'].includes(w);
  expect(compoundParts('streetlamp', known)).toEqual(['street', 'lamp']);
  expect(compoundParts('schoolyard', known)).toEqual(['school', 'yard']);
  // A suffix is no second word (tireless), a word the dictionary knows whole stays whole, and a short one too.
  expect(compoundParts('tireless', known)).toBeNull();
  expect(compoundParts('streetlamp', (w) => known(w) || w === 'streetlamp')).toBeNull();
  expect(compoundParts('lampyrd', known)).toBeNull();
});
