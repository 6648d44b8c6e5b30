// A payment run: the due scheduled payments become batches, one per method. Each run takes its
// payments with FOR UPDATE SKIP LOCKED inside one transaction and moves them SCHEDULED →
// IN_BATCH → SENT only if still SCHEDULED, so two concurrent runs, a run repeated, or a run
// killed part-way (its transaction rolls back) pay each week once.
import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { fromDateOnly, type Database } from "@openleave/db";
import type { PiiCipher } from "@openleave/crypto";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { writeAchFile } from "./nacha.ts";

export interface PaymentRunOptions {
  runDate: string;
  /** Cap per run (the rest wait for the next run); keeps one transaction bounded. */
  limit?: number;
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

export async function runPayments(db: Database, pii: PiiCipher, options: PaymentRunOptions) {
  const batches: RunBatch[] = [];
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
        const batchId = randomUUID();
        await tx.paymentBatch.create({ data: { id: batchId, method, status: "OPEN" } });
        const { count } = await tx.payment.updateMany({
          where: { id: { in: due.map((row) => row.id) }, status: "SCHEDULED" },
          data: { status: "IN_BATCH", batchId },
        });
        const payments = await tx.payment.findMany({
          where: { batchId },
          orderBy: { id: "asc" },
          include: {
            claim: {
              include: {
                claimant: {
                  include: {
                    paymentPreferences: { where: { retiredAt: null }, orderBy: { createdAt: "desc" }, take: 1 },
                  },
                },
              },
            },
          },
        });
        const totalNet = payments.reduce((sum, p) => sum.plus(p.net.toString()), new Decimal(0));
        const file =
          method === "ACH"
            ? writeAchFile(
                { ...ORIGINATOR, effectiveDate: options.runDate, createdAt: new Date() },
                payments.map((payment) => {
                  const preference = payment.claim.claimant.paymentPreferences[0]!;
                  return {
                    routingNumber: preference.routingNumber!,
                    accountNumber: pii.open(preference.accountNumberEncrypted!),
                    accountType: preference.accountType ?? "CHECKING",
                    amount: new Decimal(payment.net.toString()),
                    individualId: payment.id.replaceAll("-", "").slice(0, 15),
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
        await tx.payment.updateMany({ where: { batchId, status: "IN_BATCH" }, data: { status: "SENT" } });
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
  return { batches, paymentCount: batches.reduce((sum, batch) => sum + batch.count, 0) };
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
