// Who may change what, enforced where the data is changed: every mutating server action resolves the
// signed-in user (getCurrentUser) and hands it to one of the functions below, which refuse anyone
// without the role. The entry points themselves (every server action and route handler, by every
// kind of user, with a check that none is missing) are in entryPoints.test.ts.
//   editor/actions.ts            editText → applyEdit, undoLast → undoEdit, redoNext → redoEdit, restoreTo → restoreRevision
//   editor/[slug]/history        RestoreButton → restoreTo → restoreRevision
//   editor/import/actions.ts     importText → createImportedText, createTextFromTmx
//   admin/actions.ts             inviteUser → createInvitation, setRole → changeRole
// Route handlers under app/api/texts only read: drafts are exported only to editors (getAlignedExport's
// includeUnpublished, decided by hasRole). Sign-in, sign-up and sign-out are open to everyone by design.
import path from 'node:path';
import {beforeAll, expect, test} from 'vitest';
import {hasRole, type Actor, type Role} from '../../core/accounts/roles';
import {changeRole, createInvitation, ensureUser} from '../../server/accounts/people';
import {readContentDir} from '../../server/texts/contentFiles';
import {importTextSource} from '../../server/texts/importContent';
import {redoEdit, restoreRevision, undoEdit} from '../../server/editor/history';
import {applyEdit, type EditRequest} from '../../server/editor/operations';
import {getAlignedExport} from '../../server/editor/exports';
import {createImportedText, createTextFromTmx} from '../../server/editor/importText';
import {getEditorDoc} from '../../server/editor/texts';
import {describeOnBothDatabases} from '../helpers/databases';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');
const noAligner = () => [];
const noBookAligner = async () => [];
const kinds = ['anonymous', 'learner', 'editor', 'admin'] as const;
type Kind = (typeof kinds)[number];
const allowedFor = (needed: Role): Record<Kind, boolean> =>
  Object.fromEntries(kinds.map((k) => [k, k !== 'anonymous' && hasRole({id: '', role: k}, needed)])) as Record<
    Kind,
    boolean
  >;

const requests: EditRequest[] = [
  {kind: 'merge', row: 0},
  {kind: 'split', row: 0, idCount: 1, enCount: 0},
  {kind: 'moveUp', row: 1, side: 'id'},
  {kind: 'moveDown', row: 0, side: 'en'},
  {kind: 'detach', row: 0, side: 'en', end: 'first'},
  {kind: 'confirm', row: 0},
  {kind: 'confirmThrough', row: 1},
  {kind: 'editParagraph', lang: 'en', position: 0, body: 'Changed.'},
  {kind: 'splitParagraph', lang: 'id', position: 0, offset: 5},
  {kind: 'joinParagraphs', lang: 'id', position: 0},
  {kind: 'realign'},
  {kind: 'setStatus', status: 'published'},
];

