// `npm run check`: no source file over 300 lines, so that each can be read in one sitting. Tests,
// generated code and data tables (files whose name ends in .data.ts) are exempt.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const LIMIT = 300;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {encoding: 'utf8'})
  .split('\n')
  .filter((f) => /\.(ts|tsx|mjs|mts|js)$/.test(f))
  .filter((f) => !/(\.test\.|\.data\.ts$|^tests\/|\/generated\/|\.d\.mts$)/.test(f));
const long = files
  .map((file) => ({file, lines: readFileSync(file, 'utf8').split('\n').length - 1}))
  .filter(({lines}) => lines > LIMIT);
for (const {file, lines} of long) console.error(`${file}: ${lines} lines (limit ${LIMIT})`);
process.exit(long.length > 0 ? 1 : 0);
