// Mail leaving the app: through a real SMTP server started here (tests/helpers/mailbox.ts: smtp-server,
// speaking SMTP on a local port), through the job queue with that server down and then up again, and
// into the outbox folder when no SMTP server is configured.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test, vi} from 'vitest';
import {confirmAddress} from '../../server/accounts/addressConfirmation';
import {createAuth} from '../../server/accounts/betterAuth';
import {queueMail, startMailWorker} from '../../server/mail/mailQueue';
import {createMailTransport} from '../../server/mail/transport';
import {applyMigrations} from '../../server/platform/migrate';
import {type Database, openMemoryDatabase} from '../../server/platform/openDatabase';
import {type Queue, startQueue} from '../../server/platform/queue';
import {parseMail, startSmtpMailbox} from '../helpers/mailbox';
import {freePort} from '../helpers/freePort';

const mail = {
  to: 'reader@mail.test',
  subject: 'Konfirmasi alamat surel Anda',
  text: 'Buka tautan ini: http://x/id/verify-email?token=abc',
};

describe('SMTP', () => {
  test('mail goes through an SMTP server that asks for a password, from the configured sender', async () => {
    const port = await freePort();
    const smtp = await startSmtpMailbox(port, 'mail secret');
    const transport = createMailTransport({
      SELARAS_SMTP_URL: `smtp://selaras:mail%20secret@127.0.0.1:${port}`,
      SELARAS_MAIL_FROM: 'Selaras <no-reply@selaras.test>',
    });
    expect(transport).toMatchObject({kind: 'smtp', where: `smtp://selaras:***@127.0.0.1:${port}`});
    await transport.send(mail);
    expect(smtp.delivered).toEqual([
      expect.objectContaining({
        envelope: ['reader@mail.test'],
        user: 'selaras',
        subject: mail.subject,
        text: mail.text,
      }),
    ]);
    transport.close();
    await smtp.close();
  });

  test('a wrong password or a server that is not there fails the attempt, soon', async () => {
    const port = await freePort();
    const smtp = await startSmtpMailbox(port, 'mail secret');
    const wrong = createMailTransport({SELARAS_SMTP_URL: `smtp://selaras:guess@127.0.0.1:${port}`});
    await expect(wrong.send(mail)).rejects.toThrow(/Invalid username or password/);
    wrong.close();
    await smtp.close();
    const gone = createMailTransport({SELARAS_SMTP_URL: `smtp://127.0.0.1:${await freePort()}`});
    await expect(gone.send(mail)).rejects.toThrow(/ECONNREFUSED/);
    gone.close();
  });
});

describe('the mail job', () => {
  let db: Database;
  let queue: Queue;
  beforeAll(async () => {
    db = openMemoryDatabase();
    await applyMigrations(db.adapter);
    queue = await startQueue(db, {pollingIntervalSeconds: 0.5});
  });
  afterAll(async () => {
    await queue?.stop({graceful: false, wait: true, close: true});
    await db?.close();
  });

  test('a sign-up while the SMTP server is down answers at once; its link arrives once the server is up', async () => {
    const port = await freePort();
    const transport = createMailTransport({SELARAS_SMTP_URL: `smtp://127.0.0.1:${port}`});
    await startMailWorker(queue, transport, {pollingIntervalSeconds: 0.5});
    const base = 'http://localhost:3000';
    const auth = createAuth(db.prisma, {
      secret: 'm'.repeat(32),
      baseURL: base,
      mailer: {siteUrl: base, send: (m) => queueMail(queue, m, {retryDelay: 1, retryBackoff: false})},
    });
    const started = Date.now();
    const response = await auth.handler(
      new Request(`${base}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: {'content-type': 'application/json', origin: base, 'x-selaras-client-ip': '192.0.2.1'},
        body: JSON.stringify({name: 'Reader', email: 'down@mail.test', password: 'correct horse battery'}),
      }),
    );
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    // Attempts fail meanwhile (connection refused), and are retried.
    await new Promise((r) => setTimeout(r, 2_500));
    const smtp = await startSmtpMailbox(port);
    await expect.poll(() => smtp.delivered.length, {timeout: 20_000, interval: 250}).toBe(1);
    const [delivered] = smtp.delivered;
    expect(delivered.envelope).toEqual(['down@mail.test']);
    const token = /verify-email\?token=([\w-]+)/.exec(delivered.text)?.[1] ?? '';
    expect(await confirmAddress(db.prisma, token, 'correct horse battery', new Date())).toMatchObject({ok: true});
    transport.close();
    await smtp.close();
  }, 60_000);
});

describe('without an SMTP server', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
  });

  test('mail is kept as an .eml file in the outbox folder and written to the log', async () => {
    const outbox = mkdtempSync(path.join(tmpdir(), 'selaras-outbox-'));
    dirs.push(outbox);
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const transport = createMailTransport({SELARAS_MAIL_OUTBOX: outbox});
    expect(transport).toMatchObject({kind: 'outbox', where: outbox});
    await transport.send(mail);
    const files = readdirSync(outbox);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const kept = parseMail(readFileSync(path.join(outbox, files[0]!), 'utf8'));
    expect(kept).toMatchObject({to: 'reader@mail.test', subject: mail.subject, text: mail.text});
    const logged = lines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .find((entry) => entry.to === mail.to);
    expect(logged).toMatchObject({level: 'info', subject: mail.subject, text: mail.text, file: files[0]});
  });
});
