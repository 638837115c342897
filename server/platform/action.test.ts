// The action boundary on its own: the order parse → authorise → run, the refusal each caller chose,
// the declared role kept on the action, and errors logged once while Next's redirects pass through.
import {redirect} from 'next/navigation';
import {afterEach, expect, test, vi} from 'vitest';
import {z} from 'zod';
import type {Role} from '../../core/accounts/roles';

const session = vi.hoisted(() => ({user: null as {id: string; name: string; email: string; role: Role} | null}));
vi.mock('server-only', () => ({}));
vi.mock('../accounts/currentUser', () => ({getCurrentUser: async () => session.user}));

const {action, formAction} = await import('./action');
const editor = {id: 'e1', name: 'Eda', email: 'eda@example.test', role: 'editor' as const};
const learner = {id: 'l1', name: 'Lia', email: 'lia@example.test', role: 'learner' as const};
const Input = z.object({word: z.string().min(1)});

afterEach(() => {
  session.user = null;
  vi.restoreAllMocks();
});

test('a refused call never runs the action: bad input first, then a role below the declared one', async () => {
  const run = vi.fn(async ({word}: {word: string}, {user}: {user: {id: string}}) => ({
    ok: true as const,
    word,
    by: user.id,
  }));
  const edit = action({role: 'editor', input: Input}, run);
  const save = action({role: 'learner', input: Input}, run);
  session.user = learner;
  expect(await edit({word: ''})).toEqual({ok: false, error: 'invalidInput'});
  expect(await edit({word: 'rumah'})).toEqual({ok: false, error: 'forbidden'});
  expect(await save({word: 'rumah'})).toEqual({ok: true, word: 'rumah', by: 'l1'});
  session.user = null;
  expect(await save({word: 'rumah'})).toEqual({ok: false, error: 'signIn'});
  expect(await edit({word: 'rumah'})).toEqual({ok: false, error: 'forbidden'});
  session.user = editor;
  expect(await edit({word: 'rumah'})).toEqual({ok: true, word: 'rumah', by: 'e1'});
  expect(run).toHaveBeenCalledTimes(2);
  expect([edit.role, save.role]).toEqual(['editor', 'learner']);
});

test("an action's own refusal gets the reason and, for a role refusal, the parsed input", async () => {
  const refuse = vi.fn(() => null);
  const progress = action({role: 'admin', input: Input, refuse}, async () => 'progress');
  session.user = editor;
  expect(await progress({word: ' kata '})).toBeNull();
  expect(await progress({})).toBeNull();
  expect(refuse.mock.calls).toEqual([
    [{reason: 'forbidden', input: {word: ' kata '}}],
    [{reason: 'invalidInput', issue: expect.objectContaining({path: ['word']}), raw: {}}],
  ]);
});

test("a form action reads the form's fields, keeps the form for its files and refuses anything else", async () => {
  type State = {error: string | null; word?: string; file?: string; previous?: State};
  const upload = formAction(
    {role: 'editor', input: Input, refuse: ({reason}): State => ({error: reason})},
    async ({word}, {form, previous}): Promise<State> => ({
      error: null,
      word,
      file: (form.get('file') as File).name,
      previous,
    }),
  );
  const form = new FormData();
  form.set('word', 'pulau');
  form.set('file', new File(['x'], 'kata.txt'));
  session.user = editor;
  expect(await upload({error: null}, form)).toEqual({
    error: null,
    word: 'pulau',
    file: 'kata.txt',
    previous: {error: null},
  });
  expect(await upload({error: null}, {word: 'pulau'})).toEqual({error: 'invalidInput'});
  session.user = learner;
  expect(await upload({error: null}, form)).toEqual({error: 'forbidden'});
});

test('an unexpected error is logged and thrown on; a redirect is not an error', async () => {
  const written = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const open = {role: 'anyone' as const, input: Input};
  await expect(action(open, async () => Promise.reject(new Error('database gone')))({word: 'a'})).rejects.toThrow(
    'database gone',
  );
  expect(written).toHaveBeenCalledTimes(1);
  const line = JSON.parse(String(written.mock.calls[0]![0]));
  expect(line).toMatchObject({level: 'error', msg: 'server action failed', error: 'database gone'});
  await expect(action(open, async () => redirect('/id/vocabulary'))({word: 'a'})).rejects.toMatchObject({
    digest: expect.stringContaining('NEXT_REDIRECT'),
  });
  expect(written).toHaveBeenCalledTimes(1);
});
