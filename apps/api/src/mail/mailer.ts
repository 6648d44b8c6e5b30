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

export interface SentMessage extends MailMessage {
  sentAt: Date;
}

/** Messages kept in memory for the development outbox; older ones are dropped. */
const KEPT_MESSAGES = 200;

export class DevelopmentMailbox implements Mailer {
  readonly sent: SentMessage[] = [];

  constructor(
    private readonly directory?: string,
    /** Told about each message (never its text, which may hold a link), e.g. to say where to read it. */
    private readonly onSend?: (message: { subject: string }) => void,
  ) {}

  async send(message: MailMessage) {
    this.sent.push({ ...message, sentAt: new Date() });
    if (this.sent.length > KEPT_MESSAGES) this.sent.splice(0, this.sent.length - KEPT_MESSAGES);
    this.onSend?.({ subject: message.subject });
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
