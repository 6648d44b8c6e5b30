// Email through SMTP: with SMTP_URL configured, the worker delivers the outbox through nodemailer
// to a real SMTP server (smtp-server, in this process, on an ephemeral port). A request for
// information made over HTTP reaches the claimant's address in Spanish, once, and is shown on the
// claim as sent; a message the server refuses stays in the outbox with the server's answer and
// is retried later. Without SMTP_URL the development outbox is the mailer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { addDays, todayIn } from "@openleave/db";
import { startTestApi, type TestApi } from "./support/test-api.ts";
import { loadConfig } from "../src/config.ts";
import { createMailer } from "../src/mail/create-mailer.ts";
import { DevelopmentMailbox } from "../src/mail/mailer.ts";
import { SmtpMailer } from "../src/mail/smtp-mailer.ts";
import { queueEmails, sendPendingEmails } from "../src/domains/notifications/email-outbox.ts";
import { JOBS_TIME_ZONE } from "../src/jobs/worker.ts";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const REFUSED = "aisha.khan@openleave.test";
let api: TestApi;
let server: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  api = await startTestApi();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === REFUSED) {
        const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("no SMTP port");
  smtpUrl = `smtp://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await api.close();
});

/** The message as a mail client shows it: Q-encoded header words and a quoted-printable body
 * decoded back to text. */
function decode(raw: string) {
  const utf8 = (text: string) =>
    Buffer.from(
      text.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      "latin1",
    ).toString("utf8");
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, " ")
    .replace(/\?= =\?UTF-8\?Q\?/gi, "")
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, word: string) => utf8(word.replaceAll("_", " ")));
  const body = utf8(raw.slice(split + 4).replace(/=\r\n/g, ""));
  return `${headers}\n\n${body}`;
}

describe("SMTP delivery", () => {
  it("uses SMTP when SMTP_URL is set, else the development outbox", () => {
    expect(createMailer(loadConfig({ NODE_ENV: "test", SMTP_URL: smtpUrl }))).toBeInstanceOf(SmtpMailer);
    expect(createMailer(loadConfig({ NODE_ENV: "test" }))).toBeInstanceOf(DevelopmentMailbox);
  });

  it("delivers a request for information in Spanish through the SMTP server, once, recorded on the claim", async () => {
    const james = await api.db.user.update({
      where: { email: "james.oconnor@openleave.test" },
      data: { preferredLanguage: "ES" },
    });
    const claim = await api.db.claim.findFirstOrThrow({ where: { claimantId: james.personId!, status: "IN_REVIEW" } });
    const adjudicator = await api.signedIn("adjudicator@openleave.test");
    const result = await adjudicator.graphql(
      `mutation($input: RequestInformationInput!) { requestInformation(input: $input) { __typename ... on Error { code message } } }`,
      {
        input: {
          claimId: claim.id,
          expectedVersion: claim.version,
          dueDate: addDays(todayIn(JOBS_TIME_ZONE), 10),
          message: "Envíe el certificado médico firmado.",
        },
      },
    );
    expect(result.data.requestInformation.__typename).toBe("MutationRequestInformationSuccess");

    const mailer = createMailer(
      loadConfig({ NODE_ENV: "test", SMTP_URL: smtpUrl, MAIL_FROM: "OpenLeave <beneficios@openleave.test>" }),
    ) as SmtpMailer;
    try {
      // Two workers at once: the server receives the message once.
      await Promise.all([sendPendingEmails(api.db, mailer), sendPendingEmails(api.db, mailer)]);
      await sendPendingEmails(api.db, mailer);
    } finally {
      mailer.close();
    }
    const toJames = received.filter((m) => m.to.includes("james.oconnor@openleave.test"));
    expect(toJames).toHaveLength(1);
    expect(toJames[0]!.from).toBe("beneficios@openleave.test");
    const text = decode(toJames[0]!.raw);
    expect(text).toMatch(/^To: james\.oconnor@openleave\.test\r?$/m);
    expect(text).toContain("Envíe el certificado médico firmado.");
    const stored = await api.db.emailOutbox.findFirstOrThrow({ where: { recipientUserId: james.id } });
    expect(text).toContain(`Subject: ${stored.subject}`);
    expect([stored.language, stored.status, stored.attempts]).toEqual(["ES", "SENT", 1]);

    const jamesClient = await api.signedIn("james.oconnor@openleave.test");
    const shown = await jamesClient.graphql(
      `query($id: ID!) { claim(id: $id) { emails { kind language status subject } } }`,
      {
        id: claim.id,
      },
    );
    expect(shown.data.claim.emails).toEqual([
      { kind: "INFO_REQUEST", language: "ES", status: "SENT", subject: stored.subject },
    ]);
  });

  it("keeps a message the server refuses in the outbox with the server's answer, to retry later", async () => {
    const aisha = await api.db.user.findUniqueOrThrow({ where: { email: REFUSED } });
    await queueEmails(api.db, [
      {
        key: "smtp-test:refused",
        kind: "INFO_REQUEST",
        recipientUserId: aisha.id,
        language: "EN",
        subject: "Please send the certificate",
        body: "Hello Aisha, please send the signed certificate.",
      },
    ]);
    const mailer = new SmtpMailer(smtpUrl, "OpenLeave <no-reply@openleave.test>");
    try {
      expect(await sendPendingEmails(api.db, mailer)).toMatchObject({ sent: 0, failed: 1 });
    } finally {
      mailer.close();
    }
    const row = await api.db.emailOutbox.findUniqueOrThrow({ where: { key: "smtp-test:refused" } });
    expect([row.status, row.attempts]).toEqual(["PENDING", 1]);
    expect(row.lastError).toContain("550");
    expect(row.nextAttemptAt > new Date()).toBe(true);
    expect(received.some((m) => m.to.includes(REFUSED))).toBe(false);
  });
});
