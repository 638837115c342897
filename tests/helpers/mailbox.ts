// Mailboxes for tests: the outbox folder a server without SMTP writes (server/mail/transport.ts), and
// a real SMTP server (smtp-server) on a local port that keeps what it is sent.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {SMTPServer} from 'smtp-server';
import {expect} from 'vitest';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  /** The link to confirm an address, if the mail has one. */
  link: string | null;
}

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

export function parseMail(source: string): ReceivedMail {
  const split = source.search(/\r?\n\r?\n/);
  const head = source.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const raw = source.slice(split).trim();
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1] ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(raw)
      : encoding === 'base64'
        ? Buffer.from(raw, 'base64').toString('utf8')
        : raw;
  return {
    to: header('To'),
    subject: decodeHeader(header('Subject')),
    text,
    link: /https?:\/\/\S+\/verify-email\?token=[\w-]+/.exec(text)?.[0] ?? null,
  };
}

export interface Mailbox {
  /** Every mail to `to`, oldest first. */
  mailsTo(to: string): ReceivedMail[];
}

/** The outbox folder of a server without an SMTP server. */
export function outboxMailbox(outbox: string): Mailbox {
  return {
    mailsTo(to) {
      let names: string[];
      try {
        names = readdirSync(outbox).filter((name) => name.endsWith('.eml'));
      } catch {
        return [];
      }
      return names
        .sort()
        .map((name) => parseMail(readFileSync(path.join(outbox, name), 'utf8')))
        .filter((mail) => mail.to.toLowerCase().includes(to.toLowerCase()));
    },
  };
}

export interface SmtpMailbox extends Mailbox {
  /** What the server was sent: the envelope's recipients and the user who signed in, with each mail. */
  delivered: (ReceivedMail & {envelope: string[]; user: string | undefined})[];
  close(): Promise<void>;
}

/** An SMTP server on a local port; with `password`, it refuses mail from clients that do not sign in as selaras. */
export async function startSmtpMailbox(port: number, password?: string): Promise<SmtpMailbox> {
  const delivered: SmtpMailbox['delivered'] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: !password,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === 'selaras' && auth.password === password) callback(null, {user: auth.username});
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = parseMail(Buffer.concat(chunks).toString('utf8'));
        const user = typeof session.user === 'string' ? session.user : undefined;
        delivered.push({...mail, envelope: session.envelope.rcptTo.map((r) => r.address), user});
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    delivered,
    mailsTo: (to) => delivered.filter((mail) => mail.envelope.includes(to.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits for the mail to `to` after the first `count`, and returns it. */
export async function nextMail(box: Mailbox, to: string, count = 0): Promise<ReceivedMail> {
  await expect.poll(() => box.mailsTo(to).length, {timeout: 30_000, interval: 250}).toBeGreaterThan(count);
  return box.mailsTo(to)[count]!;
}
