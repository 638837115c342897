// Latency of the reader's lookup route, p50 / p99 in milliseconds, over every word of the content
// texts in both languages: first lookups (cold) and repeats (warm).
//   npm run bench:lookup:server                      the route handler called in-process
//   npm run bench:lookup:server -- http://host:port  HTTP round trips to a running server (npm start)
import type {Lang} from '../../core/vocabulary';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {NextRequest} from 'next/server';
import {tokenizeWords} from '../../core/language/lexicon';
import {GET} from '../../app/api/lookup/route';

const baseUrl = process.argv[2];
const contentDir = path.join(process.cwd(), 'content');
const queries: {word: string; from: Lang}[] = [];
for (const slug of readdirSync(contentDir)) {
  for (const from of ['id', 'en'] as const) {
    const file = path.join(contentDir, slug, `${from}.md`);
    if (existsSync(file)) for (const t of tokenizeWords(readFileSync(file, 'utf8'))) queries.push({word: t.word, from});
  }
}

const serverTimes: number[] = [];

async function lookupOnce(word: string, from: string): Promise<number> {
  const url = `${baseUrl ?? 'http://localhost'}/api/lookup?word=${encodeURIComponent(word)}&from=${from}&ui=en`;
  const start = performance.now();
  const response = baseUrl ? await fetch(url) : await GET(new NextRequest(url));
  await response.json();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const elapsed = performance.now() - start;
  // The handler's own time, as the server reports it: what the 50 ms budget is about.
  serverTimes.push(Number(/dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? elapsed));
  return elapsed;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms (n=${sorted.length})`;
}

const seen = new Set<string>();
const cold: number[] = [];
const warm: number[] = [];
for (const {word, from} of queries) {
  const key = `${from}:${word.toLowerCase()}`;
  (seen.has(key) ? warm : cold).push(await lookupOnce(word, from));
  seen.add(key);
}
console.log(`lookup route (${baseUrl ? `HTTP ${baseUrl}` : 'handler in-process'})`);
console.log(`  first lookup of a word: ${summary(cold)}`);
console.log(`  repeated lookups:       ${summary(warm)}`);
console.log(`  time in the handler (Server-Timing): ${summary(serverTimes)}`);
const p99 = [...serverTimes].sort((a, b) => a - b)[Math.floor(0.99 * serverTimes.length)]!;
if (p99 > 50) {
  console.error(`p99 ${p99.toFixed(1)} ms is over the 50 ms budget`);
  process.exit(1);
}
