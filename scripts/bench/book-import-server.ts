// npm run bench:book:import:server [-- --paragraphs 10000] [--port 3392] [--dist-dir .next-test]
// The whole server's memory while a person imports the generated 10,000 × 10,000-paragraph EPUB pair
// through the import form: `npm start` on a fresh embedded database (a copy of the project in
// tmp/bench-book-app, or the working tree's build with --dist-dir), the demo editor signed in, both
// files posted as the browser does, then the job's progress page read until it says done. Prints the
// web server's (scripts/cli/serve.mjs) resident memory before, at its peak during the import, and
// after, sampled from /proc every 20 ms, and, apart, the peak of its child processes (the book parser's
// and the aligner's).
import {mkdtempSync, readFileSync, readdirSync, readlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {callFormAction, findActionId, signIn} from '../quality/actions';
import {parseArgs, snapshotProject, sleep, startApp} from '../quality/appServer';
import {generateBookFiles} from './bookPair';

const args = parseArgs(process.argv.slice(2));
const PARAGRAPHS = Number(args.paragraphs ?? 10_000);
const mb = (kb: number) => Math.round(kb / 1024);

/** VmRSS in kB of a process, 0 once it is gone. */
function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The web server started from `cwd`: the process running scripts/cli/serve.mjs there. */
function findServer(cwd: string): number {
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes('scripts/cli/serve.mjs') && readlink(`/proc/${entry}/cwd`) === cwd) return Number(entry);
    } catch {
      // a process that ended while we looked
    }
  }
  throw new Error(`no scripts/cli/serve.mjs running in ${cwd}`);
}

function readlink(file: string): string {
  return path.resolve(readlinkSync(file));
}

const files = generateBookFiles(PARAGRAPHS);
const inPlace = typeof args['dist-dir'] === 'string' ? args['dist-dir'] : undefined;
const cwd = path.resolve(inPlace ? process.cwd() : snapshotProject('bench-book-app'));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-import-'));
const app = await startApp(
  Number(args.port ?? 3392),
  {SELARAS_DATA_DIR: dataDir, DATABASE_URL: undefined, SELARAS_DIST_DIR: inPlace, SELARAS_TRUSTED_PROXIES: undefined},
  {cwd, quiet: true},
);
try {
  const server = findServer(cwd);
  const cookie = await signIn(app.url, 'editor@selaras.local', 'selaras-demo');
  // A page of the signed-in editor first, as a person would open it before importing.
  await (await fetch(`${app.url}/en/editor/import`, {headers: {cookie}})).text();
  const before = rssKb(server);
  let peak = before;
  let childPeak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssKb(server));
    childPeak = Math.max(
      childPeak,
      childrenOf(server).reduce((sum, pid) => sum + rssKb(pid), 0),
    );
  }, 20);
  const form = new FormData();
  const fields = {locale: 'en', intent: 'create', kind: 'book', originalLanguage: 'id', licence: 'bench'};
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('idFile', new File([Buffer.from(files.id)], 'id.epub', {type: 'application/epub+zip'}));
  form.set('enFile', new File([Buffer.from(files.en)], 'en.epub', {type: 'application/epub+zip'}));
  const distDir = path.join(cwd, inPlace ?? '.next');
  const began = performance.now();
  const answer = await callFormAction(
    app.url,
    '/en/editor/import',
    findActionId(distDir, 'app/[locale]/editor/import/actions.ts', 'importText'),
    {error: null},
    form,
    {cookie},
  );
  const answeredMs = performance.now() - began;
  const target = answer.redirect ?? '';
  if (!target.includes('/editor/'))
    throw new Error(`the import form answered ${answer.status}: ${answer.text.slice(0, 500)}`);
  // Until the job's page says done (or the form went straight to the editor: the job ended already).
  while (target.includes('/editor/import/')) {
    const page = await (await fetch(app.url + target, {headers: {cookie}})).text();
    if (page.includes('The text is imported')) break;
    if (page.includes('The import failed')) throw new Error('the import failed');
    await sleep(250);
  }
  const doneMs = performance.now() - began;
  await sleep(2_000);
  clearInterval(sampler);
  console.log(
    JSON.stringify({
      paragraphs: PARAGRAPHS,
      epubBytes: {id: files.id.length, en: files.en.length},
      formAnsweredMs: Math.round(answeredMs),
      importedMs: Math.round(doneMs),
      serverRssBeforeMb: mb(before),
      serverPeakRssMb: mb(peak),
      serverRssAfterMb: mb(rssKb(server)),
      childrenPeakRssMb: mb(childPeak),
      targets: {importedMs: 30_000, serverPeakRssMb: 500},
    }),
  );
} finally {
  await app.stop();
}
