// Types of scripts/cli/warmUp.mjs (JavaScript because scripts/cli/serve.mjs imports it).
import type {IncomingMessage, ServerResponse} from 'node:http';

export function warmUp(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  log: (level: 'info' | 'warn', msg: string, fields?: Record<string, unknown>) => void,
): Promise<void>;
