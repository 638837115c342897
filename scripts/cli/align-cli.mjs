// Runs the aligner's command line from a bundle (dist/align.mjs, built together with the book parser's,
// dist/parse-book.mjs, which the web server runs for uploads): tsx's start-up alone would use a sixth
// of the 2 s that a 6,000-paragraph document may take. The bundles are rebuilt first whenever they are
// missing or older than any source they were built from, so a stale dist/ can never answer.
//   node scripts/cli/align-cli.mjs ID.txt EN.txt   (what `npm run align` runs)
//   node scripts/cli/align-cli.mjs --build         (what `npm run build:cli` runs)
import {mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const bundle = path.join(dist, 'align.mjs');
const inputsFile = path.join(dist, 'align.inputs.json');

function isStale() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    return inputs.some((file) => statSync(path.join(root, file)).mtimeMs > built);
  } catch {
    return true; // no bundle, no list, or a source that moved: build again
  }
}

/** Builds the bundle; false when esbuild is not installed (a production install without dev dependencies). */
async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    return false;
  }
  const result = await esbuild.build({
    absWorkingDir: root,
    // The aligner's command line, and the book parser's that the web server runs for uploads.
    entryPoints: {align: 'scripts/cli/align.ts', 'parse-book': 'scripts/cli/parse-book.ts'},
    outdir: dist,
    outExtension: {'.js': '.mjs'},
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(dist, {recursive: true});
  // Written aside and renamed, so that an align running at the same moment never reads half a bundle.
  const put = (file, contents) => {
    const aside = `${file}.${process.pid}.tmp`;
    writeFileSync(aside, contents);
    renameSync(aside, file);
  };
  put(path.join(dist, '.gitignore'), '# built by scripts/cli/align-cli.mjs (npm run build:cli)\n*\n');
  put(inputsFile, `${JSON.stringify(Object.keys(result.metafile.inputs))}\n`);
  for (const out of result.outputFiles) put(out.path, out.contents);
  return true;
}

if (process.argv.includes('--build')) {
  if (!(await build()))
    console.warn('align-cli: esbuild is not installed; npm run align will run the TypeScript through tsx');
} else if (!isStale() || (await build())) {
  await import(pathToFileURL(bundle).href);
} else {
  const {register} = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'scripts/cli/align.ts')).href);
}
