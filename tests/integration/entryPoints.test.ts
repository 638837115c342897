// Authorisation at every entry point: each server action and route handler, called as it is in the
// app (the real modules under app/), by anonymous visitors, a learner, an editor and an admin. Only
// the session is stood in for: getCurrentUser and requireRole answer with the user of the cell (how
// a cookie becomes a user is tested in sessions and sign-in tests). A refusal must be exact and
// change nothing; an allowed call must make its change. Who may call a server action is read from its
// declaration (the role it gives server/platform/action.ts, kept on the action as `.role`); a route
// handler's is stated below. The matrix is checked against the code: every export of a 'use server'
// module must carry a declared role, and every action and route handler method needs an entry below,
// so a new entry point without its authorisation fails this suite.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {NextRequest} from 'next/server';
import {beforeAll, expect, test, vi} from 'vitest';
import {hasRole, type Role} from '../../core/accounts/roles';
import type {PrismaClient} from '../../server/generated/prisma/client';
import {ensureUser} from '../../server/accounts/people';
import {readContentDir} from '../../server/texts/contentFiles';
import {importTextSource} from '../../server/texts/importContent';
import {runTextImport} from '../../server/editor/importJob';
import {undoEdit} from '../../server/editor/history';
import {applyEdit} from '../../server/editor/operations';
import {getEditorDoc, type EditorDoc} from '../../server/editor/texts';
import {saveWord} from '../../server/learning/vocabulary';
import {importKnownWords} from '../../server/learning/knownWords';
import {describeOnBothDatabases} from '../helpers/databases';

type Kind = 'anonymous' | 'learner' | 'editor' | 'admin';
interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
}

// What the mocked modules read: the user of the current cell and the suite's database.
const context = vi.hoisted(() => ({user: null as User | null, prisma: null as unknown, queued: [] as unknown[]}));

vi.mock('server-only', () => ({}));
vi.mock('@/server/accounts/currentUser', async () => {
  const {hasRole: has} = await import('../../core/accounts/roles');
  return {
    getCurrentUser: async () => context.user,
    requireRole: async (role: Role) => (has(context.user, role) ? context.user : null),
    auth: () => {
      throw new Error('better-auth is not part of this test');
    },
  };
});
vi.mock('@/server/platform/db', () => ({
  prisma: () => context.prisma,
  getDatabase: () => ({prisma: context.prisma, kind: 'embedded'}),
}));
vi.mock('@/server/platform/workers', () => ({
  getQueue: async () => ({
    createQueue: async () => {},
    send: async (_name: string, data: unknown) => void context.queued.push(data),
  }),
}));
vi.mock('next/cache', () => ({revalidatePath: () => {}, revalidateTag: () => {}}));
vi.mock('next/headers', () => ({headers: async () => new Headers({host: 'localhost:3000'})}));
vi.mock('next/server', async (original) => ({...(await original<typeof import('next/server')>()), after: () => {}}));
// A redirect ends an action by throwing, as next/navigation's does; the test reads where it went.
class Redirected extends Error {
  // What next/navigation's redirect carries, so that the action boundary lets it through as Next's own.
  readonly digest: string;
  constructor(readonly href: string) {
    super(`redirect to ${href}`);
    this.digest = `NEXT_REDIRECT;replace;${href};307;`;
  }
}
vi.mock('@/i18n/navigation', () => ({
  redirect: ({href}: {href: string}) => {
    throw new Redirected(href);
  },
}));

const editorActions = await import('@/app/[locale]/editor/actions');
const draftActions = await import('@/app/[locale]/editor/[slug]/draftActions');
const importActions = await import('@/app/[locale]/editor/import/actions');
const adminActions = await import('@/app/[locale]/admin/actions');
const memoryActions = await import('@/app/[locale]/editor/memory/actions');
const vocabularyActions = await import('@/app/[locale]/vocabulary/actions');
const reviewActions = await import('@/app/[locale]/review/actions');
const readActions = await import('@/app/[locale]/read/actions');
const ankiRoute = await import('@/app/api/vocabulary/anki/route');
const wordsRoute = await import('@/app/api/learner/words/route');
const placeActions = await import('@/app/[locale]/read/placeActions');
const readingRoute = await import('@/app/api/reading/[slug]/route');
const exportRoute = await import('@/app/api/texts/[slug]/export/route');
const textRoute = await import('@/app/api/texts/[slug]/route');
const textsRoute = await import('@/app/api/texts/route');
const lookupRoute = await import('@/app/api/lookup/route');
const healthRoute = await import('@/app/api/health/route');
const concordanceRoute = await import('@/app/api/concordance/route');
const termActions = await import('@/app/[locale]/editor/terms/actions');
const rowWordsActions = await import('@/app/[locale]/editor/[slug]/rowWordsActions');
const paragraphActions = await import('@/app/[locale]/editor/[slug]/paragraphActions');

const root = path.join(import.meta.dirname, '..', '..');
const kinds: Kind[] = ['anonymous', 'learner', 'editor', 'admin'];
const allowed = (needed: Role | 'anyone', kind: Kind) =>
  needed === 'anyone' || (kind !== 'anonymous' && hasRole({id: '', role: kind}, needed));

