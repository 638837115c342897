// Translates a UTF-8 file with one paragraph per line and prints one translated line per input line
// (blank lines stay blank) to stdout, with the engine configured in the environment or .env
// (see core/translate/config.ts; the offline draft when none is configured).
//   npm run --silent translate -- --from id --to en FILE     (FILE "-" or none: standard input)
//   npm run --silent translate -- --engine deepl --from en --to id FILE
import type {Lang} from '../../core/vocabulary';
import {existsSync, readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {translateAll} from '../../core/translate/batching';
import {engineFromEnv} from '../../core/translate/config';
import {TranslationError} from '../../core/translate/engine';

const USAGE =
  'usage: npm run --silent translate -- --from id|en --to en|id [--engine offline|openai|deepl|libretranslate] [FILE|-]';

class UsageError extends Error {}

function parseLang(value: string | undefined, flag: string): Lang {
  if (value === 'id' || value === 'en') return value;
  throw new UsageError(`${flag} must be id or en`);
}

function splitLines(text: string): {lines: string[]; finalNewline: boolean} {
  const clean = text.replace(/^\uFEFF/, '');
  const finalNewline = /\r?\n$/.test(clean);
  const lines = clean.split(/\r?\n/);
  if (finalNewline || clean === '') lines.pop();
  return {lines, finalNewline};
}

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({
    options: {
      from: {type: 'string'},
      to: {type: 'string'},
      engine: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const from = parseLang(values.from, '--from');
  const to = parseLang(values.to, '--to');
  if (from === to) throw new UsageError('--from and --to must differ');
  if (positionals.length > 1) throw new UsageError('give one file');
  const file = positionals[0] ?? '-';

  if (existsSync('.env')) process.loadEnvFile('.env'); // never overrides variables already set
  const env = {...process.env, ...(values.engine ? {SELARAS_TRANSLATOR: values.engine} : {})};
  const engine = engineFromEnv(env);

  const {lines, finalNewline} = splitLines(readFileSync(file === '-' ? 0 : file, 'utf8'));
  const showProgress = process.stderr.isTTY === true;
  const translations = await translateAll(engine, from, to, lines, (done, total) => {
    if (showProgress) process.stderr.write(`\r${engine.name}: ${done}/${total} paragraphs`);
  });
  if (showProgress) process.stderr.write('\n');
  // A translation must stay on its line, whatever the engine did with line breaks.
  const out = translations.map((t) => t.replace(/\s*[\r\n]+\s*/g, ' ').trim());
  process.stdout.write(out.join('\n') + (finalNewline ? '\n' : ''));
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`translate: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof TranslationError) {
    process.stderr.write(`translate: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`translate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
});
