import {expect, test} from 'vitest';
import {createTextFromTmx, decodeUpload, paragraphsFrom} from './importText';

const bytes = (text: string) => new TextEncoder().encode(text);

test('an upload with NUL is refused as not being UTF-8 text (PostgreSQL could not store it)', () => {
  expect(decodeUpload(bytes('Halo\u0000dunia'))).toEqual({ok: false, error: 'notUtf8'});
  // "Halo" saved as UTF-16: valid UTF-8 byte by byte, but every other byte is NUL.
  expect(decodeUpload(Uint8Array.from([0xff, 0xfe, 0x48, 0, 0x61, 0, 0x6c, 0, 0x6f, 0]))).toEqual({
    ok: false,
    error: 'notUtf8',
  });
  expect(decodeUpload(bytes('Halo dunia'))).toEqual({ok: true, text: 'Halo dunia'});
});

test('markup in an upload becomes text: tags go with script bodies, escaped markup stays as characters', () => {
  expect(
    paragraphsFrom(
      'Satu <script>window.x=1</script>dua.\n\nTautan <a href="javascript:x()">ini</a>.\n\n&lt;img onerror=x&gt;',
    ),
  ).toEqual(['Satu dua.', 'Tautan ini.', '<img onerror=x>']);
});

test('a TMX file the XML parser rejects is "not a TMX file", not a server error', async () => {
  // Refused before the database is touched.
  const prisma = {} as Parameters<typeof createTextFromTmx>[0];
  const meta = {kind: 'essay', licence: 'x', titles: {}} as const;
  const result = await createTextFromTmx(
    prisma,
    {id: 'u', role: 'editor'},
    meta,
    `<tmx><body>${'<tu>'.repeat(10_000)}</body></tmx>`,
    async () => [],
  );
  expect(result).toEqual({ok: false, error: 'notTmx'});
});
