// The submission's pieces: their text is the parts' text, none is longer than asked, and none ends
// inside a surrogate pair (PostgreSQL stores each as UTF-8, where half a pair cannot be written).
import {expect, test} from 'vitest';
import {bookSubmission, submissionPieces} from './importJob';

const lone = (piece: string) => /[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(piece);

test('pieces join to the parts, at most `size` long, never splitting a pair', () => {
  const parts = ['{"a":"', '🌴'.repeat(7), 'xy', '🙂z'.repeat(5), '"}'];
  for (const size of [2, 3, 4, 5, 8, 64]) {
    const pieces = [...submissionPieces(parts, size)];
    expect(pieces.join('')).toBe(parts.join(''));
    expect(pieces.every((p) => p.length > 0 && p.length <= size)).toBe(true);
    expect(pieces.filter(lone)).toEqual([]);
    // Pieces are full but for the last and those one short before a pair.
    expect(pieces.slice(0, -1).every((p) => p.length >= size - 1)).toBe(true);
  }
});

test('a book submission is the JSON of the same submission written whole', () => {
  const meta = {kind: 'book' as const, originalLanguage: 'id' as const, licence: 'CC0', titles: {id: 'Buku'}};
  const blocks = {id: [{kind: 'heading', text: 'Bab 1', level: 1, marks: []}], en: []};
  const {json} = bookSubmission(meta, {id: JSON.stringify(blocks.id), en: JSON.stringify(blocks.en)});
  expect(JSON.parse(json.join(''))).toEqual({meta, id: '', en: '', tmx: null, blocks});
});
