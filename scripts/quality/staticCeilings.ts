// The two ceilings a reader page is compared with: the same page size served as a prerendered page
// by a minimal Next.js app (built once per payload in a temp folder, never shipped with Selaras), and
// the same bytes from a bare node:http server.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {signalGroup, sleep} from './appServer';

export interface Ceiling {
  url: string;
  stop: () => Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(250);
  }
  throw new Error(`${what} did not answer on ${url}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((r) => child.once('exit', r));
    signalGroup(child.pid, 'SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    if (child.exitCode === null) signalGroup(child.pid, 'SIGKILL');
  };
}

/** The visible part of a page: its <body> without scripts, for a static page to render. */
export function visibleMarkup(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return body.replace(/<script\b[\s\S]*?<\/script>/g, '');
}

/**
 * Prerendered pages at /NAME, each with pages[NAME].markup as its content, in a throwaway Next.js app
 * that uses this project's node_modules (same Next version). A page whose response comes out smaller
 * than pages[NAME].bytes (the reader's response, React payload included) gets hidden filler text and
 * the app is built once more, so that both move the same number of bytes: Next hashes every response
 * for its ETag and writes it to the socket, work that grows with the size. Returns the base URL once
 * `next start` serves, and each page's size.
 */
export async function startStaticNext(
  pages: Record<string, {markup: string; bytes: number}>,
  port: number,
): Promise<Ceiling & {bytes: Record<string, number>}> {
  const padding: Record<string, number> = Object.fromEntries(Object.keys(pages).map((name) => [name, 0]));
  let dir = buildStaticNext(pages, padding);
  const sizes = prerenderedSizes(dir, Object.keys(pages));
  let resized = false;
  for (const [name, {bytes}] of Object.entries(pages)) {
    // The filler appears twice in the response: in the HTML and in the React payload.
    if (sizes[name]! < bytes * 0.98) {
      padding[name] = Math.round((bytes - sizes[name]!) / 2);
      resized = true;
    }
  }
  if (resized) dir = buildStaticNext(pages, padding);
  const child = spawn(path.join(process.cwd(), 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
    cwd: dir,
    stdio: 'ignore',
    detached: true,
    env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'},
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/${Object.keys(pages)[0]}`, child, 'the static Next.js app');
  return {url, stop: stopper(child), bytes: prerenderedSizes(dir, Object.keys(pages))};
}

/** Builds (or finds, by content) the ceiling app; returns its folder. */
function buildStaticNext(pages: Record<string, {markup: string}>, padding: Record<string, number>): string {
  const root = process.cwd();
  const key = createHash('sha256')
    .update(JSON.stringify([pages, padding]))
    .update(process.version)
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(tmpdir(), `selaras-bench-static-${key}`);
  if (existsSync(path.join(dir, '.next', 'BUILD_ID'))) return dir;
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(path.join(dir, 'app'), {recursive: true});
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({name: 'selaras-bench-static', private: true, type: 'module'}),
  );
  // Next's defaults, like Selaras: gzip on request, ETags, the same cache headers.
  writeFileSync(
    path.join(dir, 'next.config.js'),
    `export default {poweredByHeader: false, typescript: {ignoreBuildErrors: true}, turbopack: {root: ${JSON.stringify(path.parse(dir).root)}}};\n`,
  );
  writeFileSync(
    path.join(dir, 'app', 'layout.js'),
    `export default function Layout({children}) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  for (const [name, {markup}] of Object.entries(pages)) {
    mkdirSync(path.join(dir, 'app', name));
    const filler = padding[name]
      ? `<div hidden>${'Teks pengisi, filler text. '.repeat(Math.ceil(padding[name] / 27)).slice(0, padding[name])}</div>`
      : '';
    writeFileSync(path.join(dir, 'app', name, 'payload.html'), markup + filler);
    // Rendered by the Next page at build time: the same work as a prerendered page of this size.
    writeFileSync(
      path.join(dir, 'app', name, 'page.js'),
      `import {readFileSync} from 'node:fs';\nimport path from 'node:path';\nexport const dynamic = 'force-static';\n` +
        `export default function Page() { return <div dangerouslySetInnerHTML={{__html: readFileSync(path.join(process.cwd(), 'app', ${JSON.stringify(name)}, 'payload.html'), 'utf8')}} />; }\n`,
    );
  }
  const built = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    stdio: 'inherit',
    env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'},
  });
  if (built.status !== 0) throw new Error('building the static Next.js ceiling failed');
  return dir;
}

/** The size of each prerendered page's HTML as the build wrote it (what `next start` sends). */
function prerenderedSizes(dir: string, names: string[]): Record<string, number> {
  return Object.fromEntries(
    names.map((name) => [name, statSync(path.join(dir, '.next', 'server', 'app', `${name}.html`)).size]),
  );
}

/** The same bytes from node:http, with no framework at all: /NAME answers with the file files[NAME]. */
export async function startBareNode(files: Record<string, string>, port: number): Promise<Ceiling> {
  const source = `
    const fs = require('node:fs');
    const bodies = new Map(Object.entries(${JSON.stringify(files)}).map(([name, file]) => ['/' + name, fs.readFileSync(file)]));
    require('node:http').createServer((req, res) => {
      const body = bodies.get(req.url);
      if (!body) { res.writeHead(404).end(); return; }
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-length': body.length});
      res.end(body);
    }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', source], {stdio: 'ignore', detached: true});
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/${Object.keys(files)[0]}`, child, 'the bare node:http server');
  return {url, stop: stopper(child)};
}
