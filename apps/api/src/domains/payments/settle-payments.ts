// Settlement: a direct deposit is SENT when its ACH file is generated and settled (PAID) once
// the file's settlement date (its effective entry date) has passed — the daily job
// `payments.settle`. Each batch settles once: its payments move SENT → PAID only if still SENT
// (a payment returned meanwhile stays RETURNED), and the batch is marked in the same
// transaction, audited. Checks settle when cashed, which the program learns from its bank's
// paid-check file; until that import exists a check stays SENT.
import { fromDateOnly, type Database } from "@openleave/db";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";

export async function settlePayments(db: Database, today: string) {
  const due = await db.paymentBatch.findMany({
    where: { method: "ACH", settledAt: null, settlementDate: { lt: fromDateOnly(today) } },
    select: { id: true },
    orderBy: { settlementDate: "asc" },
  });
  let batches = 0;
  let payments = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      const { count: claimed } = await tx.paymentBatch.updateMany({
        where: { id, settledAt: null },
        data: { status: "SETTLED", settledAt: new Date() },
      });
      if (claimed === 0) return; // another worker settled it
      const { count } = await tx.payment.updateMany({
        where: { batchId: id, status: "SENT" },
        data: { status: "PAID", paidAt: new Date() },
      });
      await recordAuditEvent(
        tx,
        { actor: null },
        {
          action: "paymentBatch.settle",
          entityType: "PaymentBatch",
          entityId: id,
          changedFields: ["status", "settledAt"],
          metadata: { payments: count, today },
        },
      );
      batches++;
      payments += count;
    });
  }
  return { batches, payments };
}
