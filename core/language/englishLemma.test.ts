import {expect, test} from 'vitest';
import {englishLemma} from './englishLemma';

test('inflected verbs lead to their base form, irregular ones included', () => {
  expect(['use', 'used', 'uses', 'using'].map(englishLemma)).toEqual(['use', 'use', 'use', 'use']);
  expect(['stared', 'staring', 'stares'].map(englishLemma)).toEqual(['stare', 'stare', 'stare']);
  expect(['ran', 'running', 'went', 'stopped', 'carried'].map(englishLemma)).toEqual([
    'run',
    'run',
    'go',
    'stop',
    'carry',
  ]);
});

test('plural nouns and graded adjectives lead to their base form', () => {
  expect(['boxes', 'children', 'wolves', 'countries'].map(englishLemma)).toEqual(['box', 'child', 'wolf', 'country']);
  expect(['happier', 'Better'].map(englishLemma)).toEqual(['happy', 'good']);
});

test('nouns that look inflected stay themselves; -ing nouns join their verb', () => {
  expect(['evening', 'seed', 'news', 'need', 'hundred'].map(englishLemma)).toEqual([
    'evening',
    'seed',
    'news',
    'need',
    'hundred',
  ]);
  expect(englishLemma('building')).toBe('build');
});

test('words WordNet does not know, and non-words, are left as they are, lowercased', () => {
  expect(englishLemma('Selaras')).toBe('selaras');
  expect(englishLemma('COVID-19')).toBe('covid-19');
  expect(englishLemma('blorfed')).toBe('blorfed');
});
