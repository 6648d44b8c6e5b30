// A payment run killed part-way, then run again, pays each week exactly once. The run is a
// real process, killed with SIGKILL while its transaction is open; PostgreSQL rolls the
// transaction back, and the next run pays what the killed one did not. To kill it at a known
// point, this test holds an open transaction that has inserted the "payment sent" email of one
// payment: the run's own insert of that email waits for it, after the run has already moved
// its batch's payments to IN_BATCH and SENT inside its transaction.
// PostgreSQL only (two processes cannot share the embedded database).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPiiCipher } from "@openleave/crypto";
import { ensurePaymentRun, executePaymentRun } from "../src/domains/payments/payment-run.ts";
import { scheduleClaimPayments } from "../src/domains/payments/schedule-payments.ts";
import { approvedClaim } from "./support/payments.ts";
import { startTestApi, type TestApi } from "./support/test-api.ts";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const keys = { encryptionKey: randomBytes(32), hashKey: randomBytes(32) };
const pii = createPiiCipher(keys);

let api: TestApi;
beforeAll(async () => {
  if (!onPostgres) return;
  api = await startTestApi();
  await api.db.payment.updateMany({ where: { status: "SCHEDULED" }, data: { status: "CANCELLED" } });
});
afterAll(async () => {
  if (api) await api.close();
});

/** Claims paid by direct deposit and by check, their weeks scheduled, account numbers sealed
 * with the keys the run process is given. */
async function dueClaims(start: string, count: { ach: number; check: number }) {
  const claims: string[] = [];
  for (let i = 0; i < count.ach + count.check; i++)
    claims.push(await approvedClaim(api, { weeks: 2, waitingDays: 0, ach: i < count.ach, withholding: false, start }));
  for (const claimId of claims) await scheduleClaimPayments(api.db, claimId);
  const people = await api.db.claim.findMany({ where: { id: { in: claims } }, select: { claimantId: true } });
  // Each claimant with an account, so each payment sent writes its email.
  await api.db.user.createMany({
    data: people.map((p) => ({
      email: `pay-${p.claimantId}@openleave.test`,
      name: "Pay Test",
      personId: p.claimantId,
    })),
  });
  await api.db.paymentPreference.updateMany({
    where: { personId: { in: people.map((p) => p.claimantId) }, method: "ACH" },
    data: { accountNumberEncrypted: pii.seal("123456789") },
  });
  return claims;
}

function startRunProcess(runId: string): ChildProcess {
  return spawn(
    process.execPath,
    ["--import", "tsx", path.resolve(import.meta.dirname, "support/payment-run-process.ts")],
    {
      env: {
        ...process.env,
        PAYMENT_RUN_DATABASE_URL: api.database.url,
        PAYMENT_RUN_ENCRYPTION_KEY: keys.encryptionKey.toString("hex"),
        PAYMENT_RUN_HASH_KEY: keys.hashKey.toString("hex"),
        PAYMENT_RUN_ID: runId,
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
}

async function until(condition: () => Promise<boolean>, what: string, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether another backend of this database is waiting on a lock. */
async function waitingOnALock(admin: pg.Client) {
  const { rows } = await admin.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
  );
  return rows[0].n > 0;
}

async function openTransactions(admin: pg.Client) {
  const { rows } = await admin.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`,
  );
  return rows[0].n as number;
}

async function paymentsOf(claims: string[]) {
  return api.db.payment.findMany({
    where: { claimId: { in: claims } },
    select: { id: true, status: true, method: true, batchId: true },
  });
}

describe.skipIf(!onPostgres)("a payment run killed part-way", () => {
  for (const method of ["ACH", "CHECK"] as const) {
    it(`pays each week once when killed inside its ${method} batch and run again`, async () => {
      const runDate = method === "ACH" ? "2027-09-20" : "2027-10-18";
      const start = method === "ACH" ? "2027-09-06" : "2027-10-04";
      const claims = await dueClaims(start, { ach: 3, check: 2 });
      const scheduled = await paymentsOf(claims);
      expect(scheduled).toHaveLength(10);
      const blocker = scheduled.find((p) => p.method === method)!;
      const { run } = await ensurePaymentRun(api.db, runDate, null);

      // Hold the blocking payment's email key in an open transaction of our own.
      const holder = new pg.Client({ connectionString: api.database.url });
      await holder.connect();
      const admin = new pg.Client({ connectionString: api.database.url });
      await admin.connect();
      const recipient = await api.db.user.findFirstOrThrow({ select: { id: true } });
      let child: ChildProcess | undefined;
      let output = "";
      try {
        await holder.query("BEGIN");
        await holder.query(
          `INSERT INTO "EmailOutbox" (id, key, kind, "recipientUserId", language, subject, body)
           VALUES (gen_random_uuid(), $1, 'PAYMENT_SENT', $2, 'EN', 'held by the test', 'held by the test')`,
          [`payment-sent:${blocker.id}`, recipient.id],
        );
        child = startRunProcess(run.id);
        child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
        const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
        await until(() => waitingOnALock(admin), `the run to wait on the held email (run's stderr: ${output})`);
        child.kill("SIGKILL");
        await exited;
        await holder.query("ROLLBACK");
        await until(async () => (await openTransactions(admin)) === 0, "the killed run's transaction to end");
      } finally {
        child?.kill("SIGKILL");
        await holder.end().catch(() => {});
        await admin.end();
      }

      // Killed: its open batch rolled back whole. A CHECK kill comes after the ACH batch committed.
      const afterKill = await paymentsOf(claims);
      expect(afterKill.filter((p) => p.status === "IN_BATCH")).toEqual([]);
      const sentBeforeRerun = afterKill.filter((p) => p.status === "SENT");
      expect(sentBeforeRerun.map((p) => p.method)).toEqual(
        method === "ACH" ? [] : ["ACH", "ACH", "ACH", "ACH", "ACH", "ACH"],
      );
      expect(await api.db.paymentBatch.count({ where: { runId: run.id, method } })).toBe(0);

      // Run again: everything paid, once, each payment in exactly one batch, one email each.
      const done = await executePaymentRun(api.db, pii, run.id);
      const paid = await paymentsOf(claims);
      expect(paid.every((p) => p.status === "SENT" && p.batchId)).toBe(true);
      expect(done).toMatchObject({ status: "DONE", paymentCount: 10 });
      const batches = await api.db.paymentBatch.findMany({ where: { runId: run.id } });
      expect(batches.map((b) => b.method).sort()).toEqual(["ACH", "CHECK"]);
      for (const batch of batches) expect(paid.filter((p) => p.batchId === batch.id)).toHaveLength(batch.count ?? -1);
      // Sent before the rerun stays in its first batch.
      for (const before of sentBeforeRerun) expect(paid.find((p) => p.id === before.id)!.batchId).toBe(before.batchId);
      const emails = await api.db.emailOutbox.groupBy({
        by: ["key"],
        where: { key: { in: paid.map((p) => `payment-sent:${p.id}`) } },
        _count: true,
      });
      expect(emails).toHaveLength(10);
      expect(emails.every((e) => e._count === 1)).toBe(true);
      // And a third time pays nothing more.
      expect((await executePaymentRun(api.db, pii, run.id)).paymentCount).toBe(10);
    });
  }
});
