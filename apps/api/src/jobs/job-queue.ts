// A job queue in the product's own database. pg-boss needs a pool of real PostgreSQL
// connections (LISTEN, advisory locks, its own schema and maintenance); the embedded PGlite
// default is one in-process connection that a second process may not open, so one queue that
// runs on both is a table: `Job`, taken with SELECT … FOR UPDATE SKIP LOCKED so that any
// number of workers on PostgreSQL never take the same job, with a lease for crashed workers,
// retries with exponential backoff and a key that makes enqueueing idempotent.
import { randomUUID } from "node:crypto";
import type { Database, Prisma } from "@openleave/db";

export interface EnqueueOptions {
  /** Names the unit of work: a second enqueue with the same key is a no-op. */
  key: string;
  payload?: Prisma.InputJsonValue;
  runAt?: Date;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/** How long a taken job belongs to its worker before another may take it again. */
export const JOB_LEASE_SECONDS = 300;
const BACKOFF_BASE_SECONDS = 10;

export async function enqueueJob(
  db: Database | Prisma.TransactionClient,
  name: string,
  options: EnqueueOptions,
): Promise<void> {
  await db.job.createMany({
    data: [
      {
        id: randomUUID(),
        name,
        key: options.key,
        payload: options.payload ?? {},
        runAt: options.runAt ?? new Date(),
        maxAttempts: options.maxAttempts ?? 5,
      },
    ],
    skipDuplicates: true,
  });
}

/** Takes the next due job (or one whose worker's lease ran out), or null. */
export async function claimNextJob(db: Database): Promise<ClaimedJob | null> {
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET status = 'RUNNING', attempts = attempts + 1,
      "lockedUntil" = now() + make_interval(secs => ${JOB_LEASE_SECONDS})
    WHERE id = (
      SELECT id FROM "Job"
      WHERE (status = 'QUEUED' AND "runAt" <= now()) OR (status = 'RUNNING' AND "lockedUntil" < now())
      ORDER BY "runAt" FOR UPDATE SKIP LOCKED LIMIT 1)
    RETURNING id, name, payload, attempts, "maxAttempts"`;
  return rows[0] ?? null;
}

export async function completeJob(db: Database, id: string, result: Prisma.InputJsonValue | undefined) {
  await db.job.update({
    where: { id },
    data: { status: "DONE", finishedAt: new Date(), lockedUntil: null, lastError: null, result },
  });
}

/** Retries later (10 s, 20 s, 40 s…) until the attempts run out, then FAILED for staff to see. */
export async function failJob(db: Database, job: ClaimedJob, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const giveUp = job.attempts >= job.maxAttempts;
  await db.job.update({
    where: { id: job.id },
    data: {
      status: giveUp ? "FAILED" : "QUEUED",
      lastError: message.slice(0, 2_000),
      lockedUntil: null,
      runAt: new Date(Date.now() + BACKOFF_BASE_SECONDS * 1000 * 2 ** (job.attempts - 1)),
      finishedAt: giveUp ? new Date() : null,
    },
  });
}