/** The state a cell runs in: the database, the acting user, and fixtures made in the setup. */
interface Cell {
  initial: EditorDoc;
  prisma: PrismaClient;
  kind: Kind;
  user: User | null;
  users: Record<Exclude<Kind, 'anonymous'>, User>;
  otherLearner: User;
  texts: {draft: string; oneLanguage: string};
  slugs: {draft: string; published: string};
}
interface Entry {
  /**
   * For route handlers only, who may: 'anyone' for entry points open to all, otherwise the least role.
   * A server action's comes from its declaration.
   */
  needs?: Role | 'anyone';
  /** Calls the entry point and asserts the exact outcome and its effect for this user. */
  check: (cell: Cell, mayAct: boolean) => Promise<void>;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const get = (url: string) => new NextRequest(new URL(url, 'http://localhost:3000'));
const docOf = async (cell: Cell) => (await getEditorDoc(cell.prisma, {id: cell.texts.draft}))!;
/** An editor's paragraph edit made directly, so that undo, redo and restore have something to work on; the new revision. */
const editBody = async (cell: Cell, body: string, author: User = cell.users.editor) => {
  const made = await applyEdit(
    cell.prisma,
    author,
    {
      textId: cell.texts.draft,
      revision: (await docOf(cell)).revision,
      request: {kind: 'editParagraph', lang: 'en', position: 0, body},
    },
    () => [],
  );
  if (!made.ok) throw new Error(made.error);
  return made.revision;
};
const refusedAndUnchanged = async (cell: Cell, call: () => Promise<unknown>, refusal: unknown) => {
  const before = await docOf(cell);
  expect(await call(), cell.kind).toEqual(refusal);
  expect(await docOf(cell)).toEqual(before);
};
/** A vocabulary item of `user`, made directly, for actions that change one. */
const itemOf = async (cell: Cell, user: User, word: string) =>
  (await saveWord(cell.prisma, user.id, {lang: 'id', word}, new Date()))!.id;
const catchRedirect = async (call: () => Promise<unknown>) => {
  try {
    return {returned: await call()};
  } catch (error) {
    if (error instanceof Redirected) return {redirect: error.href};
    throw error;
  }
};

// file → export (or HTTP method) → entry. Keys are paths from the repository root.
const matrix: Record<string, Record<string, Entry>> = {
  'app/[locale]/editor/actions.ts': {
    editText: {
      check: async (cell, mayAct) => {
        const before = await docOf(cell);
        const input = {textId: cell.texts.draft, revision: before.revision, request: {kind: 'merge', row: 0}};
        if (!mayAct)
          return refusedAndUnchanged(cell, () => editorActions.editText(input), {ok: false, error: 'forbidden'});
        expect(await editorActions.editText(input)).toMatchObject({ok: true, revision: before.revision + 1});
        expect((await docOf(cell)).links).toHaveLength(before.links.length - 1);
      },
    },
    undoLast: {
      check: async (cell, mayAct) => {
        // Something to undo: the caller's own change when they may make one (undo takes back only
        // the caller's changes, editor.test.ts), an editor's otherwise.
        const before = await docOf(cell);
        const made = await editBody(cell, `Undo me (${cell.kind}).`, mayAct ? cell.user! : cell.users.editor);
        const input = {textId: cell.texts.draft, revision: made};
        if (!mayAct)
          return refusedAndUnchanged(cell, () => editorActions.undoLast(input), {ok: false, error: 'forbidden'});
        expect(await editorActions.undoLast(input)).toMatchObject({ok: true, revision: made + 1});
        expect((await docOf(cell)).paragraphs).toEqual(before.paragraphs);
      },
    },
    redoNext: {
      check: async (cell, mayAct) => {
        const author = mayAct ? cell.user! : cell.users.editor;
        const made = await editBody(cell, `Redo me (${cell.kind}).`, author);
        const undone = await undoEdit(cell.prisma, author, {textId: cell.texts.draft, revision: made});
        if (!undone.ok) throw new Error(undone.error);
        const input = {textId: cell.texts.draft, revision: undone.revision};
        if (!mayAct)
          return refusedAndUnchanged(cell, () => editorActions.redoNext(input), {ok: false, error: 'forbidden'});
        expect(await editorActions.redoNext(input)).toMatchObject({ok: true, revision: undone.revision + 1});
        expect((await docOf(cell)).paragraphs.en[0]!.body).toBe(`Redo me (${cell.kind}).`);
      },
    },
    restoreTo: {
      check: async (cell, mayAct) => {
        const revision = await editBody(cell, `Restore past me (${cell.kind}).`);
        const input = {textId: cell.texts.draft, revision, number: 0};
        if (!mayAct)
          return refusedAndUnchanged(cell, () => editorActions.restoreTo(input), {ok: false, error: 'forbidden'});
        expect(await editorActions.restoreTo(input)).toMatchObject({ok: true});
        // Back to the text as imported.
        const restored = await docOf(cell);
        expect({links: restored.links, paragraphs: restored.paragraphs}).toEqual({
          links: cell.initial.links,
          paragraphs: cell.initial.paragraphs,
        });
      },
    },
  },
  'app/[locale]/editor/[slug]/draftActions.ts': {
    requestDraft: {
      check: async (cell, mayAct) => {
        const jobs = await cell.prisma.draftJob.count();
        const result = await draftActions.requestDraft({textId: cell.texts.oneLanguage});
        if (!mayAct) {
          expect(result, cell.kind).toEqual({ok: false, error: 'forbidden'});
          expect(await cell.prisma.draftJob.count()).toBe(jobs);
          return;
        }
        expect(result).toMatchObject({ok: true, job: {status: 'queued'}});
        // The first allowed user queues the draft; the next one is shown the same job.
        expect(await cell.prisma.draftJob.count()).toBe(1);
        expect(context.queued).toHaveLength(1);
      },
    },
    getDraftProgress: {
      check: async (cell, mayAct) => {
        const job = await cell.prisma.draftJob.findFirstOrThrow({select: {id: true}});
        const progress = await draftActions.getDraftProgress({jobId: job.id});
        if (mayAct) expect(progress).toMatchObject({id: job.id, status: 'queued'});
        else expect(progress, cell.kind).toBeNull();
      },
    },
  },
  'app/[locale]/editor/import/actions.ts': {
    importText: {
      check: async (cell, mayAct) => {
        const texts = await cell.prisma.text.count();
        const fields = {
          locale: 'en',
          intent: 'create',
          kind: 'news',
          originalLanguage: 'id',
          licence: 'test',
          titleId: `Impor ${cell.kind}`,
          idText: 'Satu.\n\nDua.',
          enText: 'One.\n\nTwo.',
        };
        const outcome = await catchRedirect(() => importActions.importText({error: null}, form(fields)));
        if (!mayAct) {
          expect(outcome, cell.kind).toEqual({returned: {error: 'forbidden'}});
          expect(await cell.prisma.text.count()).toBe(texts);
          return;
        }
        // The import is a job; this suite's queue only records it, so the job is run here.
        expect(outcome.redirect).toMatch(/^\/editor\/import\/[a-z0-9]+$/);
        const jobId = outcome.redirect!.split('/').at(-1)!;
        expect(await runTextImport(cell.prisma, jobId)).toBe('done');
        const {slug} = await cell.prisma.textImportJob.findUniqueOrThrow({where: {id: jobId}, select: {slug: true}});
        expect(await cell.prisma.text.count({where: {slug: slug!}})).toBe(1);
      },
    },
  },
  'app/[locale]/editor/memory/actions.ts': {
    // Uploads change the memory; lookups show what it holds, which only editors see.
    uploadTmx: {
      check: async (cell, mayAct) => {
        const entries = await cell.prisma.memoryEntry.count();
        const tmx = `<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>Kucing ${cell.kind} tidur di atas meja.</seg></tuv><tuv xml:lang="en"><seg>The ${cell.kind} cat sleeps on the table.</seg></tuv></tu></body></tmx>`;
        const upload = new FormData();
        upload.set('tmxFile', new File([tmx], 'memory.tmx'));
        const result = await memoryActions.uploadTmx(null, upload);
        if (!mayAct) {
          expect(result, cell.kind).toEqual({ok: false, error: 'forbidden'});
          expect(await cell.prisma.memoryEntry.count()).toBe(entries);
          return;
        }
        expect(result).toMatchObject({ok: true, units: 1});
        expect(
          await cell.prisma.memoryEntry.count({where: {source: `Kucing ${cell.kind} tidur di atas meja.`}}),
        ).toBeGreaterThan(0);
      },
    },
    tryLookup: {
      check: async (cell, mayAct) => {
        const result = await memoryActions.tryLookup(
          null,
          form({direction: 'id-en', source: 'Kucing editor tidur di atas meja.'}),
        );
        if (!mayAct)
          return void expect(result, cell.kind).toEqual({ok: false, error: 'forbidden', from: 'id', to: 'en'});
        expect(result).toMatchObject({ok: true, from: 'id', to: 'en'});
        expect(JSON.stringify(result)).toContain('The editor cat sleeps on the table.');
      },
    },
    findMemoryMatches: {
      check: async (cell, mayAct) => {
        const result = await memoryActions.findMemoryMatches({
          from: 'id',
          to: 'en',
          source: 'Kucing editor tidur di atas meja.',
        });
        if (!mayAct) return void expect(result, cell.kind).toEqual({ok: false, error: 'forbidden'});
        expect(result).toMatchObject({ok: true});
        expect(JSON.stringify(result)).toContain('The editor cat sleeps on the table.');
      },
    },
  },
  'app/[locale]/admin/actions.ts': {
    inviteUser: {
      check: async (cell, mayAct) => {
        const email = `invited-${cell.kind}@authz.test`;
        const state = await adminActions.inviteUser({error: null}, form({locale: 'en', email, role: 'editor'}));
        if (!mayAct) {
          expect(state, cell.kind).toEqual({error: 'forbidden'});
          expect(await cell.prisma.invitation.count({where: {email}})).toBe(0);
          return;
        }
        expect(state).toMatchObject({error: null, link: expect.stringContaining('/en/sign-up?invite=')});
        expect(await cell.prisma.invitation.count({where: {email}})).toBe(1);
      },
    },
    setRole: {
      check: async (cell, mayAct) => {
        const target = cell.otherLearner;
        const state = await adminActions.setRole(
          {error: null},
          form({locale: 'en', userId: target.id, role: 'editor'}),
        );
        const role = async () =>
          (await cell.prisma.user.findUniqueOrThrow({where: {id: target.id}, select: {role: true}})).role;
        if (!mayAct) {
          expect(state, cell.kind).toEqual({error: 'forbidden'});
          expect(await role()).toBe('learner');
          return;
        }
        expect(state).toEqual({error: null, saved: true});
        expect(await role()).toBe('editor');
        await cell.prisma.user.update({where: {id: target.id}, data: {role: 'learner'}});
      },
    },
  },
  'app/[locale]/vocabulary/actions.ts': {
    saveWordAction: {
      check: async (cell, mayAct) => {
        const items = await cell.prisma.vocabularyItem.count();
        const result = await vocabularyActions.saveWordAction({
          lang: 'id',
          word: 'menggunakan',
          textSlug: cell.slugs.published,
        });
        if (!mayAct) {
          expect(result, cell.kind).toEqual({ok: false, error: 'signIn'});
          expect(await cell.prisma.vocabularyItem.count()).toBe(items);
          return;
        }
        expect(result).toEqual({ok: true});
        expect(await cell.prisma.vocabularyItem.count({where: {userId: cell.user!.id, lemma: 'guna'}})).toBe(1);
      },
    },
    setStatusAction: {
      check: async (cell, mayAct) => {
        // Somebody else's word: nobody may change it, whatever their role.
        const theirs = await itemOf(cell, cell.otherLearner, 'rumah');
        const status = async (id: string) =>
          (await cell.prisma.vocabularyItem.findUniqueOrThrow({where: {id}, select: {status: true}})).status;
        const before = await status(theirs);
        expect(await vocabularyActions.setStatusAction({itemId: theirs, status: 'known'}), cell.kind).toEqual({
          ok: false,
          error: mayAct ? 'notFound' : 'signIn',
        });
        expect(await status(theirs)).toBe(before);
        if (!mayAct) return;
        const mine = await itemOf(cell, cell.user!, 'payung');
        expect(await vocabularyActions.setStatusAction({itemId: mine, status: 'known'})).toEqual({ok: true});
        expect(await status(mine)).toBe('known');
      },
    },
    importKnownWordsAction: {
      check: async (cell, mayAct) => {
        const items = await cell.prisma.vocabularyItem.count();
        const outcome = await catchRedirect(() =>
          vocabularyActions.importKnownWordsAction(form({locale: 'en', lang: 'id', words: 'pulau\nlaut'})),
        );
        if (!mayAct) {
          expect(outcome, cell.kind).toEqual({redirect: '/sign-in?next=/vocabulary'});
          expect(await cell.prisma.vocabularyItem.count()).toBe(items);
          return;
        }
        // The list is a job of this learner's, queued; this suite's queue only records it, so it is run here.
        expect(outcome.redirect).toMatch(/^\/jobs\/[a-z0-9]+$/);
        const jobId = outcome.redirect!.split('/').at(-1)!;
        expect(context.queued).toContainEqual({jobId});
        const job = await cell.prisma.backgroundJob.findUniqueOrThrow({
          where: {id: jobId},
          select: {userId: true, status: true, total: true, input: true},
        });
        expect(job).toMatchObject({userId: cell.user!.id, status: 'queued', total: 2});
        const {lang, words} = job.input as {lang: 'id'; words: string[]};
        await importKnownWords(cell.prisma, cell.user!.id, lang, words, new Date());
        await cell.prisma.backgroundJob.update({where: {id: jobId}, data: {status: 'done'}, select: {id: true}});
        expect(
          await cell.prisma.vocabularyItem.count({
            where: {userId: cell.user!.id, lemma: {in: ['pulau', 'laut']}, status: 'known'},
          }),
        ).toBe(2);
      },
    },
  },
  'app/[locale]/review/actions.ts': {
    gradeAction: {
      check: async (cell, mayAct) => {
        const theirs = await itemOf(cell, cell.otherLearner, 'sungai');
        const reps = async (id: string) =>
          (await cell.prisma.vocabularyItem.findUniqueOrThrow({where: {id}, select: {reps: true}})).reps;
        expect(await reviewActions.gradeAction({itemId: theirs, grade: 'good'}), cell.kind).toEqual({
          ok: false,
          error: mayAct ? 'notFound' : 'signIn',
        });
        expect(await reps(theirs)).toBe(0);
        if (!mayAct) return;
        const mine = await itemOf(cell, cell.user!, 'gunung');
        expect(await reviewActions.gradeAction({itemId: mine, grade: 'good'})).toMatchObject({
          ok: true,
          due: expect.any(String),
        });
        expect(await reps(mine)).toBe(1);
      },
    },
  },
  'app/api/vocabulary/anki/route.ts': {
    GET: {
      needs: 'learner',
      check: async (cell, mayAct) => {
        const theirs = await itemOf(cell, cell.otherLearner, 'kawan');
        const response = await ankiRoute.GET(get('/api/vocabulary/anki'));
        if (!mayAct) {
          expect(response.status, cell.kind).toBe(401);
          expect(await response.json()).toEqual({error: 'signIn'});
          return;
        }
        expect(response.status).toBe(200);
        // Only one's own words: the other learner's are not in the file.
        const lines = (await response.text()).split('\n').filter((l) => !l.startsWith('#') && l);
        expect(lines.map((l) => l.split('\t')[0])).toEqual(expect.arrayContaining(['menggunakan']));
        expect(theirs).toBeTruthy();
        expect(lines.some((l) => l.startsWith('kawan\t'))).toBe(false);
      },
    },
  },
  'app/api/learner/words/route.ts': {
    GET: {
      needs: 'learner',
      check: async (cell, mayAct) => {
        const response = await wordsRoute.GET(get(`/api/learner/words?text=${cell.slugs.published}&lang=id`));
        expect(response.status).toBe(200);
        const body = await response.json();
        if (!mayAct) return void expect(body, cell.kind).toEqual({signedIn: false});
        // The word this user saved (saveWordAction above) is marked for them alone.
        expect(body).toMatchObject({signedIn: true, forms: {menggunakan: 'new', perahu: 'unseen'}});
      },
    },
  },
  // After the words route: these change what it reports.
  'app/[locale]/read/actions.ts': {
    setWordStatusAction: {
      check: async (cell, mayAct) => {
        const input = {
          lang: 'id',
          word: 'perahu',
          textSlug: cell.slugs.published,
          choice: {status: 'learning', level: 3},
        };
        const items = await cell.prisma.vocabularyItem.count();
        const result = await readActions.setWordStatusAction(input);
        if (!mayAct) {
          expect(result, cell.kind).toEqual({ok: false, error: 'signIn'});
          expect(await cell.prisma.vocabularyItem.count()).toBe(items);
          return;
        }
        expect(result).toEqual({ok: true, status: 'learning', level: 3});
        const item = {
          where: {userId_lang_lemma: {userId: cell.user!.id, lang: 'id' as const, lemma: 'perahu'}},
          select: {status: true, level: true},
        };
        expect(await cell.prisma.vocabularyItem.findUniqueOrThrow(item)).toEqual({status: 'learning', level: 3});
        expect(await readActions.setWordStatusAction({...input, choice: {status: 'ignored'}})).toMatchObject({
          ok: true,
          status: 'ignored',
        });
        expect(await cell.prisma.vocabularyItem.findUniqueOrThrow(item)).toMatchObject({status: 'ignored'});
        // Only this learner's word changed.
        expect(await cell.prisma.vocabularyItem.count({where: {lemma: 'perahu', userId: cell.otherLearner.id}})).toBe(
          0,
        );
      },
    },
    markTextKnownAction: {
      check: async (cell, mayAct) => {
        const known = () => cell.prisma.vocabularyItem.count({where: {status: 'known'}});
        const othersKnown = () =>
          cell.prisma.vocabularyItem.count({where: {status: 'known', userId: cell.otherLearner.id}});
        const [before, othersBefore] = [await known(), await othersKnown()];
        const result = await readActions.markTextKnownAction({textSlug: cell.slugs.published, lang: 'id'});
        if (!mayAct) {
          expect(result, cell.kind).toEqual({ok: false, error: 'signIn'});
          expect(await known()).toBe(before);
          return;
        }
        expect(result).toMatchObject({ok: true, more: false});
        const marked = (result as {marked: number}).marked;
        expect(marked).toBeGreaterThan(0);
        expect(await known()).toBe(before + marked);
        expect(await othersKnown()).toBe(othersBefore);
        expect(await readActions.markTextKnownAction({textSlug: cell.slugs.draft, lang: 'id'})).toEqual({
          ok: false,
          error: 'notFound',
        });
      },
    },
    setLearnLangAction: {
      check: async (cell, mayAct) => {
        const result = await readActions.setLearnLangAction({lang: 'en'});
        if (!mayAct) {
          expect(result, cell.kind).toEqual({ok: false, error: 'signIn'});
          return;
        }
        expect(result).toEqual({ok: true});
        expect(
          await cell.prisma.learnerSetting.findUnique({where: {userId: cell.user!.id}, select: {learnLang: true}}),
        ).toEqual({learnLang: 'en'});
      },
    },
  },
  // A reading place: each signed-in reader's own, for a published text only.
  'app/[locale]/read/placeActions.ts': {
    saveReadingPlaceAction: {
      check: async (cell, mayAct) => {
        const places = () => cell.prisma.readingPlace.count();
        const before = await places();
        const result = await placeActions.saveReadingPlaceAction({slug: cell.slugs.published, row: 1});
        if (!mayAct) {
          expect(result, cell.kind).toEqual({ok: false, error: 'signIn'});
          expect(await places()).toBe(before);
          return;
        }
        expect(result).toEqual({ok: true});
        expect(await cell.prisma.readingPlace.findMany({where: {userId: cell.user!.id}, select: {row: true}})).toEqual([
          {row: 1},
        ]);
        expect(await placeActions.saveReadingPlaceAction({slug: cell.slugs.draft, row: 0})).toEqual({
          ok: false,
          error: 'notFound',
        });
        expect(await placeActions.saveReadingPlaceAction({slug: cell.slugs.published, row: -1})).toEqual({
          ok: false,
          error: 'invalidInput',
        });
      },
    },
  },
  'app/api/reading/[slug]/route.ts': {
    GET: {
      needs: 'learner',
      check: async (cell, mayAct) => {
        const params = {params: Promise.resolve({slug: cell.slugs.published})};
        const response = await readingRoute.GET(get(`/api/reading/${cell.slugs.published}`), params);
        expect(response.status).toBe(200);
        const body = await response.json();
        if (!mayAct) return void expect(body, cell.kind).toEqual({signedIn: false, row: null});
        // The place saved above (saveReadingPlaceAction), this reader's own.
        expect(body).toEqual({signedIn: true, row: 1});
      },
    },
  },
  'app/api/texts/[slug]/export/route.ts': {
    // Anyone exports published texts; drafts only editors and admins.
    GET: {
      needs: 'editor',
      check: async (cell, mayAct) => {
        const draft = await exportRoute.GET(get(`/api/texts/${cell.slugs.draft}/export?format=json`), {
          params: Promise.resolve({slug: cell.slugs.draft}),
        });
        expect(draft.status, cell.kind).toBe(mayAct ? 200 : 404);
        const published = await exportRoute.GET(get(`/api/texts/${cell.slugs.published}/export?format=tsv`), {
          params: Promise.resolve({slug: cell.slugs.published}),
        });
        expect(published.status, cell.kind).toBe(200);
      },
    },
  },
  'app/api/texts/[slug]/route.ts': {
    GET: {
      needs: 'anyone',
      check: async (cell) => {
        expect(
          (
            await textRoute.GET(get(`/api/texts/${cell.slugs.published}`), {
              params: Promise.resolve({slug: cell.slugs.published}),
            })
          ).status,
        ).toBe(200);
        // The public API never shows drafts, not even to editors.
        expect(
          (
            await textRoute.GET(get(`/api/texts/${cell.slugs.draft}`), {
              params: Promise.resolve({slug: cell.slugs.draft}),
            })
          ).status,
          cell.kind,
        ).toBe(404);
      },
    },
  },
  'app/api/texts/route.ts': {
    GET: {
      needs: 'anyone',
      check: async (cell) => {
        const {texts} = (await (await textsRoute.GET()).json()) as {texts: {slug: string}[]};
        expect(
          texts.map((t) => t.slug),
          cell.kind,
        ).toEqual([cell.slugs.published]);
      },
    },
  },
  'app/api/lookup/route.ts': {
    GET: {
      needs: 'anyone',
      check: async () => {
        expect((await lookupRoute.GET(get('/api/lookup?word=menggunakan&from=id'))).status).toBe(200);
      },
    },
  },
  'app/api/concordance/route.ts': {
    GET: {
      needs: 'anyone',
      check: async (cell) => {
        // Published texts only, for everyone: a word of the fixtures is found, bad input is a 400.
        const found = await concordanceRoute.GET(get('/api/concordance?q=perahu&from=id'));
        expect(found.status, cell.kind).toBe(200);
        expect((await concordanceRoute.GET(get('/api/concordance?q=&from=id'))).status).toBe(400);
        expect((await concordanceRoute.GET(get('/api/concordance?q=perahu&from=fr'))).status).toBe(400);
      },
    },
  },
  'app/[locale]/editor/terms/actions.ts': {
    decideTermAction: {
      check: async (cell, mayAct) => {
        const term = await cell.prisma.multiWordTerm.upsert({
          where: {phrase: 'rumah makan'},
          create: {phrase: 'rumah makan', gloss: 'restaurant'},
          update: {status: 'proposed'},
          select: {id: true},
        });
        const status = async () =>
          (await cell.prisma.multiWordTerm.findUniqueOrThrow({where: {id: term.id}, select: {status: true}})).status;
        const outcome = await catchRedirect(() =>
          termActions.decideTermAction(form({locale: 'en', id: term.id, status: 'confirmed', tab: 'proposed'})),
        );
        if (!mayAct) {
          expect(outcome, cell.kind).toEqual({redirect: '/sign-in?next=/editor/terms'});
          expect(await status()).toBe('proposed');
          return;
        }
        expect(outcome).toEqual({redirect: '/editor/terms?status=proposed'});
        expect(await status()).toBe('confirmed');
      },
    },
    discoverTermsAction: {
      check: async (cell, mayAct) => {
        const before = await cell.prisma.multiWordTerm.count();
        const outcome = await catchRedirect(() => termActions.discoverTermsAction(form({locale: 'en'})));
        if (!mayAct) {
          expect(outcome, cell.kind).toEqual({redirect: '/sign-in?next=/editor/terms'});
          expect(await cell.prisma.multiWordTerm.count()).toBe(before);
          return;
        }
        expect(outcome.redirect).toMatch(/^\/editor\/terms\?found=\d+$/);
      },
    },
    proposeTermAction: {
      check: async (cell, mayAct) => {
        const phrase = `kapal ${cell.kind}`.replace('anonymous', 'tamu');
        const outcome = await catchRedirect(() =>
          termActions.proposeTermAction(form({locale: 'en', phrase, gloss: 'ship'})),
        );
        const stored = () => cell.prisma.multiWordTerm.count({where: {phrase}});
        if (!mayAct) {
          expect(outcome, cell.kind).toEqual({redirect: '/sign-in?next=/editor/terms'});
          expect(await stored()).toBe(0);
          return;
        }
        expect(outcome).toEqual({redirect: '/editor/terms?status=proposed'});
        expect(await stored()).toBe(1);
      },
    },
  },
  'app/[locale]/editor/[slug]/rowWordsActions.ts': {
    getRowWordsAction: {
      check: async (cell, mayAct) => {
        const result = await rowWordsActions.getRowWordsAction({textId: cell.texts.draft, from: 0, to: 2});
        if (!mayAct) return void expect(result, cell.kind).toEqual({ok: false, error: 'forbidden'});
        expect(result).toMatchObject({ok: true, rows: [{suspicious: expect.any(Boolean)}, expect.anything()]});
        expect((result as {rows: {words: string}[]}).rows[0]!.words).toMatch(/^\d+:\d+/);
      },
    },
  },
  'app/[locale]/editor/[slug]/paragraphActions.ts': {
    getParagraphsAction: {
      check: async (cell, mayAct) => {
        const {revision} = await docOf(cell);
        const ask = (at: number) =>
          paragraphActions.getParagraphsAction({textId: cell.texts.draft, revision: at, id: [0, 2], en: [1, 2]});
        const result = await ask(revision);
        if (!mayAct) return void expect(result, cell.kind).toEqual({ok: false, error: 'forbidden'});
        const doc = await docOf(cell);
        expect(result).toEqual({
          ok: true,
          chunk: {
            id: {from: 0, list: doc.paragraphs.id.slice(0, 2)},
            en: {from: 1, list: doc.paragraphs.en.slice(1, 2)},
          },
        });
        expect(await ask(revision + 1)).toMatchObject({ok: false, error: 'stale', current: {revision}});
      },
    },
  },
  'app/api/health/route.ts': {
    GET: {
      needs: 'anyone',
      check: async () => {
        expect((await healthRoute.GET()).status).toBe(200);
      },
    },
  },
};

// Entry points open to everyone by design, each with the reason, and server functions declared
// inside components, which only pass their form on to an action of the matrix.
const openByDesign: Record<string, string> = {
  'app/[locale]/(account)/actions.ts#signIn':
    'signing in is for people without a session (limited per address and account: signInLimit.test.ts)',
  'app/[locale]/(account)/actions.ts#signUp':
    'anyone may sign up as a learner; roles come only from an invitation, once the address is confirmed',
  'app/[locale]/(account)/actions.ts#signOut': "ends the caller's own session only",
  'app/[locale]/(account)/verify-email/actions.ts#confirmEmail':
    'confirming an address is for people not yet signed in: the link and its password (emailVerification.test.ts)',
  'app/[locale]/(account)/verify-email/actions.ts#resendLink':
    'anyone may ask for another link; the same answer for every address, limited per address and recipient',
  'app/[locale]/(account)/reset-password/actions.ts#requestReset':
    'anyone may ask for a reset link; the same answer for every address, limited per address and recipient',
  'app/[locale]/(account)/reset-password/actions.ts#setNewPassword':
    'setting a new password is for people who cannot sign in: the single-use mailed token (passwordReset.test.ts)',
  'app/api/auth/[...all]/route.ts#GET': "better-auth's own endpoints: session, sign-in, sign-up, sign-out",
  'app/api/auth/[...all]/route.ts#POST': "better-auth's own endpoints: session, sign-in, sign-up, sign-out",
};
const delegating: Record<string, string> = {
  'app/[locale]/vocabulary/page.tsx#changeStatus': 'app/[locale]/vocabulary/actions.ts#setStatusAction',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? sourceFiles(full)
      : /\.tsx?$/.test(name) && !name.endsWith('.test.ts')
        ? [full]
        : [];
  });
}

