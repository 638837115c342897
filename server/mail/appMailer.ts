// The app's mailer: mail goes on the job queue of this process's database, and the mail worker sends it.
import type {Mailer} from '../accounts/confirmationMail';
import {queueMail} from './mailQueue';

export function appMailer(siteUrl: string): Mailer {
  return {
    siteUrl,
    async send(mail) {
      // Loaded on first use: the queue module starts every worker's code, which pages need not load.
      const {getQueue} = await import('../platform/workers');
      await queueMail(await getQueue(), mail);
    },
  };
}
