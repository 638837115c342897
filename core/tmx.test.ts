import {expect, test} from 'vitest';
import {buildTmx, parseTmx} from './tmx';

test('a TMX export reads back as the same units, markup-looking text included', () => {
  const units = [
    {id: ['Hujan deras <b>mengguyur</b> Jakarta & sekitarnya.'], en: ['Heavy rain fell on Jakarta "and" around.']},
    {id: ['Satu.', 'Dua.'], en: ['One and two.']},
    {id: ['Hanya bahasa Indonesia.'], en: []},
  ];
  const xml = buildTmx({srcLang: 'id', units}, new Date('2026-01-02T03:04:05Z'));
  expect(xml).toContain('<tuv xml:lang="id"><seg>Hujan deras &lt;b&gt;mengguyur&lt;/b&gt; Jakarta &amp; sekitarnya.</seg></tuv>');
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
