// What the load script saw: every response's kind, status, latency and time, and the health timeline.
export interface Sample {
  name: string;
  at: number;
  ms: number;
  status: number;
  message?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

/** Groups a URL into a route: /en/read/x → /[locale]/read/[slug]. */
function routeOf(url: string): string {
  const {pathname} = new URL(url);
  return pathname.replace(/^\/(en|id)(?=\/|$)/, '/[locale]').replace(/\/read\/[^/]+/, '/read/[slug]') || '/';
}

export class Stats {
  samples: Sample[] = [];
  healthChecks: {at: number; ok: boolean; status: number; body: string}[] = [];

  async request(url: string, init: RequestInit, timeoutMs: number): Promise<void> {
    await this.time(`GET ${routeOf(url)}`, async () => {
      const response = await fetch(url, {...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs)});
      const text = await response.text();
      return {status: response.status, text};
    });
  }

  /** Times `call`; a status of 0 means no answer (network error or timeout). */
  async time<T extends {status: number; text: string}>(name: string, call: () => Promise<T>): Promise<T | undefined> {
    const at = Date.now();
    try {
      const result = await call();
      const message =
        result.status >= 500
          ? (/<h1[^>]*>([^<]*)<\/h1>/.exec(result.text)?.[1] ?? result.text.slice(0, 120))
          : undefined;
      this.samples.push({name, at, ms: Date.now() - at, status: result.status, message});
      return result;
    } catch (error) {
      this.samples.push({name, at, ms: Date.now() - at, status: 0, message: (error as Error).message});
      return undefined;
    }
  }

  async health(front: string, timeoutMs: number): Promise<void> {
    const at = Date.now();
    try {
      const response = await fetch(`${front}/api/health`, {signal: AbortSignal.timeout(timeoutMs)});
      this.healthChecks.push({at, ok: response.ok, status: response.status, body: await response.text()});
    } catch (error) {
      this.healthChecks.push({at, ok: false, status: 0, body: (error as Error).message});
    }
  }

  /** Prints the figures; returns true when the run failed its targets. */
  report(run: {
    outage?: {start: number; end: number};
    graceMs: number;
    acknowledged: number;
    lost: number;
    instances: number;
    fault: boolean;
  }): boolean {
    const {outage, graceMs} = run;
    const inOutage = (s: {at: number; ms?: number}) =>
      !!outage && s.at + (s.ms ?? 0) >= outage.start && s.at <= outage.end + graceMs;
    const first = Math.min(...this.samples.map((s) => s.at));
    const last = Math.max(...this.samples.map((s) => s.at + s.ms));
    console.log(
      `\n${this.samples.length} requests in ${((last - first) / 1000).toFixed(0)} s (${Math.round(this.samples.length / ((last - first) / 1000))}/s), ${run.instances} instance(s)${run.fault ? ', PostgreSQL stopped for 10 s' : ''}\n`,
    );
    console.log('| request | count | p50 | p99 | max | 2xx/3xx | 4xx | 5xx (outside outage) | no answer |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    const names = [...new Set(this.samples.map((s) => s.name))].sort();
    for (const name of names) {
      const mine = this.samples.filter((s) => s.name === name);
      const ms = mine.map((s) => s.ms).sort((a, b) => a - b);
      const count = (f: (s: Sample) => boolean) => mine.filter(f).length;
      console.log(
        `| ${name} | ${mine.length} | ${percentile(ms, 50)} ms | ${percentile(ms, 99)} ms | ${ms.at(-1)} ms | ${count((s) => s.status >= 200 && s.status < 400)} | ${count((s) => s.status >= 400 && s.status < 500)} | ${count((s) => s.status >= 500)} (${count((s) => s.status >= 500 && !inOutage(s))}) | ${count((s) => s.status === 0)} (${count((s) => s.status === 0 && !inOutage(s))}) |`,
      );
    }
    const bad = this.samples.filter((s) => (s.status >= 500 || s.status === 0) && !inOutage(s));
    for (const s of bad.slice(0, 10))
      console.log(`  outside the outage: ${s.name} → ${s.status} after ${s.ms} ms: ${s.message}`);
    let slowRecovery = false;
    if (outage) {
      const during = this.samples.filter((s) => s.at + s.ms >= outage.start && s.at <= outage.end);
      const messages = new Map<string, number>();
      for (const s of during.filter((s) => s.status >= 500 || s.status === 0))
        messages.set(`${s.status} ${s.message}`, (messages.get(`${s.status} ${s.message}`) ?? 0) + 1);
      console.log(
        `\noutage ${((outage.end - outage.start) / 1000).toFixed(1)} s: ${during.length} requests, ${during.filter((s) => s.status > 0 && s.status < 500).length} answered without error (cached reader pages, lookups), slowest ${Math.max(0, ...during.map((s) => s.ms))} ms`,
      );
      for (const [message, n] of messages) console.log(`  ${n} × ${message}`);
      const downHealth = this.healthChecks.find((h) => h.at >= outage.start && h.at <= outage.end && !h.ok);
      if (downHealth)
        console.log(`  /api/health during the outage: ${downHealth.status} ${downHealth.body.slice(0, 200)}`);
      const back = this.healthChecks.find((h) => h.at >= outage.end && h.ok);
      const firstDynamic = this.samples.find(
        (s) => s.at >= outage.end && /vocabulary|review|action/.test(s.name) && s.status > 0 && s.status < 500,
      );
      const recoveredMs = Math.max(
        back ? back.at - outage.end : Infinity,
        firstDynamic ? firstDynamic.at + firstDynamic.ms - outage.end : Infinity,
      );
      slowRecovery = !(recoveredMs <= graceMs);
      console.log(
        `  recovered ${Number.isFinite(recoveredMs) ? `${(recoveredMs / 1000).toFixed(1)} s` : 'never'} after PostgreSQL was back (target ≤ ${graceMs / 1000} s)`,
      );
    }
    console.log(`\n${run.acknowledged} acknowledged writes checked in the database: ${run.lost} lost`);
    return bad.length > 0 || slowRecovery;
  }
}
