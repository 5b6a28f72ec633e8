import fs from 'fs';
import path from 'path';
import type MailMessage from 'nodemailer/lib/mailer/mail-message';

/**
 * A nodemailer transport that writes every message to `<dir>/<time>-<n>.eml`, so the demo
 * and development work offline and what "was sent" can be opened in any mail reader.
 * Used only when no SMTP_HOST is configured outside production.
 */
export function fileMailTransport(dir: string) {
  let counter = 0;
  return {
    name: 'mind-desk-file',
    version: '1.0.0',
    send(mail: MailMessage, callback: (err: Error | null, info?: unknown) => void) {
      fs.mkdirSync(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(dir, `${stamp}-${process.pid}-${++counter}.eml`);
      const envelope = mail.message.getEnvelope();
      const out = fs.createWriteStream(file);
      const input = mail.message.createReadStream();
      input.on('error', (err: Error) => callback(err));
      out.on('error', (err: Error) => callback(err));
      out.on('finish', () => {
        console.info(`[mail] to ${envelope.to.join(', ')} written to ${file}`);
        callback(null, { envelope, messageId: mail.message.messageId(), file });
      });
      input.pipe(out);
    },
  };
}
