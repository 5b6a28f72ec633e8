import { SMTPServer } from 'smtp-server';
import { simpleParser, ParsedMail } from 'mailparser';
import type { AddressInfo } from 'net';

export interface CapturedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  raw: string;
}

/** A real SMTP server on a random loopback port that keeps every message it accepts. */
export class TestSmtp {
  readonly messages: CapturedMail[] = [];
  private server?: SMTPServer;
  port = 0;
  /** When set, every message is refused with this SMTP error (simulates an outage that still answers). */
  rejectWith?: string;

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      // Strapi's pooled transport keeps idle connections open; do not wait 30 s for them at shutdown.
      closeTimeout: 100,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          if (this.rejectWith) return callback(new Error(this.rejectWith));
          const raw = Buffer.concat(chunks).toString('utf8');
          const parsed: ParsedMail = await simpleParser(raw);
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
            a.value.map((v) => v.address ?? ''),
          );
          this.messages.push({
            from: parsed.from?.value[0]?.address ?? '',
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: parsed.headers,
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Waits until at least `count` messages have arrived (mail goes out asynchronously). */
  async waitFor(count: number, timeoutMs = 10000): Promise<CapturedMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > until) throw new Error(`expected ${count} emails, got ${this.messages.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.messages;
  }
}
