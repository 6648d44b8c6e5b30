// The worker: takes jobs from the queue and runs their handler; enqueues the timers every hour
// and the payment run every day (their keys name the hour or day, so several workers enqueue
// each once).
import { setTimeout as sleep } from "node:timers/promises";
import type { Database, Prisma } from "@openleave/db";
import { todayIn } from "@openleave/db";
import type { PiiCipher } from "@openleave/crypto";
import { runTimers, type TimerOptions } from "../domains/timers/run-timers.ts";
import { issueMissingPremiumStatements } from "../domains/premiums/issue-premium-statements.ts";
import { reconcileClaimPayments } from "../domains/payments/overpayments.ts";
import { ensurePaymentRun, executePaymentRun, paymentRunKey } from "../domains/payments/payment-run.ts";
import { schedulePaymentsForApprovedClaims } from "../domains/payments/schedule-payments.ts";
import { settlePayments } from "../domains/payments/settle-payments.ts";
import type { Mailer } from "../mail/mailer.ts";
import { sendPendingEmails } from "../domains/notifications/email-outbox.ts";
import { claimNextJob, completeJob, enqueueJob, failJob } from "./job-queue.ts";

export interface WorkerContext {
  db: Database;
  pii: PiiCipher;
  /** Sends the email outbox; without it, messages wait in the outbox. */
  mailer?: Mailer;
  /** The deployment's calendar for payment run dates (Pacific by default). Deadlines use each
   * program's own zone. */
  timeZone?: string;
  /** The portal's address (links in employer reminders) and the deployment's program policy. */
  timers?: TimerOptions;
  log?: { info(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

/** The calendar of the daily jobs and payment run dates (the deployment's, not a program's). */
export const JOBS_TIME_ZONE = "America/Los_Angeles";

type Handler = (ctx: WorkerContext, payload: Record<string, unknown>) => Promise<Prisma.InputJsonValue | undefined>;

export const JOB_HANDLERS: Record<string, Handler> = {
  // Jobs queued before timers ran hourly name only the day: noon UTC is that day in every US zone.
  "timers.run": async (ctx, payload) => ({
    ...(await runTimers(ctx.db, new Date(payload.at ? String(payload.at) : `${payload.today}T12:00:00Z`), ctx.timers)),
  }),
  // Quarters with wages on file but no stored premium statement (e.g. loaded by the demo seed).
  "premiums.backfill": async (ctx) => ({ issued: await issueMissingPremiumStatements(ctx.db) }),
  "payments.schedule": async (ctx, payload) => ({
    ...(await schedulePaymentsForApprovedClaims(ctx.db, String(payload.today))),
  }),
  "payments.settle": async (ctx, payload) => ({ ...(await settlePayments(ctx.db, String(payload.today))) }),
  "payments.reconcile": async (ctx, payload) => ({
    ...(await reconcileClaimPayments(
      ctx.db,
      String(payload.claimId),
      payload.determinationId ? String(payload.determinationId) : null,
    )),
  }),
  "payments.run": async (ctx, payload) => {
    // Jobs queued before runs had rows name only the day.
    const runId = payload.runId
      ? String(payload.runId)
      : (await ensurePaymentRun(ctx.db, String(payload.today), null)).run.id;
    const run = await executePaymentRun(ctx.db, ctx.pii, runId);
    return { runId, payments: run.paymentCount, totalNet: run.totalNet.toFixed(2) };
  },
};

/** Enqueues the recurring jobs; safe from any number of workers at once. `today` is the
 * deployment's date (payment runs); the timers run every hour, because each program's deadlines
 * pass at midnight where its agency is, from Puerto Rico to Hawaii. */
export async function enqueueRecurringJobs(db: Database, today: string, now: Date = new Date()) {
  const hour = now.toISOString().slice(0, 13);
  await enqueueJob(db, "timers.run", { key: `timers.run:${hour}`, payload: { at: `${hour}:00:00.000Z` } });
  await enqueueJob(db, "premiums.backfill", { key: `premiums.backfill:${today}`, payload: { today } });
  await enqueueJob(db, "payments.schedule", { key: `payments.schedule:${today}`, payload: { today } });
  await enqueueJob(db, "payments.settle", { key: `payments.settle:${today}`, payload: { today } });
  // The day's payment run (the same one staff may start by hand), after scheduling.
  const existing = await db.paymentRun.findUnique({ where: { key: paymentRunKey(today) }, select: { id: true } });
  if (!existing) await ensurePaymentRun(db, today, null, new Date(Date.now() + 1_000));
}

/** Runs jobs until none is due. Returns how many ran. */
export async function drainQueue(ctx: WorkerContext): Promise<number> {
  let ran = 0;
  for (;;) {
    const job = await claimNextJob(ctx.db);
    if (!job) return ran;
    ran++;
    const handler = JOB_HANDLERS[job.name];
    try {
      if (!handler) throw new Error(`No handler for job ${job.name}`);
      const result = await handler(ctx, (job.payload ?? {}) as Record<string, unknown>);
      await completeJob(ctx.db, job.id, result);
      ctx.log?.info({ job: job.name, id: job.id }, "Job done");
    } catch (error) {
      await failJob(ctx.db, job, error);
      ctx.log?.error({ job: job.name, id: job.id, err: error }, "Job failed; will retry if attempts remain");
    }
  }
}

/** Polls until the signal aborts. */
export async function runWorker(ctx: WorkerContext, options: { pollMs?: number; signal: AbortSignal }) {
  const pollMs = options.pollMs ?? 5_000;
  while (!options.signal.aborted) {
    try {
      await enqueueRecurringJobs(ctx.db, todayIn(ctx.timeZone ?? JOBS_TIME_ZONE));
      await drainQueue(ctx);
      if (ctx.mailer) await sendPendingEmails(ctx.db, ctx.mailer);
    } catch (error) {
      ctx.log?.error({ err: error }, "Worker loop error; retrying");
    }
    // The promise form removes its abort listener when the timer fires; a listener added by
    // hand on every poll stayed on the signal for the life of the process.
    await sleep(pollMs, undefined, { signal: options.signal }).catch(() => undefined);
  }
}
