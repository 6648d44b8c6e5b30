// Email through the outbox, on the real database: events write one message each in the
// recipient's language (a request for information made over HTTP, a payment sent), two workers
// sending at once deliver each message once, and a failed send is retried later.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIn } from "@openleave/db";
import { startTestApi, type TestApi } from "./support/test-api.ts";
import { DevelopmentMailbox, type Mailer } from "../src/mail/mailer.ts";
import { sendPendingEmails } from "../src/domains/notifications/email-outbox.ts";
import { runPayments } from "../src/domains/payments/run-payments.ts";
import { JOBS_TIME_ZONE } from "../src/jobs/worker.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const RFI = `mutation($input: RequestInformationInput!) { requestInformation(input: $input) {
  __typename ... on Error { code message } } }`;

describe("email outbox", () => {
  it("emails a request for information in Spanish to a claimant who prefers Spanish, once", async () => {
    const james = await api.db.user.update({
      where: { email: "james.oconnor@openleave.test" },
      data: { preferredLanguage: "ES" },
    });
    const claim = await api.db.claim.findFirstOrThrow({ where: { claimantId: james.personId!, status: "IN_REVIEW" } });
    const adjudicator = await api.signedIn("adjudicator@openleave.test");
    const result = await adjudicator.graphql(RFI, {
      input: {
        claimId: claim.id,
        expectedVersion: claim.version,
        dueDate: addDays(todayIn(JOBS_TIME_ZONE), 10),
        message: "Envíe el certificado médico firmado.",
      },
    });
    expect(result.data.requestInformation.__typename).toBe("MutationRequestInformationSuccess");
    const queued = await api.db.emailOutbox.findMany({ where: { recipientUserId: james.id } });
    expect(queued.map((e) => [e.kind, e.language, e.status])).toEqual([["INFO_REQUEST", "ES", "PENDING"]]);

    const mailbox = new DevelopmentMailbox();
    await Promise.all([sendPendingEmails(api.db, mailbox), sendPendingEmails(api.db, mailbox)]);
    const toJames = mailbox.sent.filter((m) => m.to === "james.oconnor@openleave.test");
    expect(toJames).toHaveLength(1);
    expect(toJames[0]!.text).toContain("Envíe el certificado médico firmado.");
    expect((await api.db.emailOutbox.findUniqueOrThrow({ where: { id: queued[0]!.id } })).status).toBe("SENT");
    await sendPendingEmails(api.db, mailbox);
    expect(mailbox.sent.filter((m) => m.to === "james.oconnor@openleave.test")).toHaveLength(1);
    // Shown on the claim to the claimant, with its status.
    const jamesClient = await api.signedIn("james.oconnor@openleave.test");
    const shown = await jamesClient.graphql(
      `query($id: ID!) { claim(id: $id) { emails { kind language status sentAt subject } } }`,
      {
        id: claim.id,
      },
    );
    expect(shown.errors).toBeUndefined();
    expect(shown.data.claim.emails).toMatchObject([{ kind: "INFO_REQUEST", language: "ES", status: "SENT" }]);
  });

  it("tells the claimant of each payment sent; two workers send each message once; a failure retries", async () => {
    const aisha = await api.db.user.findFirstOrThrow({ where: { email: "aisha.khan@openleave.test" } });
    await api.db.person.update({
      where: { id: aisha.personId! },
      data: { addressLine1: "12 Pine St", city: "Tacoma", state: "WA", postalCode: "98402" },
    });
    await api.db.paymentPreference.create({
      data: {
        personId: aisha.personId!,
        method: "ACH",
        routingNumber: "021000021",
        accountNumberEncrypted: api.pii.seal("000123456789"),
        accountNumberLast4: "6789",
        accountType: "CHECKING",
      },
    });
    const runDate = todayIn(JOBS_TIME_ZONE);
    await api.db.payment.updateMany({
      where: { status: "SCHEDULED", claim: { claimantId: aisha.personId! } },
      data: { scheduledFor: new Date(`${addDays(runDate, -1)}T00:00:00Z`) },
    });
    await api.db.payment.updateMany({
      where: { status: "SCHEDULED", claim: { claimantId: { not: aisha.personId! } } },
      data: { status: "CANCELLED" },
    });
    const run = await runPayments(api.db, api.pii, { runDate });
    expect(run.paymentCount).toBeGreaterThan(0);
    const queued = await api.db.emailOutbox.findMany({ where: { kind: "PAYMENT_SENT" } });
    expect(queued).toHaveLength(run.paymentCount);
    expect(queued.every((e) => e.language === "EN" && e.subject.startsWith("We sent your payment of $528.30"))).toBe(
      true,
    );

    // The first attempt fails for every message: each is retried later, none lost.
    const down: Mailer = {
      send: async () => {
        throw new Error("mail server unavailable");
      },
    };
    expect((await sendPendingEmails(api.db, down)).failed).toBe(run.paymentCount);
    const waiting = await api.db.emailOutbox.findMany({ where: { kind: "PAYMENT_SENT" } });
    expect(
      waiting.every((e) => e.status === "PENDING" && e.attempts === 1 && e.lastError === "mail server unavailable"),
    ).toBe(true);
    expect(waiting.every((e) => e.nextAttemptAt > new Date())).toBe(true);
    // Not before its time…
    const mailbox = new DevelopmentMailbox();
    expect((await sendPendingEmails(api.db, mailbox)).sent).toBe(0);
    // …and once it is due, two workers at once deliver each message once.
    await api.db.emailOutbox.updateMany({ where: { kind: "PAYMENT_SENT" }, data: { nextAttemptAt: new Date() } });
    const [a, b] = await Promise.all([sendPendingEmails(api.db, mailbox), sendPendingEmails(api.db, mailbox)]);
    expect(a.sent + b.sent).toBe(run.paymentCount);
    const toAisha = mailbox.sent.filter((m) => m.to === "aisha.khan@openleave.test");
    expect(toAisha).toHaveLength(run.paymentCount);
    expect(new Set(toAisha.map((m) => m.text)).size).toBe(run.paymentCount);
    expect(toAisha[0]!.text).toContain("by direct deposit");
  });
});
