// Email through an SMTP server (nodemailer), when SMTP_URL is configured; the development
// outbox stays the default. A message the server refuses rejects `send`, so the email outbox
// retries it with backoff; the SMTP URL (it may hold a password) is never logged.
import nodemailer, { type Transporter } from "nodemailer";
import type { MailMessage, Mailer } from "./mailer.ts";

export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    options: { tls?: { rejectUnauthorized?: boolean } } = {},
  ) {
    // One pooled connection reused across messages; a dropped one is reopened on the next send.
    this.transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 2, ...options } as never);
  }

  async send(message: MailMessage) {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  close() {
    this.transport.close();
  }
}
