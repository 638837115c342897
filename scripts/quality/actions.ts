// Calls the app's server actions over HTTP the way the browser does (a POST with a Next-Action
// header), for scripts that drive the app from outside: load tests and hostile-input tests.
import {readFileSync} from 'node:fs';
import path from 'node:path';

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
}

/** The id of the server action `name` exported by the module whose path ends with `file`, from a build. */
/** `distDir` is the build's folder (next.config.js distDir: .next, or .next-test for the browser tests). */
export function findActionId(distDir: string, file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === name && entry.filename?.endsWith(file),
  );
  if (!found) throw new Error(`no server action ${name} in ${file} in the build at ${distDir}`);
  return found[0];
}

/** Row `n` of a flight response. Rows end at '\n' only: a regex's `.` and `$` would also stop at U+2028 and U+2029, which JSON strings may hold. */
function flightRow(text: string, n: number): string | undefined {
  return text
    .split('\n')
    .find((line) => line.startsWith(`${n}:`))
    ?.slice(`${n}:`.length);
}

export interface ActionResponse {
  status: number;
  result: unknown;
  text: string;
  redirect: string | null;
}

/** POSTs `args` to the action `id` from the page `pagePath`; `result` is the action's return value when the call succeeded. */
export async function callAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  args: unknown[],
  options: {cookie?: string; origin?: string; signal?: AbortSignal} = {},
): Promise<ActionResponse> {
  const response = await fetch(baseUrl + pagePath, {
    method: 'POST',
    headers: {
      'Next-Action': id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: options.origin ?? baseUrl,
      ...(options.cookie ? {Cookie: options.cookie} : {}),
    },
    body: JSON.stringify(args),
    redirect: 'manual',
    signal: options.signal,
  });
  const text = await response.text();
  // The flight response: row 0 describes the response, row 1 holds the action's return value.
  const row = flightRow(text, 1);
  let result: unknown;
  if (response.ok && row) {
    try {
      result = JSON.parse(row);
    } catch (error) {
      throw new Error(`unreadable action result ${row.slice(0, 200)}: ${(error as Error).message}`);
    }
  }
  return {
    status: response.status,
    result,
    text,
    redirect: response.headers.get('x-action-redirect') ?? response.headers.get('location'),
  };
}

/** Signs in with better-auth's email endpoint and returns the Cookie header for later requests. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Origin: baseUrl},
    body: JSON.stringify({email, password}),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/**
 * Calls a form action used with useActionState (arguments: previous state, FormData) in React's
 * reply encoding (React 19.3): row 0 holds the arguments, `$K1` points at the form fields stored under `_1_NAME`.
 */
export async function callFormAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  previous: unknown,
  form: FormData,
  options: {cookie?: string; signal?: AbortSignal} = {},
): Promise<ActionResponse> {
  const body = new FormData();
  for (const [name, value] of form.entries()) body.append(`_1_${name}`, value);
  // Last, as React's client sends it: the server streams the body and resolves row 0 when it arrives,
  // so fields sent after it would be missing from the FormData the action receives.
  body.set('0', JSON.stringify([previous, '$K1']));
  const response = await fetch(baseUrl + pagePath, {
    method: 'POST',
    headers: {
      'Next-Action': id,
      Accept: 'text/x-component',
      Origin: baseUrl,
      ...(options.cookie ? {Cookie: options.cookie} : {}),
    },
    body,
    redirect: 'manual',
    signal: options.signal,
  });
  const text = await response.text();
  const row = flightRow(text, 1);
  return {
    status: response.status,
    result: response.ok && row ? JSON.parse(row) : undefined,
    text,
    redirect: response.headers.get('x-action-redirect') ?? response.headers.get('location'),
  };
}
