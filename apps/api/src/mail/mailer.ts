// Outgoing email. Messages can hold one-time links, so they are never logged or stored in the
// database. Development keeps them in memory and writes them to the data folder for reading;
// production plugs an SMTP or API transport in behind the same interface.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export class DevelopmentMailbox implements Mailer {
  readonly sent: MailMessage[] = [];

  constructor(private readonly directory?: string) {}

  async send(message: MailMessage) {
    this.sent.push(message);
    if (!this.directory) return;
    mkdirSync(this.directory, { recursive: true });
    const file = path.join(this.directory, `${new Date().toISOString().replaceAll(":", "-")}-${message.to}.txt`);
    writeFileSync(file, `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`, { mode: 0o600 });
  }

  /** The newest message to an address (tests read reset links from here). */
  latestTo(address: string): MailMessage | undefined {
    return this.sent.findLast((message) => message.to === address);
  }
}
