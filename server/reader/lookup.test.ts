import {expect, test} from 'vitest';
import {lookUp} from './lookup';

test('reduplication is shown by its Indonesian term, explained in the UI language, never as a raw code', () => {
  for (const ui of ['en', 'id'] as const) {
    const answer = lookUp('anak-anak', 'id', ui);
    expect(answer.root).toBe('anak');
    const shown = answer.affixes.map((a) => a.affix);
    expect(shown).toContain('kata ulang');
    expect(shown).not.toContain('REDUP');
    expect(answer.affixes.find((a) => a.affix === 'kata ulang')?.meaning).toMatch(
      ui === 'en' ? /^reduplication/ : /^pengulangan/,
    );
  }
});