const useServerAtTop = /^\s*(?:\/\/[^\n]*\n\s*)*['"]use server['"]/;

/** Every server action and route handler method in app/, as "file#name". */
function entryPointsInCode(): {actions: string[]; routes: string[]; inline: string[]} {
  const actions: string[] = [];
  const routes: string[] = [];
  const inline: string[] = [];
  for (const file of sourceFiles(path.join(root, 'app'))) {
    const source = readFileSync(file, 'utf8');
    const relative = path.relative(root, file).split(path.sep).join('/');
    const exported = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\s+|const\s+)(\w+)/gm)].map((m) => m[1]!);
    if (useServerAtTop.test(source)) actions.push(...exported.map((name) => `${relative}#${name}`));
    else if (path.basename(file) === 'route.ts')
      routes.push(
        ...exported
          .filter((name) => /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name))
          .map((name) => `${relative}#${name}`),
      );
    // A function whose body starts with 'use server' inside a component or page.
    for (const m of source.matchAll(
      /(?:function\s+(\w+)|(?:const|let)\s+(\w+)\s*=\s*async\s*\([^)]*\)\s*=>)[^{]*\{\s*['"]use server['"]/g,
    ))
      inline.push(`${relative}#${m[1] ?? m[2]}`);
    if (!useServerAtTop.test(source) && /['"]use server['"]/.test(source) && !source.match(/\{\s*['"]use server['"]/))
      throw new Error(`${relative}: 'use server' where this test cannot see which function it marks`);
  }
  return {actions, routes, inline};
}

const inCode = entryPointsInCode();
/** The role each server action declares, by "file#name" (undefined for an export that declares none). */
const declared: Record<string, unknown> = {};
for (const entry of inCode.actions) {
  const [file, name] = entry.split('#') as [string, string];
  const module = (await import(path.join(root, file))) as Record<string, {role?: unknown} | undefined>;
  declared[entry] = module[name]?.role;
}
const needsOf = (file: string, name: string, entry: Entry) =>
  (entry.needs ?? declared[`${file}#${name}`]) as Role | 'anyone' | undefined;

test('every server action declares who may call it, and the matrix names every entry point in app/', () => {
  const {actions, routes, inline} = inCode;
  expect(
    actions.filter((a) => !['anyone', 'learner', 'editor', 'admin'].includes(declared[a] as string)),
    "exports of 'use server' modules without a declared role (server/platform/action.ts)",
  ).toEqual([]);
  const covered = [
    ...Object.entries(matrix).flatMap(([file, entries]) => Object.keys(entries).map((name) => `${file}#${name}`)),
    ...Object.keys(openByDesign),
  ];
  const entryPoints = [...actions, ...routes];
  expect(
    entryPoints.filter((m) => !covered.includes(m)),
    'entry points without an authorisation entry in this file',
  ).toEqual([]);
  expect(
    covered.filter((c) => !entryPoints.includes(c)),
    'entries for entry points that no longer exist',
  ).toEqual([]);
  // An action's role is its declaration, never a second copy here; a route handler's is stated here.
  for (const [file, entries] of Object.entries(matrix))
    for (const [name, entry] of Object.entries(entries))
      expect(entry.needs === undefined, `${file}#${name}`).toBe(actions.includes(`${file}#${name}`));
  for (const open of Object.keys(openByDesign)) if (actions.includes(open)) expect(declared[open], open).toBe('anyone');
  expect(
    inline.filter((i) => !(i in delegating)),
    "inline 'use server' functions not listed in `delegating`",
  ).toEqual([]);
  expect(Object.keys(delegating).filter((d) => !inline.includes(d))).toEqual([]);
  for (const [from, to] of Object.entries(delegating)) {
    // The inline function really hands its input on to the action it names.
    const [file, name] = from.split('#') as [string, string];
    const body = readFileSync(path.join(root, file), 'utf8');
    expect(body, from).toMatch(new RegExp(`(?:function ${name}|${name}\\s*=)[\\s\\S]*?await ${to.split('#')[1]}\\(`));
    expect(covered, to).toContain(to);
  }
});

describeOnBothDatabases('authorisation at every entry point', (db) => {
  let base: Omit<Cell, 'kind' | 'user'>;

  // Setup: one user of each role, another learner, a draft, a published text and a text in one language.

  beforeAll(async () => {
    const prisma = db().prisma;
    context.prisma = prisma;
    context.queued = [];
    const made: Partial<Record<Kind | 'other', User>> = {};
    for (const [key, role] of [
      ['learner', 'learner'],
      ['editor', 'editor'],
      ['admin', 'admin'],
      ['other', 'learner'],
    ] as const) {
      const email = `${key}@entry.test`;
      await ensureUser(prisma, {email, password: 'password-123', name: key, role});
      made[key] = {id: (await prisma.user.findUniqueOrThrow({where: {email}})).id, name: key, email, role};
    }
    const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');
    const [source] = await readContentDir(fixtures);
    await importTextSource(prisma, {...source!, slug: 'entry-draft'}, () => [], 'draft');
    await importTextSource(prisma, {...source!, slug: 'entry-published'}, () => [], 'published');
    await importTextSource(
      prisma,
      {...source!, slug: 'entry-one-language', alignment: null, versions: {id: source!.versions.id}},
      () => [],
      'draft',
    );
    const id = async (slug: string) => (await prisma.text.findUniqueOrThrow({where: {slug}, select: {id: true}})).id;
    base = {
      initial: (await getEditorDoc(prisma, {slug: 'entry-draft'}))!,
      prisma,
      users: {learner: made.learner!, editor: made.editor!, admin: made.admin!},
      otherLearner: made.other!,
      texts: {draft: await id('entry-draft'), oneLanguage: await id('entry-one-language')},
      slugs: {draft: 'entry-draft', published: 'entry-published'},
    };
  });

  for (const [file, entries] of Object.entries(matrix)) {
    for (const [name, entry] of Object.entries(entries)) {
      const needs = needsOf(file, name, entry);
      test(`${file} ${name}: ${needs === 'anyone' ? 'anyone' : `${needs}s and above`}`, async () => {
        if (!needs) throw new Error(`${file}#${name} declares no role`);
        for (const kind of kinds) {
          const user = kind === 'anonymous' ? null : base.users[kind];
          context.user = user;
          await entry.check({...base, kind, user}, allowed(needs, kind));
        }
      });
    }
  }
});
