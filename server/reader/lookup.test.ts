import {expect, test} from 'vitest';
import {AFFIXES} from '../../core/language/morphology';
import {describeAffix, lookUp} from './lookup';

test('every affix the analyser produces is explained in both UI languages', () => {
  for (const affix of AFFIXES) {
    expect(describeAffix(affix, 'en')).not.toBe(affix);
    expect(describeAffix(affix, 'id')).not.toBe(describeAffix(affix, 'en'));
  }
  expect(describeAffix('meN-', 'en')).toMatch(/active/);
  expect(describeAffix('meN-', 'id')).toMatch(/aktif/);
  expect(describeAffix('toString', 'en')).toBe('toString');
});

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
