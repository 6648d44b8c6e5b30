// The mailer a process uses: SMTP when the deployment configures SMTP_URL, else the development
// outbox (in memory and files in the data folder, read at /dev/outbox).
import path from "node:path";
import { dataDirectory } from "@openleave/db";
import type { Config } from "../config.ts";
import { DevelopmentMailbox, type Mailer } from "./mailer.ts";
import { SmtpMailer } from "./smtp-mailer.ts";

export function createMailer(config: Config, onDevelopmentSend?: (message: { subject: string }) => void): Mailer {
  if (config.mail.smtpUrl) return new SmtpMailer(config.mail.smtpUrl, config.mail.from);
  return new DevelopmentMailbox(path.join(dataDirectory(), "mail"), onDevelopmentSend);
}
