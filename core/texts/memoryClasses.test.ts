import {expect, test} from 'vitest';
import {classesFor, similarCountRange, TRIGRAM_CLASSES} from './memoryClasses';

test('the classes cover every count once, in order', () => {
  expect(TRIGRAM_CLASSES[0].from).toBe(0);
  expect(TRIGRAM_CLASSES.at(-1)!.to).toBeNull();
  for (let i = 1; i < TRIGRAM_CLASSES.length; i++) expect(TRIGRAM_CLASSES[i].from).toBe(TRIGRAM_CLASSES[i - 1].to);
});

test('a source reaching the threshold always falls in the range', () => {
  // Every (query, source, shared) combination up to 300 trigrams, computed as pg_trgm does (float4).
  for (const t of [0.3, 0.5, 0.6, 0.75, 0.9]) {
    for (let a = 1; a <= 300; a += 7) {
      const range = similarCountRange(a, t);
      for (let b = 1; b <= 1_000; b++) {
        const shared = Math.min(a, b);
        if (Math.fround(shared / (a + b - shared)) < Math.fround(t)) continue;
        expect(b, `a=${a} b=${b} t=${t}`).toBeGreaterThanOrEqual(range.min);
        expect(b, `a=${a} b=${b} t=${t}`).toBeLessThanOrEqual(range.max);
        expect(classesFor(range).some((c) => c.from <= b && (c.to === null || b < c.to))).toBe(true);
      }
    }
  }
});

test('a sentence-sized query reads a few classes, not all', () => {
  const classes = classesFor(similarCountRange(100, 0.6));
  expect(classes.map((c) => c.from)).toEqual([45, 64, 91, 128]);
  expect(classesFor(similarCountRange(100, 0.9)).map((c) => c.from)).toEqual([64, 91]);
  expect(classesFor(similarCountRange(2_000, 0.5)).map((c) => c.from)).toEqual([724]);
});
