// npm run quality:weight
// The compressed JavaScript that the reader and the library make a browser load, by package, beside
// the floor of the App Router itself: an empty page of a minimal Next.js app built the same way.
// Builds a copy of the sources in tmp/quality-weight with browser source maps (they attribute the
// bytes; the maps themselves are never loaded by browsers and do not count).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {snapshotProject} from './appServer';
import {measureRoutes, type RouteWeight} from './scriptWeight';

const targetKb = 100;
const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1', SELARAS_BROWSER_SOURCE_MAPS: '1', SELARAS_DIST_DIR: '.next'};

function build(dir: string, what: string): void {
  const built = spawnSync(path.join(process.cwd(), 'node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  if (built.status !== 0) throw new Error(`building ${what} failed`);
}

/** The floor: one empty App Router page (a root layout and a page of text), no client component of its own. */
function buildEmptyApp(): string {
  const dir = path.join(tmpdir(), 'selaras-weight-empty-app');
  if (existsSync(path.join(dir, '.next', 'BUILD_ID'))) return dir;
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(path.join(dir, 'app'), {recursive: true});
  symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({name: 'selaras-weight-empty', private: true, type: 'module'}),
  );
  writeFileSync(
    path.join(dir, 'next.config.js'),
    `export default {productionBrowserSourceMaps: true, typescript: {ignoreBuildErrors: true}, turbopack: {root: ${JSON.stringify(path.parse(dir).root)}}};\n`,
  );
  writeFileSync(
    path.join(dir, 'app', 'layout.js'),
    `export default function Layout({children}) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  writeFileSync(path.join(dir, 'app', 'page.js'), `export default function Page() { return <p>Empty page</p>; }\n`);
  build(dir, 'the empty Next.js app');
  return dir;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

console.error('building a copy of Selaras with browser source maps in tmp/quality-weight …');
const project = snapshotProject('quality-weight');
build(project, 'Selaras');
const ours = measureRoutes(project, '.next', ['/[locale]/read/[slug]', '/[locale]']);
console.error('building the empty App Router page …');
const [floor] = measureRoutes(buildEmptyApp(), '.next', ['/']) as [RouteWeight];

const columns: [string, RouteWeight][] = [
  ['reader', ours[0]!],
  ['library', ours[1]!],
  ['empty App Router page', floor],
];
const origins = [...new Set(columns.flatMap(([, w]) => [...w.byOrigin.keys()]))].sort(
  (a, b) => (ours[0]!.byOrigin.get(b) ?? 0) - (ours[0]!.byOrigin.get(a) ?? 0),
);
console.log(`\nJavaScript loaded on first visit, KB gzip (level 6, as next start sends it)\n`);
console.log(`| origin | ${columns.map(([name]) => name).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---:').join('|')}|`);
for (const origin of origins)
  console.log(`| ${origin} | ${columns.map(([, w]) => kb(w.byOrigin.get(origin) ?? 0)).join(' | ')} |`);
console.log(`| **total** | ${columns.map(([, w]) => `**${kb(w.gzip)}**`).join(' | ')} |`);
console.log(`| files | ${columns.map(([, w]) => w.chunks.length).join(' | ')} |`);
const reader = ours[0]!;
console.log(
  `\nreader: ${kb(reader.gzip)} KB (target ≤ ${targetKb} KB); the App Router's own floor is ${kb(floor.gzip)} KB, so the reader is ${kb(reader.gzip - floor.gzip)} KB above it`,
);
console.log(`library: ${kb(ours[1]!.gzip)} KB, ${kb(ours[1]!.gzip - floor.gzip)} KB above the floor`);
for (const [name, w] of columns) console.log(`${name}: ${w.chunks.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ')}`);
