// Next.js and libraries print with console.*: a render that fails during a database outage, for
// one, prints a multi-line error. The server process routes those calls through server/platform/log.ts, so
// that every line of its output stays one JSON object, an error with its stack inside it.
import {format} from 'node:util';
import {log} from './log';

const levels = {debug: 'info', log: 'info', info: 'info', warn: 'warn', error: 'error'} as const;

/** The fields of a console call: its text, and the first error's message, stack and digest. */
export function consoleFields(args: unknown[]): {msg: string; fields: Record<string, unknown>} {
  const error = args.find((a): a is Error => a instanceof Error);
  const rest = args.filter((a) => a !== error);
  // Next prefixes its lines with a symbol (⨯, ⚠, ✓, ▲); the level says as much.
  const msg = (
    format(...rest)
      .replace(/^\s*[⨯⚠✓▲○●ƒ]\s*/u, '')
      .trim() ||
    error?.message ||
    ''
  ).trim();
  if (!error) return {msg, fields: {}};
  const digest = (error as Error & {digest?: unknown}).digest;
  return {msg, fields: {error: error.message, ...(digest ? {digest} : {}), stack: error.stack}};
}

export function routeConsoleToLog(): void {
  for (const [method, level] of Object.entries(levels)) {
    (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) => {
      const {msg, fields} = consoleFields(args);
      log[level](msg, fields);
    };
  }
}
