// How mail leaves: through the SMTP server of SELARAS_SMTP_URL, or, when none is configured, into an
// outbox folder (one .eml file a mail, which any mail client opens) and the server log, where the
// operator reads it. Either way a mail is sent by the mail job (mailQueue.ts), never on a request.
import {randomBytes} from 'node:crypto';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import {type RawEnv, readEnv} from '../platform/env';
import {log} from '../platform/log';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  kind: 'smtp' | 'outbox';
  /** Where mail goes, for the start-up log: the server without its password, or the folder. */
  where: string;
  send(mail: Mail): Promise<void>;
  close(): void;
}

// A mail server that does not answer must fail the attempt soon: the job retries it later.
const timeouts = {connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000};

export function outboxDir(raw: RawEnv = process.env): string {
  return path.resolve(readEnv(raw).SELARAS_MAIL_OUTBOX ?? path.join(process.cwd(), 'data', 'mail-outbox'));
}

function defaultSender(raw: RawEnv): string {
  const env = readEnv(raw);
  const host = new URL(env.BETTER_AUTH_URL ?? 'http://localhost').hostname;
  return `Selaras <no-reply@${host.includes('.') ? host : 'selaras.invalid'}>`;
}

function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Where mail goes under this environment, as the start-up log says it. */
export function mailDestination(raw: RawEnv = process.env): Pick<MailTransport, 'kind' | 'where'> {
  const url = readEnv(raw).SELARAS_SMTP_URL;
  return url ? {kind: 'smtp', where: redacted(url)} : {kind: 'outbox', where: outboxDir(raw)};
}

export function createMailTransport(raw: RawEnv = process.env): MailTransport {
  const env = readEnv(raw);
  const from = env.SELARAS_MAIL_FROM ?? defaultSender(raw);
  if (env.SELARAS_SMTP_URL) {
    const smtp = nodemailer.createTransport({url: env.SELARAS_SMTP_URL, ...timeouts});
    return {
      ...mailDestination(raw),
      async send(mail) {
        await smtp.sendMail({from, ...mail});
      },
      close: () => smtp.close(),
    };
  }
  const dir = outboxDir(raw);
  const writer = nodemailer.createTransport({streamTransport: true, buffer: true, newline: 'unix'});
  return {
    ...mailDestination(raw),
    async send(mail) {
      const {message} = await writer.sendMail({from, ...mail});
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      await mkdir(dir, {recursive: true});
      await writeFile(path.join(dir, name), message as Buffer, {mode: 0o600});
      // No mail server: the operator (or whoever runs it locally) reads the mail here.
      log.info('mail kept in the outbox (no SELARAS_SMTP_URL)', {
        to: mail.to,
        subject: mail.subject,
        file: name,
        text: mail.text,
      });
    },
    close: () => writer.close(),
  };
}