describeOnBothDatabases('authorisation of every mutation', (db) => {
  const actors: Record<Kind, Actor | null> = {anonymous: null, learner: null, editor: null, admin: null};
  let textId: string;

  // Setup: one user of each role and a draft text.

  beforeAll(async () => {
    const prisma = db().prisma;
    for (const role of ['learner', 'editor', 'admin'] as const) {
      await ensureUser(prisma, {email: `${role}@authz.test`, password: 'password-123', name: role, role});
      actors[role] = {id: (await prisma.user.findUniqueOrThrow({where: {email: `${role}@authz.test`}})).id, role};
    }
    const [source] = await readContentDir(fixtures);
    await importTextSource(prisma, {...source, slug: 'authz-text'}, noAligner, 'draft');
    textId = (await prisma.text.findUniqueOrThrow({where: {slug: 'authz-text'}})).id;
  });

  test('editing, undo, redo and restore: editors and admins only, and a refusal changes nothing', async () => {
    const prisma = db().prisma;
    const allowed = allowedFor('editor');
    for (const kind of kinds) {
      for (const request of requests) {
        const before = (await getEditorDoc(prisma, {id: textId}))!;
        const result = await applyEdit(prisma, actors[kind], {textId, revision: before.revision, request}, noAligner);
        if (!allowed[kind]) {
          expect(result, `${kind} ${request.kind}`).toEqual({ok: false, error: 'forbidden'});
          expect(await getEditorDoc(prisma, {id: textId})).toEqual(before);
          continue;
        }
        expect(result.ok || (!result.ok && result.error !== 'forbidden'), `${kind} ${request.kind}`).toBe(true);
        // Put the text back as it was, so that every user meets the same text.
        if (result.ok)
          expect(await undoEdit(prisma, actors[kind], {textId, revision: result.revision})).toMatchObject({ok: true});
      }
      const doc = (await getEditorDoc(prisma, {id: textId}))!;
      const undo = await undoEdit(prisma, actors[kind], {textId, revision: doc.revision});
      const redo = await redoEdit(prisma, actors[kind], {textId, revision: doc.revision});
      const restore = await restoreRevision(prisma, actors[kind], {textId, revision: doc.revision, number: 0});
      for (const result of [undo, redo, restore]) {
        if (allowed[kind]) expect(result).not.toEqual({ok: false, error: 'forbidden'});
        else expect(result).toEqual({ok: false, error: 'forbidden'});
      }
      if (redo.ok) await undoEdit(prisma, actors[kind], {textId, revision: redo.revision});
    }
  });

  test('importing texts and TMX files: editors and admins only', async () => {
    const prisma = db().prisma;
    const allowed = allowedFor('editor');
    const meta = {kind: 'news' as const, originalLanguage: 'id' as const, licence: 'test', titles: {id: 'Uji'}};
    const tmx =
      '<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>Satu.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu></body></tmx>';
    for (const kind of kinds) {
      const pasted = await createImportedText(prisma, actors[kind], meta, {id: ['Satu.'], en: ['One.']}, noBookAligner);
      const fromTmx = await createTextFromTmx(
        prisma,
        actors[kind],
        {kind: 'news', licence: 'test', titles: {}},
        tmx,
        noBookAligner,
      );
      for (const result of [pasted, fromTmx]) expect(result.ok, kind).toBe(allowed[kind]);
      if (!allowed[kind]) expect(pasted).toEqual({ok: false, error: 'forbidden'});
    }
    // Only the editor's and the admin's texts exist, two each, besides the setup text.
    expect(await prisma.text.count({where: {slug: {not: 'authz-text'}}})).toBe(
      2 * kinds.filter((k) => allowed[k]).length,
    );
  });

  test('inviting people and changing roles: admins only', async () => {
    const prisma = db().prisma;
    const allowed = allowedFor('admin');
    for (const kind of kinds) {
      const invitation = await createInvitation(prisma, actors[kind], `new-${kind}@authz.test`, 'editor', new Date());
      expect(invitation.ok, kind).toBe(allowed[kind]);
      const learner = actors.learner!;
      const promoted = await changeRole(prisma, actors[kind], learner.id, 'editor');
      expect(promoted.ok, kind).toBe(allowed[kind]);
      if (promoted.ok) await changeRole(prisma, actors[kind], learner.id, 'learner');
      expect((await prisma.user.findUniqueOrThrow({where: {id: learner.id}})).role).toBe('learner');
    }
    expect(await prisma.invitation.count()).toBe(1);
    // The last admin cannot demote themselves, so somebody can always manage people.
    expect(await changeRole(prisma, actors.admin, actors.admin!.id, 'editor')).toEqual({ok: false, error: 'lastAdmin'});
  });

  test('drafts are exported to editors and admins only; published texts to everyone', async () => {
    const prisma = db().prisma;
    for (const kind of kinds) {
      // What the export route handler decides for this user.
      const includeUnpublished = hasRole(actors[kind], 'editor');
      expect((await getAlignedExport(prisma, 'authz-text', {includeUnpublished})) !== null, kind).toBe(
        allowedFor('editor')[kind],
      );
    }
  });
});
