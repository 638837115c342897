// The boundary every server action passes. An action declares the schema of its input and the least
// role that may call it; here its input is parsed, the caller's role checked and an unexpected error
// logged, in that order, and a refusal is handed to the action to put in the shape its callers read
// ({ok: false, error: 'forbidden'}, a form state, null, a redirect). The declared role stays on the
// action (`.role`), so the authorisation test reads it from the code instead of a copy.
//
// Not next-safe-action: its result is an envelope ({data, serverError, validationErrors}) that every
// caller and test would have to unwrap, where ours keep the results they already have.
import {unstable_rethrow} from 'next/navigation';
import type {z} from 'zod';
import {hasRole, type Role} from '../../core/accounts/roles';
import {type CurrentUser, getCurrentUser} from '../accounts/currentUser';
import {log} from './log';

/** Who may call an action: anybody, or people with at least this role. */
export type Need = Role | 'anyone';

/**
 * Why a call was refused before the action ran. A learner's action is refused only to people who are
 * not signed in ('signIn': the page offers to sign in); an editor's or admin's to anyone below that role.
 */
export type Refusal<Input, N extends Need = Need> =
  | {reason: 'invalidInput'; issue?: z.core.$ZodIssue; raw: unknown}
  | (N extends 'anyone' ? never : {reason: RoleRefusal<N>; input: Input});
type RoleRefusal<N extends Need> = N extends 'anyone' ? never : N extends 'learner' ? 'signIn' : 'forbidden';

/** The refusal an action of `N` returns when it keeps the usual {ok: false, error} shape. */
export type Refused<N extends Need> = {ok: false; error: 'invalidInput' | RoleRefusal<N>};

/** The caller, for actions that need a role; actions open to anyone do not read the session. */
type UserFor<N extends Need> = N extends 'anyone' ? null : CurrentUser;
type Refuse<Input, N extends Need, Result> = (refusal: Refusal<Input, N>) => Result | Promise<Result>;
type Declared<F> = F & {readonly role: Need};

interface Declaration<N extends Need, S extends z.ZodType> {
  role: N;
  input: S;
}

/** The fields of a form as one object for the schema (the handler still gets the form for its files). */
function fieldsOf(raw: unknown): unknown {
  return raw instanceof FormData ? Object.fromEntries(raw) : raw;
}

async function pass<N extends Need, S extends z.ZodType, Result>(
  declaration: Declaration<N, S>,
  raw: unknown,
  refuse: Refuse<z.output<S>, N, Result>,
  run: (input: z.output<S>, user: UserFor<N>) => Promise<Result>,
): Promise<Result> {
  try {
    const parsed = declaration.input.safeParse(fieldsOf(raw));
    if (!parsed.success) return await refuse({reason: 'invalidInput', issue: parsed.error.issues[0], raw});
    if (declaration.role === 'anyone') return await run(parsed.data, null as UserFor<N>);
    const user = await getCurrentUser();
    if (!hasRole(user, declaration.role))
      return await refuse({reason: roleRefusal(declaration.role), input: parsed.data} as Refusal<z.output<S>, N>);
    return await run(parsed.data, user as UserFor<N>);
  } catch (error) {
    // Redirects and not-found end an action by throwing; they are not failures.
    unstable_rethrow(error);
    const failure = error instanceof Error ? error : new Error(String(error));
    log.error('server action failed', {error: failure.message, stack: failure.stack});
    throw error;
  }
}

function roleRefusal<N extends Need>(role: N): RoleRefusal<N> {
  return (role === 'learner' ? 'signIn' : 'forbidden') as RoleRefusal<N>;
}

function declare<F extends object>(role: Need, action: F): Declared<F> {
  return Object.assign(action, {role});
}

const usualRefusal = (refusal: Refusal<unknown, Need>) => ({ok: false as const, error: refusal.reason});

/**
 * An action called with one argument (an object, or the FormData of a plain `<form action>`). Without
 * `refuse`, a refusal is returned as {ok: false, error: reason}.
 */
export function action<N extends Need, S extends z.ZodType, Result>(
  declaration: Declaration<N, S> & {refuse: Refuse<z.output<S>, N, Result>},
  run: (input: z.output<S>, context: {user: UserFor<N>; form: FormData | null}) => Promise<Result>,
): Declared<(input: unknown) => Promise<Result>>;
export function action<N extends Need, S extends z.ZodType, Result>(
  declaration: Declaration<N, S>,
  run: (input: z.output<S>, context: {user: UserFor<N>; form: FormData | null}) => Promise<Result>,
): Declared<(input: unknown) => Promise<Result | Refused<N>>>;
export function action<N extends Need, S extends z.ZodType, Result>(
  declaration: Declaration<N, S> & {refuse?: Refuse<z.output<S>, N, Result>},
  run: (input: z.output<S>, context: {user: UserFor<N>; form: FormData | null}) => Promise<Result>,
) {
  const refuse = declaration.refuse ?? (usualRefusal as Refuse<z.output<S>, N, Result>);
  return declare(declaration.role, async (raw: unknown) =>
    pass(declaration, raw, refuse, (input, user) => run(input, {user, form: raw instanceof FormData ? raw : null})),
  );
}

/**
 * A form action for `useActionState`: called with the previous state and the form, it returns the next
 * state, and a refusal too is a state. Anything but a FormData is refused as invalid input.
 */
export function formAction<N extends Need, S extends z.ZodType, State>(
  declaration: Declaration<N, S> & {refuse: Refuse<z.output<S>, N, State>},
  run: (input: z.output<S>, context: {user: UserFor<N>; form: FormData; previous: State}) => Promise<State>,
): Declared<(previous: State, form: unknown) => Promise<State>> {
  return declare(declaration.role, async (previous: State, form: unknown) =>
    form instanceof FormData
      ? pass(declaration, form, declaration.refuse, (input, user) => run(input, {user, form, previous}))
      : declaration.refuse({reason: 'invalidInput', raw: form}),
  );
}
