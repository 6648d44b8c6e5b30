// A payment run: the due scheduled payments become batches, one per method. Each run takes its
// payments with FOR UPDATE SKIP LOCKED inside one transaction and moves them SCHEDULED →
// IN_BATCH → SENT only if still SCHEDULED, so two concurrent runs, a run repeated, or a run
// killed part-way (its transaction rolls back) pay each week once.
import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { addDays, fromDateOnly, Prisma, toDateOnly, type Database } from "@openleave/db";
import type { PiiCipher } from "@openleave/crypto";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { writeAchFile } from "./nacha.ts";
import { offsetOverpayments } from "./overpayments.ts";
import { queueEmails } from "../notifications/email-outbox.ts";
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

export async function runPayments(db: Database, pii: PiiCipher, options: PaymentRunOptions) {
  const batches: RunBatch[] = [];
  let reroutedToCheck = 0;
  let held = 0;
  for (const method of ["ACH", "CHECK"] as const) {
    const batch = await db.$transaction(
      async (tx) => {
        const due = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Payment"
          WHERE status = 'SCHEDULED' AND method = ${method}::"PaymentMethod" AND "scheduledFor" <= ${fromDateOnly(options.runDate)}
          ORDER BY "scheduledFor", id
          LIMIT ${options.limit ?? 200_000}
          FOR UPDATE SKIP LOCKED`;
        if (due.length === 0) return null;
        const candidates = await tx.payment.findMany({
          where: { id: { in: due.map((row) => row.id) }, status: "SCHEDULED" },
          orderBy: { id: "asc" },
          include: {
            claim: {
              include: {
                program: { select: { jurisdiction: true, code: true } },
                claimant: {
                  include: {
                    paymentPreferences: { where: { retiredAt: null }, orderBy: { createdAt: "desc" }, take: 1 },
                    user: { select: { id: true, preferredLanguage: true } },
                  },
                },
              },
            },
          },
        });
        // A payment that cannot go the way it was scheduled must not stop the others: a direct
        // deposit without usable bank details is paid by check (the CHECK pass of this same run
        // takes it); a check with no mailing address is held for staff. Each says why.
        const payable: typeof candidates = [];
        const accounts = new Map<string, string>();
        for (const payment of candidates) {
          const claimant = payment.claim.claimant;
          const preference = claimant.paymentPreferences[0];
          let problem: string | null = null;
          if (method === "ACH") {
            problem = achProblem(preference);
            if (!problem) {
              try {
                accounts.set(payment.id, pii.open(preference!.accountNumberEncrypted!));
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
          } else if (!claimant.addressLine1 || !claimant.city || !claimant.postalCode) {
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
        const offsetNets = await offsetOverpayments(tx, payable);
        for (const payment of [...payable]) {
          const net = offsetNets.get(payment.id);
          if (!net) continue;
          payment.net = new Prisma.Decimal(net.toFixed(2));
          if (net.lte(0)) {
            // Kept in full: nothing to send.
            payable.splice(payable.indexOf(payment), 1);
            await tx.payment.update({
              where: { id: payment.id },
              data: { status: "PAID", paidAt: new Date(), statusReason: "Kept in full to recover an overpayment." },
            });
          }
        }
        if (payable.length === 0) return null;
        const batchId = randomUUID();
        await tx.paymentBatch.create({ data: { id: batchId, method, status: "OPEN", runId: options.runId } });
        const { count } = await tx.payment.updateMany({
          where: { id: { in: payable.map((payment) => payment.id) }, status: "SCHEDULED" },
          data: { status: "IN_BATCH", batchId },
        });
        const payments = payable;
        if (method === "ACH") {
          // One statement for the batch: each entry's reference and the masked account it went to.
          await tx.$executeRaw`
            UPDATE "Payment" AS p SET "achReference" = v.ref, "accountLast4" = v.last4
            FROM unnest(${payments.map((p) => p.id)}::uuid[], ${payments.map((p) => achIndividualId(p.id))}::text[],
                        ${payments.map((p) => accounts.get(p.id)!.slice(-4))}::text[]) AS v(id, ref, last4)
            WHERE p.id = v.id`;
        }
        const totalNet = payments.reduce((sum, p) => sum.plus(p.net.toString()), new Decimal(0));
        const file =
          method === "ACH"
            ? writeAchFile(
                { ...ORIGINATOR, effectiveDate: options.runDate, createdAt: new Date() },
                payments.map((payment) => {
                  const preference = payment.claim.claimant.paymentPreferences[0]!;
                  return {
                    routingNumber: preference.routingNumber!,
                    accountNumber: accounts.get(payment.id)!,
                    accountType: preference.accountType ?? "CHECKING",
                    amount: new Decimal(payment.net.toString()),
                    individualId: achIndividualId(payment.id),
                    individualName: `${payment.claim.claimant.firstName} ${payment.claim.claimant.lastName}`,
                  };
                }),
              )
            : checkRegister(payments);
        await tx.paymentBatch.update({
          where: { id: batchId },
          data: {
            status: "GENERATED",
            count,
            totalNet: totalNet.toFixed(2),
            fileName: `${method.toLowerCase()}-${options.runDate}-${batchId.slice(0, 8)}.${method === "ACH" ? "ach" : "csv"}`,
          },
        });
        await tx.payment.updateMany({
          where: { batchId, status: "IN_BATCH" },
          data: { status: "SENT", sentAt: new Date() },
        });
        // Each claimant hears that the money is on its way, in their language, once per payment.
        await queueEmails(
          tx,
          payments.flatMap((payment) => {
            const user = payment.claim.claimant.user;
            if (!user) return [];
            const email = paymentSentEmail(user.preferredLanguage, {
              firstName: payment.claim.claimant.firstName,
              claimNumber: payment.claim.claimNumber ?? "",
              net: new Decimal(payment.net.toString()).toFixed(2),
              weekStart: toDateOnly(payment.periodStart),
              weekEnd: toDateOnly(payment.periodEnd),
              method,
            });
            return [
              {
                key: `payment-sent:${payment.id}`,
                kind: "PAYMENT_SENT" as const,
                recipientUserId: user.id,
                claimId: payment.claimId,
                language: user.preferredLanguage,
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
  payments: {
    id: string;
    net: { toString(): string };
    periodStart: Date;
    claim: { claimNumber: string | null; claimant: { firstName: string; lastName: string } };
  }[],
) {
  const lines = ["check_number,payment_id,claim_number,payee,amount"];
  payments.forEach((payment, index) => {
    const payee = `${payment.claim.claimant.firstName} ${payment.claim.claimant.lastName}`.replaceAll('"', "'");
    lines.push(
      `${100001 + index},${payment.id},${payment.claim.claimNumber ?? ""},"${payee}",${new Decimal(payment.net.toString()).toFixed(2)}`,
    );
  });
  return lines.join("\n") + "\n";
}
