// The translation-memory page's actions (editor/memory/actions.ts: uploadTmx → uploadTmxToMemory,
// tryLookup and the alignment editor's findMemoryMatches → lookupMemory) refuse anyone below editor,
// and a refused or bad upload leaves the memory as it was.
import {expect, test} from 'vitest';
import {hasRole, type Actor} from '../../core/accounts/roles';
import {ensureUser} from '../../server/accounts/people';
import {MAX_IMPORT_BYTES} from '../../server/editor/importText';
import {getMemorySize, lookupMemory, uploadTmxToMemory} from '../../server/memory/editorMemory';
import {describeOnBothDatabases} from '../helpers/databases';

const kinds = ['anonymous', 'learner', 'editor', 'admin'] as const;
const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="id"/><body>
  <tu><tuv xml:lang="id"><seg>Kantor pos buka pukul delapan pagi.</seg></tuv><tuv xml:lang="en"><seg>The post office opens at eight in the morning.</seg></tuv></tu>
  <tu><tuv xml:lang="id"><seg>Toko roti tutup pada hari Minggu.</seg></tuv><tuv xml:lang="en"><seg>The bakery is closed on Sundays.</seg></tuv></tu>
  <tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
</body></tmx>`;
const file = (text: string, name = 'memory.tmx') => ({name, bytes: new TextEncoder().encode(text)});

describeOnBothDatabases('authorisation of the translation memory page', (db) => {
  const actors: Record<(typeof kinds)[number], Actor | null> = {
    anonymous: null,
    learner: null,
    editor: null,
    admin: null,
  };

  test('TMX upload and fuzzy lookup: editors and admins only, and a refusal changes nothing', async () => {
    const prisma = db().prisma;
    for (const role of ['learner', 'editor', 'admin'] as const) {
      await ensureUser(prisma, {email: `${role}@memory.test`, password: 'password-123', name: role, role});
      actors[role] = {id: (await prisma.user.findUniqueOrThrow({where: {email: `${role}@memory.test`}})).id, role};
    }
    for (const kind of kinds) {
      const allowed = kind !== 'anonymous' && hasRole(actors[kind], 'editor');
      const before = await getMemorySize(prisma);
      const upload = await uploadTmxToMemory(prisma, actors[kind], file(tmx));
      const lookup = await lookupMemory(prisma, actors[kind], {
        from: 'id',
        to: 'en',
        source: 'Kantor pos buka pukul sembilan pagi.',
      });
      if (!allowed) {
        expect(upload, kind).toEqual({ok: false, error: 'forbidden'});
        expect(lookup, kind).toEqual({ok: false, error: 'forbidden'});
        expect(await getMemorySize(prisma)).toEqual(before);
        continue;
      }
      // The first editor's upload adds both pairs both ways; the admin's finds them there already.
      expect(upload, kind).toEqual({ok: true, units: 3, added: kind === 'editor' ? 4 : 0, skipped: 1});
      expect(lookup.ok && lookup.matches.map((m) => m.target), kind).toEqual([
        'The post office opens at eight in the morning.',
      ]);
    }
    expect(await getMemorySize(prisma)).toEqual([
      {from: 'id', to: 'en', entries: 2},
      {from: 'en', to: 'id', entries: 2},
    ]);
  });

  test('bad files are refused with their reason, and the memory is unchanged', async () => {
    const prisma = db().prisma;
    const before = await getMemorySize(prisma);
    const editor = actors.editor;
    expect(await uploadTmxToMemory(prisma, editor, file(''))).toEqual({ok: false, error: 'empty'});
    expect(await uploadTmxToMemory(prisma, editor, file(tmx, 'memory.txt'))).toEqual({ok: false, error: 'fileType'});
    expect(
      await uploadTmxToMemory(prisma, editor, {name: 'big.tmx', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1).fill(32)}),
    ).toEqual({ok: false, error: 'tooLarge'});
    expect(
      await uploadTmxToMemory(prisma, editor, {
        name: 'latin1.tmx',
        bytes: Uint8Array.from([0x3c, 0x74, 0x6d, 0x78, 0x3e, 0xe9, 0x3c]),
      }),
    ).toEqual({ok: false, error: 'notUtf8'});
    expect(await uploadTmxToMemory(prisma, editor, file('<html><body><p>Halo</p></body></html>'))).toEqual({
      ok: false,
      error: 'notTmx',
    });
    expect(await uploadTmxToMemory(prisma, editor, file(tmx.replace('Toko roti', 'Toko\u0000roti')))).toEqual({
      ok: false,
      error: 'notUtf8',
    });
    expect(await lookupMemory(prisma, editor, {from: 'id', to: 'en', source: 'Toko\u0000roti'})).toEqual({
      ok: false,
      error: 'invalidInput',
    });
    expect(await lookupMemory(prisma, editor, {from: 'id', to: 'id', source: 'Toko roti'})).toEqual({
      ok: false,
      error: 'invalidInput',
    });
    expect(await getMemorySize(prisma)).toEqual(before);
  });
});
