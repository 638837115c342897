import {expect, test} from 'vitest';
import {buildTmx, parseTmx} from './tmx';

test('a TMX export reads back as the same units, markup-looking text included', () => {
  const units = [
    {id: ['Hujan deras <b>mengguyur</b> Jakarta & sekitarnya.'], en: ['Heavy rain fell on Jakarta "and" around.']},
    {id: ['Satu.', 'Dua.'], en: ['One and two.']},
    {id: ['Hanya bahasa Indonesia.'], en: []},
  ];
  const xml = buildTmx({srcLang: 'id', units}, new Date('2026-01-02T03:04:05Z'));
  expect(xml).toContain(
    '<tuv xml:lang="id"><seg>Hujan deras &lt;b&gt;mengguyur&lt;/b&gt; Jakarta &amp; sekitarnya.</seg></tuv>',
  );
  expect(xml).toContain('creationdate="20260102T030405Z"');
  expect(parseTmx(xml)).toEqual({srcLang: 'id', units});
});

test('TMX from other tools: language variants, inline tags, and files that are not TMX', () => {
  const xml = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en-US"/><body>
    <tu><tuv xml:lang="en-US"><seg>Hello <ph x="1"/>world</seg></tuv><tuv xml:lang="id-ID"><seg>Halo dunia</seg></tuv></tu>
  </body></tmx>`;
  expect(parseTmx(xml)).toEqual({srcLang: 'en', units: [{en: ['Hello world'], id: ['Halo dunia']}]});
  expect(parseTmx('<html><body>no</body></html>')).toBeNull();
});

test('each variant keeps its provenance, machine engine and model included; a side with no paragraph has no variant', () => {
  const units = [
    {
      id: ['Hujan.'],
      en: ['Rain.'],
      origin: {
        id: {provenance: 'original' as const},
        en: {provenance: 'machine' as const, engine: 'openai', model: 'gpt-4o-mini'},
      },
    },
    {
      id: ['Banjir.'],
      en: ['Flooding.'],
      origin: {id: {provenance: 'original' as const}, en: {provenance: 'postedited' as const, engine: 'deepl'}},
    },
    {id: ['Hanya bahasa Indonesia.'], en: [], origin: {id: {provenance: 'original' as const}}},
  ];
  const xml = buildTmx({srcLang: 'id', units}, new Date('2026-01-02T03:04:05Z'));
  expect(xml).toContain(
    '<tuv xml:lang="en"><prop type="x-selaras-origin">machine</prop><prop type="x-selaras-engine">openai</prop>' +
      '<prop type="x-selaras-model">gpt-4o-mini</prop><seg>Rain.</seg></tuv>',
  );
  expect(xml).not.toContain('<seg></seg>');
  expect(xml.match(/<tuv /g)).toHaveLength(5);
  expect(parseTmx(xml)).toEqual({srcLang: 'id', units});
});

test('XML nested deeper than the parser allows, or not XML at all, is not TMX: null, not an exception', () => {
  const deep = `<tmx><body><tu><tuv xml:lang="id"><seg>${'<b>'.repeat(5_000)}x${'</b>'.repeat(5_000)}</seg></tuv></tu></body></tmx>`;
  expect(parseTmx(deep)).toBeNull();
  expect(parseTmx('plain text, no markup')).toBeNull();
});
