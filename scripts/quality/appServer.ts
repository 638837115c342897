// Starts instances of the app for the quality scripts (bench, load): `npm start` semantics (build if
// needed, migrate, import content/, next start) on a port and database of the caller's choosing.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, symlinkSync} from 'node:fs';
import path from 'node:path';

export interface AppServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * A copy of the project's sources in tmp/quality-app, so that a benchmark measures one fixed build
 * while the working tree keeps changing (and never races another `next build` for .next/). rsync
 * keeps modification times, so start.ts rebuilds the copy only when the sources changed.
 */
export function snapshotProject(name = 'quality-app'): string {
  const root = process.cwd();
  // The load script takes a folder of its own, so that it never rebuilds under a running benchmark.
  const dir = path.join(root, 'tmp', name);
  mkdirSync(dir, {recursive: true});
  const entries = [
    'app',
    'components',
    'core',
    'server',
    'i18n',
    'messages',
    'public',
    'prisma',
    'content',
    'scripts',
    'dist',
    'next.config.js',
    'proxy.ts',
    'instrumentation.ts',
    'package.json',
    'tsconfig.json',
    'next-env.d.ts',
    'prisma.config.ts',
  ].filter((e) => existsSync(path.join(root, e)));
  // No package-lock.json in the copy: Turbopack then takes the project root as its root, which
  // holds the node_modules the copy links to.
  const copied = spawnSync(
    'rsync',
    ['-a', '--delete', '--exclude', '*.test.ts', '--exclude', '*.test.tsx', ...entries, `${dir}/`],
    {cwd: root, stdio: 'inherit'},
  );
  if (copied.status !== 0) throw new Error('copying the sources to tmp/quality-app failed');
  if (!existsSync(path.join(dir, 'node_modules')))
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

export async function startApp(
  port: number,
  env: Record<string, string | undefined>,
  options: {timeoutMs?: number; quiet?: boolean; cwd?: string} = {},
): Promise<AppServer> {
  const child = spawn('npx', ['tsx', 'scripts/cli/start.ts'], {
    cwd: options.cwd,
    env: {...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1'},
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk;
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
    if (!options.quiet) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((r) => child.once('exit', r));
    signalGroup(child.pid, 'SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    if (child.exitCode === null) signalGroup(child.pid, 'SIGKILL');
  };
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${output.slice(-4000)}`);
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return {url, process: child, output: () => output, stop};
    await sleep(500);
  }
  await stop();
  throw new Error(`the app did not answer on ${url} in time:\n${output.slice(-4000)}`);
}

/** Signals the process group a script started; one that has already exited is not an error. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Parses `--name value` and `--flag` arguments. */
export function parseArgs(argv: string[]): Record<string, string | true> {
  const args: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) args[name] = inline;
    else if (next !== undefined && !next.startsWith('--')) args[name] = argv[++i]!;
    else args[name] = true;
  }
  return args;
}
