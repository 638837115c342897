// Property tests with hostile input on the pure parsers: whatever comes in, each returns a value or
// refuses with its own error, quickly, and what it returns is well formed.
import type {Lang, LinkState} from '../vocabulary';
import {describe, expect, test} from 'vitest';
import {bigInputs, hostileInteger, hostileString, pick, randomBytes, seeded} from '../../tests/helpers/hostile';
import {applyChange, checkLinks, invertChange, type AlignedDoc} from '../editing/alignmentChange';
import {planOperation, type Operation} from '../editing/alignmentEdits';
import {ContentError, parseAlignment, parseTextSource, splitParagraphs} from './content';
import {loadLexicon, lookupWord, tokenizeWords} from '../language/lexicon';
import {parseTmx} from './tmx';

const runs = 300;
const decoder = new TextDecoder('utf-8');

function expectOnly<T>(fn: () => T, allowed: (error: unknown) => boolean): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (!allowed(error)) throw error;
    return undefined;
  }
}

describe('content files', () => {
  test('splitParagraphs keeps no empty or multi-line paragraph, whatever the text', () => {
    const random = seeded(1);
    for (let i = 0; i < runs; i++) {
      const input = i % 3 === 0 ? decoder.decode(randomBytes(random, 400)) : hostileString(random, 80);
      for (const paragraph of splitParagraphs(input)) {
        expect(paragraph).not.toMatch(/\n/);
        expect(paragraph.trim()).toBe(paragraph);
        expect(paragraph.length).toBeGreaterThan(0);
      }
    }
  });

  test('parseTextSource returns a text or a ContentError, never another exception', () => {
    const random = seeded(2);
    const validMeta = 'kind: news\noriginalLanguage: id\nlicence: test\n';
    for (let i = 0; i < runs; i++) {
      const meta = i % 2 ? validMeta + hostileString(random, 10) : hostileString(random, 30);
      const body = () =>
        (random() < 0.5 ? `---\ntitle: ${hostileString(random, 5)}\n---\n` : '') + hostileString(random, 60);
      const text = expectOnly(
        () => parseTextSource('fuzz', {meta, id: body(), en: random() < 0.5 ? body() : undefined}),
        (e) => e instanceof ContentError,
      );
      if (text)
        for (const version of Object.values(text.versions))
          expect(version.paragraphs.every((p) => p.length > 0)).toBe(true);
    }
  });

  test('a 100,000-paragraph text and a 10 MB paragraph split in linear time', () => {
    const started = performance.now();
    expect(splitParagraphs(bigInputs.paragraphs())).toHaveLength(100_000);
    expect(splitParagraphs(bigInputs.tenMegabytes())).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('alignment entries with negative, huge or malformed indices are refused with a message', () => {
    for (const entry of [
      '-1=0',
      '0=-1',
      '99999999999999999999=0',
      '1e3=0',
      'NaN=0',
      '0=0=0',
      '0,,0=0',
      '=',
      '\u0000=\u0000',
    ]) {
      expect(() => parseAlignment([entry], 1, 1), entry).toThrow(ContentError);
    }
  });
});

describe('TMX', () => {
  test('parseTmx reads or rejects any string without crashing the caller', () => {
    const random = seeded(3);
    for (let i = 0; i < runs; i++) {
      const seg = () => hostileString(random, 20);
      const xml = pick(random, [
        () => hostileString(random, 60),
        () =>
          `<tmx><body><tu><tuv xml:lang="id"><seg>${seg()}</seg></tuv><tuv xml:lang="${seg()}"><seg>${seg()}</seg></tuv></tu></body></tmx>`,
        () =>
          `<?xml version="1.0"?><tmx version="1.4"><header srclang="${seg()}"/><body>${'<tu>'.repeat(Math.floor(random() * 50))}${seg()}</body></tmx>`,
        () => decoder.decode(randomBytes(random, 300)),
      ])();
      const parsed = expectOnly(
        () => parseTmx(xml),
        (e) => e instanceof Error,
      );
      if (parsed)
        for (const unit of parsed.units) for (const p of [...unit.id, ...unit.en]) expect(typeof p).toBe('string');
    }
  });

  test('deeply nested markup and entity tricks neither hang nor expand', () => {
    const started = performance.now();
    expectOnly(
      () =>
        parseTmx(
          `<tmx><body><tu><tuv xml:lang="id"><seg>${bigInputs.nestedMarkup(20_000)}</seg></tuv></tu></body></tmx>`,
        ),
      (e) => e instanceof Error,
    );
    const billionLaughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><tmx><body><tu><tuv xml:lang="id"><seg>&lol4;&lol4;&lol4;</seg></tuv></tu></body></tmx>';
    const parsed = expectOnly(
      () => parseTmx(billionLaughs),
      (e) => e instanceof Error,
    );
    expect(JSON.stringify(parsed ?? '').length).toBeLessThan(100_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('words and lookup', () => {
  const lexicon = loadLexicon();
  test('tokenizeWords gives in-range, non-empty words and lookupWord answers for any input', () => {
    const random = seeded(4);
    for (let i = 0; i < runs; i++) {
      const text = hostileString(random, 60);
      for (const token of tokenizeWords(text)) {
        expect(token.word.length).toBeGreaterThan(0);
        expect(token.start).toBeGreaterThanOrEqual(0);
        expect(token.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(token.start, token.end)).toBe(token.word);
      }
      const word = hostileString(random, 4);
      for (const from of ['id', 'en'] as const)
        expect(Array.isArray(lookupWord(lexicon, word, from).glosses)).toBe(true);
    }
  });
});

describe('alignment edit operations', () => {
  const para = (body: string) => ({body, provenance: 'original' as const});
  function randomDoc(random: () => number): AlignedDoc {
    const links: LinkState[] = [];
    let id = 0;
    let en = 0;
    const rows = 1 + Math.floor(random() * 8);
    for (let r = 0; r < rows; r++) {
      const di = Math.floor(random() * 3);
      const de = di === 0 ? 1 + Math.floor(random() * 2) : Math.floor(random() * 3);
      links.push({
        idStart: id,
        idEnd: id + di,
        enStart: en,
        enEnd: en + de,
        score: random(),
        status: random() < 0.3 ? 'confirmed' : 'automatic',
      });
      id += di;
      en += de;
    }
    return {
      links,
      paragraphs: {
        id: Array.from({length: id}, (_, i) => para(`Paragraf ${i} di sini.`)),
        en: Array.from({length: en}, (_, i) => para(`Paragraph ${i} here.`)),
      },
    };
  }

  test('random operations with hostile indices keep the links tiling both versions, and undo restores', () => {
    const random = seeded(5);
    const sides: Lang[] = ['id', 'en'];
    for (let i = 0; i < 2_000; i++) {
      const doc = randomDoc(random);
      const index = () => (random() < 0.6 ? Math.floor(random() * 10) : hostileInteger(random));
      const side = pick(random, sides);
      const op = pick<() => Operation>(random, [
        () => ({kind: 'merge', row: index()}),
        () => ({kind: 'split', row: index(), idCount: index(), enCount: index()}),
        () => ({kind: 'moveUp', row: index(), side}),
        () => ({kind: 'moveDown', row: index(), side}),
        () => ({kind: 'detach', row: index(), side, end: pick(random, ['first', 'last'] as const)}),
        () => ({kind: 'confirm', row: index()}),
        () => ({kind: 'confirmThrough', row: index()}),
        () => ({kind: 'editParagraph', lang: side, position: index(), body: hostileString(random, 10) || 'x'}),
        () => ({kind: 'splitParagraph', lang: side, position: index(), offset: index()}),
        () => ({kind: 'joinParagraphs', lang: side, position: index()}),
      ])();
      const planned = planOperation(
        {
          links: doc.links,
          counts: {id: doc.paragraphs.id.length, en: doc.paragraphs.en.length},
          paragraph: (l, p) => doc.paragraphs[l][p],
        },
        op,
      );
      if (!planned.ok) continue;
      const after = applyChange(doc, planned.change);
      expect(
        checkLinks(after.links, {id: after.paragraphs.id.length, en: after.paragraphs.en.length}),
        JSON.stringify(op),
      ).toBeNull();
      for (const lang of sides)
        expect(
          after.paragraphs[lang].every((p) => typeof p.body === 'string' && p.body.length > 0),
          JSON.stringify(op),
        ).toBe(true);
      expect(applyChange(after, invertChange(planned.change))).toEqual(doc);
    }
  });
});
