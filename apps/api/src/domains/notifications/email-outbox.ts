// The email outbox: events write a message row in their own transaction (`queueEmail`, keyed by
// the event so it is written once), and the worker sends them (`sendPendingEmails`): each row is
// taken with FOR UPDATE SKIP LOCKED and a lease, sent through the mailer, then marked SENT; a
// failure retries with backoff (1, 2, 4… minutes) and gives up FAILED after MAX_ATTEMPTS. Two
// workers never send one row. A worker that dies after the mail server accepted a message but
// before marking it leaves the lease to run out and sends it again: SMTP offers no stronger
// promise, so "once" here means once per event, never twice by concurrent workers.
import type { Database, Language, Prisma } from "@openleave/db";
import type { Mailer } from "../../mail/mailer.ts";

export const MAX_EMAIL_ATTEMPTS = 6;
const LEASE_SECONDS = 120;

export interface QueuedEmail {
  key: string;
  kind:
    | "DETERMINATION"
    | "INFO_REQUEST"
    | "INFO_REQUEST_REMINDER"
    | "APPEAL_DEADLINE_REMINDER"
    | "PAYMENT_SENT"
    | "APPEAL_SCHEDULED"
    | "APPEAL_DECISION"
    | "EMPLOYER_RESPONSE_REQUESTED"
    | "EMPLOYER_RESPONSE_REMINDER"
    | "EMPLOYER_DECISION"
    | "GRIEVANCE_FINDING"
    | "EMPLOYER_GRIEVANCE_FINDING"
    | "STAFF_INVITATION"
    | "PAYMENT_METHOD_CHANGED"
    | "PRIVATE_PLAN_REFERRAL"
    | "EMPLOYER_PRIVATE_PLAN_REFERRAL";
  recipientUserId: string;
  claimId?: string;
  language: Language;
  subject: string;
  body: string;
}

export async function queueEmails(tx: Prisma.TransactionClient | Database, emails: QueuedEmail[]) {
  if (emails.length === 0) return 0;
  const { count } = await tx.emailOutbox.createMany({ data: emails, skipDuplicates: true });
  return count;
}

/** The same for many messages at once (a payment run's): one INSERT over arrays. */
export async function queueEmailsInBulk(tx: Prisma.TransactionClient | Database, emails: QueuedEmail[]) {
  if (emails.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "EmailOutbox" (id, key, kind, "recipientUserId", "claimId", language, subject, body)
    SELECT gen_random_uuid(), e.key, e.kind, e.recipient, e.claim, e.language::"Language", e.subject, e.body
    FROM unnest(${emails.map((e) => e.key)}::text[], ${emails.map((e) => e.kind)}::text[],
                ${emails.map((e) => e.recipientUserId)}::uuid[], ${emails.map((e) => e.claimId ?? null)}::uuid[],
                ${emails.map((e) => e.language)}::text[], ${emails.map((e) => e.subject)}::text[],
                ${emails.map((e) => e.body)}::text[]) AS e(key, kind, recipient, claim, language, subject, body)
    ON CONFLICT (key) DO NOTHING`;
}

export async function sendPendingEmails(db: Database, mailer: Mailer, options: { limit?: number } = {}) {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < (options.limit ?? 500); i++) {
    const rows = await db.$queryRaw<
      { id: string; recipientUserId: string; subject: string; body: string; attempts: number }[]
    >`
      UPDATE "EmailOutbox" SET status = 'SENDING', attempts = attempts + 1,
        "lockedUntil" = now() + make_interval(secs => ${LEASE_SECONDS})
      WHERE id = (
        SELECT id FROM "EmailOutbox"
        WHERE (status = 'PENDING' AND "nextAttemptAt" <= now()) OR (status = 'SENDING' AND "lockedUntil" < now())
        ORDER BY "createdAt" FOR UPDATE SKIP LOCKED LIMIT 1)
      RETURNING id, "recipientUserId", subject, body, attempts`;
    const row = rows[0];
    if (!row) break;
    try {
      const user = await db.user.findUnique({ where: { id: row.recipientUserId }, select: { email: true } });
      if (!user?.email) throw new Error("The recipient has no email address.");
      await mailer.send({ to: user.email, subject: row.subject, text: row.body });
      await db.emailOutbox.update({
        where: { id: row.id },
        data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null },
      });
      sent++;
    } catch (error) {
      const giveUp = row.attempts >= MAX_EMAIL_ATTEMPTS;
      await db.emailOutbox.update({
        where: { id: row.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          lockedUntil: null,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1_000),
          nextAttemptAt: new Date(Date.now() + 60_000 * 2 ** (row.attempts - 1)),
        },
      });
      failed++;
    }
  }
  return { sent, failed };
}
