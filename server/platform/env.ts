// The environment the app reads, in one place and checked: a typo or a value out of range stops the
// start with a message that names the variable (`npm start` reads it before anything else), instead
// of surfacing later as NaN or a silent default. `.env.example` lists the same variables.
import {z} from 'zod';

/** The environment as the process has it: names to raw strings. */
export type RawEnv = Readonly<Record<string, string | undefined>>;

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();
const httpUrl = z
  .url({protocol: /^https?$/})
  .optional()
  .or(z.literal('').transform(() => undefined));

const Schema = z.object({
  DATABASE_URL: z
    .url({protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// connection string'})
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  SELARAS_DATA_DIR: optionalText,
  /** The content folder `npm start` and `npm run import` load texts from, and the aligner's dictionaries. */
  SELARAS_CONTENT_DIR: optionalText,
  /** PostgreSQL's shared_buffers in the embedded database (PGlite), which keeps them in the server's memory. */
  SELARAS_EMBEDDED_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, 'must be a size such as 32MB')
    .default('32MB'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  BETTER_AUTH_SECRET: optionalText,
  BETTER_AUTH_URL: httpUrl,
  SELARAS_TRUSTED_PROXIES: optionalText,
  SELARAS_ADMIN_EMAIL: z
    .email()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SELARAS_ADMIN_PASSWORD: optionalText,
  SELARAS_PAGE_CACHE: z.enum(['process', 'postgres']).optional(),
  /** Where jobs run under `npm start` on PostgreSQL: a worker process of their own (the default) or the web server. */
  SELARAS_JOB_WORKER: z.enum(['inline', 'separate']).optional(),
  SELARAS_DIST_DIR: optionalText,
  SELARAS_LEXICON_DIR: optionalText,
  /** The SMTP server mail goes through, e.g. smtps://user:password@mail.example.org:465; unset keeps mail in the outbox. */
  SELARAS_SMTP_URL: z
    .url({protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL'})
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SELARAS_MAIL_FROM: optionalText,
  SELARAS_MAIL_OUTBOX: optionalText,
  SELARAS_TRANSLATOR: z.enum(['offline', 'openai', 'deepl', 'libretranslate']).default('offline'),
  /** Searches that may run at once against the database, across every instance (server/reader/search.ts). */
  SELARAS_SEARCH_SLOTS: z.coerce.number().int().min(1).max(64).default(2),
  /** Searches one client address may ask for in a minute (server/reader/searchLimit.ts); 0: no limit. */
  SELARAS_SEARCH_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(30),
});

export type Env = z.infer<typeof Schema>;

export class EnvError extends Error {}

/** The environment checked; throws an EnvError naming every variable that is wrong. */
export function readEnv(raw: RawEnv = process.env): Env {
  const parsed = Schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (is "${raw[String(i.path[0])]}")`);
  throw new EnvError(`The environment has ${problems.length} wrong variable(s):\n  ${problems.join('\n  ')}`);
}

let cached: Env | undefined;
/** This process's environment, checked once. */
export function env(): Env {
  cached ??= readEnv(process.env);
  return cached;
}
