// One autocannon measurement as every benchmark here takes it: a short warm-up first, so that the
// JIT and caches are in the steady state being measured, then the measured run.
import autocannon, {type Result} from 'autocannon';

export interface RunOptions {
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}

export async function measuredRun(
  url: string,
  {connections, duration, headers = {}}: RunOptions,
  beforeRun?: () => void,
): Promise<Result> {
  await autocannon({url, connections, duration: Math.max(2, Math.min(5, Math.round(duration / 6))), headers});
  beforeRun?.();
  return autocannon({url, connections, duration, headers});
}
