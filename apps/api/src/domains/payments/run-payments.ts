// A payment run: the due scheduled payments become batches, one per method. Each run takes its
// payments with FOR UPDATE SKIP LOCKED inside one transaction and moves them SCHEDULED →
// IN_BATCH → SENT only if still SCHEDULED, so two concurrent runs, a run repeated, or a run
// killed part-way (its transaction rolls back) pay each week once.
import { createHash, randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { addDays, fromDateOnly, toDateOnly, type Database, type Prisma } from "@openleave/db";
import type { PiiCipher } from "@openleave/crypto";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { writeAchFile } from "./nacha.ts";
import { offsetOverpayments } from "./overpayments.ts";
import { queueEmailsInBulk } from "../notifications/email-outbox.ts";
import { paymentSentEmail } from "../notifications/email-templates.ts";
import { isValidRoutingNumber } from "./set-payment-preference.ts";

export interface PaymentRunOptions {
  runDate: string;
  /** Cap per run (the rest wait for the next run); keeps one transaction bounded. */
  limit?: number;
  /** The PaymentRun the batches belong to. */
  runId?: string;
}

export interface RunBatch {
  id: string;
  method: "ACH" | "CHECK";
  count: number;
  totalNet: string;
  /** ACH: the NACHA file. CHECK: the check register (CSV). Never logged: holds account numbers. */
  file: string;
}

export const ORIGINATOR = {
  immediateDestination: "121000358",
  immediateOrigin: " 911111111",
  destinationName: "State Treasury Bank",
  originName: "OpenLeave Program",
  companyName: "OPENLEAVE PFML",
  companyId: "1911111111",
  originatingDfi: "12100035",
  entryDescription: "BENEFITS",
};

/** Why a direct-deposit payment cannot go in an ACH file, or null when it can. */
function achProblem(
  preference: { method: string; routingNumber: string | null; accountNumberEncrypted: string | null } | undefined,
) {
  if (!preference) return "no payment method on file";
  if (preference.method !== "ACH") return "the claimant now asks for a paper check";
  if (!preference.routingNumber || !isValidRoutingNumber(preference.routingNumber))
    return "the routing number on file is not valid";
  if (!preference.accountNumberEncrypted) return "no bank account number on file";
  return null;
}

/** What a run needs to know of each due payment, read for the whole batch in one statement. */
interface DuePayment {
  id: string;
  claimId: string;
  claimNumber: string | null;
  periodStart: Date;
  periodEnd: Date;
  gross: string;
  net: string;
  claimantId: string;
  firstName: string;
  lastName: string;
  hasAddress: boolean;
  jurisdiction: string;
  programCode: string;
  preferenceMethod: string | null;
  routingNumber: string | null;
  accountNumberEncrypted: string | null;
  accountType: "CHECKING" | "SAVINGS" | null;
  userId: string | null;
  language: "EN" | "ES" | null;
}

export async function runPayments(db: Database, pii: PiiCipher, options: PaymentRunOptions) {
  const batches: RunBatch[] = [];
  let reroutedToCheck = 0;
  let held = 0;
  for (const method of ["ACH", "CHECK"] as const) {
    const batch = await db.$transaction(
      async (tx) => {
        // Taken and read in one statement: the due payments this run locks (a concurrent run
        // skips them) with what paying them needs. Set-based from here on: a run of 100,000
        // payments is a handful of statements, not one per payment.
        const candidates = await tx.$queryRaw<DuePayment[]>`
          WITH due AS (
            SELECT id FROM "Payment"
            WHERE status = 'SCHEDULED' AND method = ${method}::"PaymentMethod" AND "scheduledFor" <= ${fromDateOnly(options.runDate)}
            ORDER BY "scheduledFor", id
            LIMIT ${options.limit ?? 200_000}
            FOR UPDATE SKIP LOCKED)
          SELECT p.id, p."claimId", c."claimNumber", p."periodStart", p."periodEnd", p.gross::text AS gross, p.net::text AS net,
            c."claimantId", pe."firstName", pe."lastName",
            (pe."addressLine1" IS NOT NULL AND pe.city IS NOT NULL AND pe."postalCode" IS NOT NULL) AS "hasAddress",
            pr.jurisdiction, pr.code AS "programCode",
            pp.method::text AS "preferenceMethod", pp."routingNumber", pp."accountNumberEncrypted", pp."accountType"::text AS "accountType",
            u.id AS "userId", u."preferredLanguage"::text AS language
          FROM due JOIN "Payment" p ON p.id = due.id
          JOIN "Claim" c ON c.id = p."claimId"
          JOIN "Program" pr ON pr.id = c."programId"
          JOIN "Person" pe ON pe.id = c."claimantId"
          LEFT JOIN LATERAL (SELECT * FROM "PaymentPreference" q WHERE q."personId" = pe.id AND q."retiredAt" IS NULL
                             ORDER BY q."createdAt" DESC LIMIT 1) pp ON true
          LEFT JOIN LATERAL (SELECT id, "preferredLanguage" FROM "User" WHERE "personId" = pe.id ORDER BY "createdAt" LIMIT 1) u ON true
          ORDER BY p.id`;
        if (candidates.length === 0) return null;
        // A payment that cannot go the way it was scheduled must not stop the others: a direct
        // deposit without usable bank details is paid by check (the CHECK pass of this same run
        // takes it); a check with no mailing address is held for staff. Each says why.
        const payable: DuePayment[] = [];
        const accounts = new Map<string, string>();
        for (const payment of candidates) {
          let problem: string | null = null;
          if (method === "ACH") {
            problem = achProblem(
              payment.preferenceMethod === null
                ? undefined
                : {
                    method: payment.preferenceMethod,
                    routingNumber: payment.routingNumber,
                    accountNumberEncrypted: payment.accountNumberEncrypted,
                  },
            );
            if (!problem) {
              try {
                accounts.set(payment.id, pii.open(payment.accountNumberEncrypted!));
              } catch {
                problem = "the bank account number on file cannot be read";
              }
            }
            if (problem) {
              const reason = `Paid by check: ${problem}.`;
              await tx.payment.update({ where: { id: payment.id }, data: { method: "CHECK", statusReason: reason } });
              await recordAuditEvent(
                tx,
                { actor: null },
                {
                  action: "payment.reroute_to_check",
                  entityType: "Payment",
                  entityId: payment.id,
                  changedFields: ["method", "statusReason"],
                  metadata: { claimId: payment.claimId, reason },
                },
              );
              reroutedToCheck++;
              continue;
            }
          } else if (!payment.hasAddress) {
            const reason = "Held: no mailing address on file for a check.";
            await tx.payment.update({ where: { id: payment.id }, data: { status: "HELD", statusReason: reason } });
            await holdTask(tx, payment.claimId, options.runDate);
            await recordAuditEvent(
              tx,
              { actor: null },
              {
                action: "payment.hold",
                entityType: "Payment",
                entityId: payment.id,
                changedFields: ["status", "statusReason"],
                metadata: { claimId: payment.claimId, reason },
              },
            );
            held++;
            continue;
          }
          payable.push(payment);
        }
        // Recover open overpayments by offset, in this same transaction as the payment.
        const offsetNets = await offsetOverpayments(
          tx,
          payable.map((p) => ({
            id: p.id,
            gross: p.gross,
            net: p.net,
            claim: { claimantId: p.claimantId, program: { jurisdiction: p.jurisdiction, code: p.programCode } },
          })),
        );
        const payments: DuePayment[] = [];
        for (const payment of payable) {
          const net = offsetNets.get(payment.id);
          if (net) payment.net = net.toFixed(2);
          if (net && net.lte(0)) {
            // Kept in full: nothing to send.
            await tx.payment.update({
              where: { id: payment.id },
              data: { status: "PAID", paidAt: new Date(), statusReason: "Kept in full to recover an overpayment." },
            });
          } else payments.push(payment);
        }
        if (payments.length === 0) return null;
        const batchId = randomUUID();
        await tx.paymentBatch.create({ data: { id: batchId, method, status: "OPEN", runId: options.runId } });
        // SCHEDULED → IN_BATCH in one statement, with each ACH entry's reference and the masked
        // account it goes to; only rows still SCHEDULED move (they are locked by this run).
        const ids = payments.map((p) => p.id);
        const refs = payments.map((p) => (method === "ACH" ? achIndividualId(p.id) : null));
        const last4 = payments.map((p) => (method === "ACH" ? accounts.get(p.id)!.slice(-4) : null));
        let count: number;
        const checkNumbers = new Map<string, number>();
        if (method === "ACH") {
          count = await tx.$executeRaw`
            UPDATE "Payment" AS p SET status = 'IN_BATCH', "batchId" = ${batchId}::uuid,
              "achReference" = v.ref, "accountLast4" = v.last4
            FROM unnest(${ids}::uuid[], ${refs}::text[], ${last4}::text[]) AS v(id, ref, last4)
            WHERE p.id = v.id AND p.status = 'SCHEDULED'`;
        } else {
          // Each check takes the program's next number: the bank's paid-check file names it back.
          const numbered = await tx.$queryRaw<{ id: string; checkNumber: number }[]>`
            UPDATE "Payment" AS p SET status = 'IN_BATCH', "batchId" = ${batchId}::uuid,
              "checkNumber" = nextval('check_number_seq')
            FROM unnest(${ids}::uuid[]) AS v(id)
            WHERE p.id = v.id AND p.status = 'SCHEDULED'
            RETURNING p.id, p."checkNumber"`;
          for (const row of numbered) checkNumbers.set(row.id, Number(row.checkNumber));
          count = numbered.length;
        }
        const totalNet = payments.reduce((sum, p) => sum.plus(p.net), new Decimal(0));
        const file =
          method === "ACH"
            ? writeAchFile(
                { ...ORIGINATOR, effectiveDate: options.runDate, createdAt: new Date() },
                payments.map((payment) => ({
                  routingNumber: payment.routingNumber!,
                  accountNumber: accounts.get(payment.id)!,
                  accountType: payment.accountType ?? "CHECKING",
                  amount: new Decimal(payment.net),
                  individualId: achIndividualId(payment.id),
                  individualName: `${payment.firstName} ${payment.lastName}`,
                })),
              )
            : checkRegister(payments, checkNumbers);
        await tx.paymentBatch.update({
          where: { id: batchId },
          data: {
            status: "GENERATED",
            count,
            totalNet: totalNet.toFixed(2),
            fileName: `${method.toLowerCase()}-${options.runDate}-${batchId.slice(0, 8)}.${method === "ACH" ? "ach" : "csv"}`,
            fileSha256: createHash("sha256").update(file).digest("hex"),
            settlementDate: method === "ACH" ? fromDateOnly(options.runDate) : null,
            sentAt: new Date(),
          },
        });
        // Kept with the run for staff to download (sealed: it holds account numbers).
        await tx.paymentBatchFile.create({
          data: { batchId, sealed: pii.seal(file), sizeBytes: Buffer.byteLength(file) },
        });
        await tx.$executeRaw`
          UPDATE "Payment" SET status = 'SENT', "sentAt" = now() WHERE id = ANY(${ids}::uuid[]) AND status = 'IN_BATCH'`;
        // Each claimant hears that the money is on its way, in their language, once per payment.
        await queueEmailsInBulk(
          tx,
          payments.flatMap((payment) => {
            if (!payment.userId) return [];
            const language = payment.language === "ES" ? "ES" : "EN";
            const email = paymentSentEmail(language, {
              firstName: payment.firstName,
              claimNumber: payment.claimNumber ?? "",
              net: new Decimal(payment.net).toFixed(2),
              weekStart: toDateOnly(payment.periodStart),
              weekEnd: toDateOnly(payment.periodEnd),
              method,
            });
            return [
              {
                key: `payment-sent:${payment.id}`,
                kind: "PAYMENT_SENT" as const,
                recipientUserId: payment.userId,
                claimId: payment.claimId,
                language,
                ...email,
              },
            ];
          }),
        );
        await recordAuditEvent(
          tx,
          { actor: null },
          {
            action: "paymentBatch.generate",
            entityType: "PaymentBatch",
            entityId: batchId,
            metadata: { method, count, totalNet: totalNet.toFixed(2), runDate: options.runDate },
          },
        );
        return { id: batchId, method, count, totalNet: totalNet.toFixed(2), file };
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    if (batch) batches.push(batch);
  }
  return {
    batches,
    paymentCount: batches.reduce((sum, batch) => sum + batch.count, 0),
    reroutedToCheck,
    held,
  };
}

/** The payment's reference in an ACH entry (15 characters): a return file names it back. */
export function achIndividualId(paymentId: string) {
  return paymentId.replaceAll("-", "").slice(0, 15).toUpperCase();
}

async function holdTask(tx: Prisma.TransactionClient, claimId: string, runDate: string) {
  const open = await tx.task.count({
    where: { claimId, kind: "RESOLVE_PAYMENT", status: { in: ["OPEN", "IN_PROGRESS"] } },
  });
  if (open > 0) return;
  await tx.task.create({
    data: { queue: "PAYMENTS", kind: "RESOLVE_PAYMENT", claimId, dueAt: fromDateOnly(addDays(runDate, 2)) },
  });
}

function checkRegister(
  payments: { id: string; net: string; claimNumber: string | null; firstName: string; lastName: string }[],
  checkNumbers: Map<string, number>,
) {
  const lines = ["check_number,payment_id,claim_number,payee,amount"];
  for (const payment of payments) {
    const number = checkNumbers.get(payment.id);
    if (number === undefined) continue; // not taken into this batch
    const payee = `${payment.firstName} ${payment.lastName}`.replaceAll('"', "'");
    lines.push(
      `${number},${payment.id},${payment.claimNumber ?? ""},"${payee}",${new Decimal(payment.net).toFixed(2)}`,
    );
  }
  return lines.join("\n") + "\n";
}
