// A payment run is a row before it is work: one per run date, keyed so that the daily job and
// any number of staff pressing "start" at once all get the same run and the same queued job.
// The job then pays what is due (runPayments) and records the run's totals from its batches,
// so a run repeated after a crash counts what all its attempts sent.
import Decimal from "decimal.js";
import { fromDateOnly, type Database, type Prisma } from "@openleave/db";
import type { PiiCipher } from "@openleave/crypto";
import { enqueueJob } from "../../jobs/job-queue.ts";
import { runPayments } from "./run-payments.ts";

type Client = Database | Prisma.TransactionClient;

export const paymentRunKey = (runDate: string) => `payment-run:${runDate}`;

/** The run for a date, created if missing, with its job queued. `created` is true for the one
 * caller whose insert made it. */
export async function ensurePaymentRun(db: Client, runDate: string, startedById: string | null, runAt?: Date) {
  const key = paymentRunKey(runDate);
  const { count } = await db.paymentRun.createMany({
    data: [{ key, runDate: fromDateOnly(runDate), startedById }],
    skipDuplicates: true,
  });
  const run = await db.paymentRun.findUniqueOrThrow({ where: { key } });
  if (count === 1) {
    await enqueueJob(db, "payments.run", {
      key: `payments.run:${runDate}`,
      payload: { runId: run.id, today: runDate },
      runAt,
    });
  }
  return { run, created: count === 1 };
}

export async function executePaymentRun(db: Database, pii: PiiCipher, runId: string) {
  const run = await db.paymentRun.findUniqueOrThrow({ where: { id: runId } });
  if (run.status === "DONE") return run;
  await db.paymentRun.update({
    where: { id: runId },
    data: { status: "RUNNING", startedAt: run.startedAt ?? new Date(), lastError: null },
  });
  const runDate = run.runDate.toISOString().slice(0, 10);
  try {
    const result = await runPayments(db, pii, { runDate, runId });
    const batches = await db.paymentBatch.findMany({ where: { runId }, select: { count: true, totalNet: true } });
    return await db.paymentRun.update({
      where: { id: runId },
      data: {
        status: "DONE",
        finishedAt: new Date(),
        paymentCount: batches.reduce((sum, batch) => sum + batch.count, 0),
        totalNet: batches.reduce((sum, batch) => sum.plus(batch.totalNet.toString()), new Decimal(0)).toFixed(2),
        reroutedToCheck: { increment: result.reroutedToCheck },
        held: { increment: result.held },
      },
    });
  } catch (error) {
    await db.paymentRun.update({
      where: { id: runId },
      data: { status: "FAILED", lastError: (error instanceof Error ? error.message : String(error)).slice(0, 2_000) },
    });
    throw error;
  }
}
