// The load script's abuse phase in a process of its own, as attackers are clients of their own:
// building a 2 MB form, streaming 50 MB bodies and reading the answers would otherwise hold the load
// generator's event loop, and the other visitors' timings would count the generator's waits as the
// server's. `runAbuseProcess` (the load script's side) starts this file and merges what it timed.
//   node --import tsx scripts/quality/abuseProcess.ts '{"front":…,"databaseUrl":…}'
import {spawn} from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import {abuse, type AbuseRun, type AbuseTarget} from './abuse';
import {type Sample, Stats} from './loadStats';

export type AbuseOptions = AbuseTarget & {databaseUrl: string};

interface Outcome {
  run: Omit<AbuseRun, 'chunkedStatuses'> & {chunkedStatuses: [number, number][]};
  samples: Sample[];
}

/** Runs the abuse phase in a child process; its timed requests join `stats`. */
export function runAbuseProcess(options: AbuseOptions, stats: Stats): Promise<AbuseRun> {
  const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the abuse process exited with ${code}`));
      const outcome = JSON.parse(output) as Outcome;
      stats.samples.push(...outcome.samples);
      resolve({...outcome.run, chunkedStatuses: new Map(outcome.run.chunkedStatuses)});
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const options = JSON.parse(process.argv[2]!) as AbuseOptions;
  const pool = new pg.Pool({connectionString: options.databaseUrl, max: 2, connectionTimeoutMillis: 2_000});
  pool.on('error', () => {}); // idle clients die with an outage; queries report their own errors
  const stats = new Stats();
  const run = await abuse({...options, stats, pool});
  await pool.end();
  const outcome: Outcome = {run: {...run, chunkedStatuses: [...run.chunkedStatuses]}, samples: stats.samples};
  process.stdout.write(JSON.stringify(outcome));
  process.exit(0);
}
