// Payment-run benchmark (part of `pnpm bench`): BENCH_PAYMENT_CLAIMS (100,000) approved claims,
// four weeks of leave each, through the services the worker runs — the daily schedule (every
// claim's weeks) and the payment run for the day week 1 is due (one payment per claim: ACH file,
// check register, withholding, emails, audit) — each beside the same rows written by one raw SQL
// statement in the same run. Then the run is repeated and run again concurrently, and the
// benchmark throws unless each claim's week was paid exactly once.
//
// Database: PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL points at a server (a scratch
// database is created and dropped), else embedded PGlite in a temporary folder.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { runBenchmark } from "@openleave/bench";
import { addDays, connectDatabase, migrateDatabase, seedDemoData, type DatabaseHandle } from "@openleave/db";
import { createPiiCipher } from "@openleave/crypto";
import { createEmptyPostgresDatabase } from "@openleave/db/testing";
import { schedulePaymentsForApprovedClaims } from "../src/domains/payments/schedule-payments.ts";
import { ensurePaymentRun, executePaymentRun } from "../src/domains/payments/payment-run.ts";
import { runPayments } from "../src/domains/payments/run-payments.ts";

const CLAIMS = Number(process.env.BENCH_PAYMENT_CLAIMS ?? 100_000);
const START = "2027-03-01"; // a Monday; week 1 is due on 03-08
const RUN_DATE = addDays(START, 7);
const TARGET_SECONDS = 60;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** Runs `work`, sampling this process's resident memory; returns seconds and the peak. */
async function timed<T>(work: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      seconds: (performance.now() - started) / 1000,
      peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20,
    };
  } finally {
    clearInterval(sampler);
  }
}

await runBenchmark(
  { id: "payment-run", title: `Payment run over ${CLAIMS.toLocaleString("en-US")} active claims` },
  async (report) => {
    const pii = createPiiCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
    const workDir = mkdtempSync(path.join(tmpdir(), "openleave-payment-bench-"));
    let handle: DatabaseHandle | undefined;
    let drop = async () => {};
    let scratchUrl = "";
    try {
      const seedStarted = Date.now();
      if (serverUrl) {
        const scratch = await createEmptyPostgresDatabase(serverUrl);
        // BENCH_KEEP_DATABASE=1 keeps the scratch database for EXPLAIN sessions afterwards.
        drop = () =>
          process.env.BENCH_KEEP_DATABASE ? (console.log(`kept ${scratch.url}`), Promise.resolve()) : scratch.drop();
        scratchUrl = scratch.url;
        await migrateDatabase({ kind: "postgres", url: scratch.url });
        handle = await connectDatabase({ kind: "postgres", url: scratch.url });
      } else {
        const directory = path.join(workDir, "pglite");
        handle = await connectDatabase({ kind: "embedded", directory });
        await migrateDatabase({ kind: "embedded", pglite: handle.pglite! });
      }
      const db = handle.db;
      await seedDemoData(db, { pii });
      // The demo's own scheduled payments would ride along in the run: only the bulk claims are measured.
      await db.payment.updateMany({ where: { status: "SCHEDULED" }, data: { status: "CANCELLED" } });
      const bulkSql = readFileSync(path.resolve(import.meta.dirname, "payment-claims.sql"), "utf8")
        .replaceAll(":count", String(CLAIMS))
        .replaceAll(":start", START)
        .replaceAll(":sealed", pii.seal("123456789"));
      if (handle.pglite) await handle.pglite.exec(bulkSql);
      else {
        // Several statements in one simple-protocol query: pg, not Prisma (prepared, one at a time).
        const client = new pg.Client({ connectionString: serverUrl && scratchUrl });
        await client.connect();
        await client.query(bulkSql).finally(() => client.end());
      }
      const kind = serverUrl ? "PostgreSQL" : "embedded PGlite";
      report.log(
        `Seeded ${CLAIMS.toLocaleString("en-US")} approved claims on ${kind} in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
      );
      report.context({
        database: kind,
        claims: CLAIMS,
        weeksPerClaim: 4,
        paymentsInRun: CLAIMS,
        achShare: 0.9,
        runDate: RUN_DATE,
      });

      // Baselines: the same payment rows inserted, then sent, by one statement each, into a copy
      // of the Payment table (no file, no email, no audit, no checks).
      await db.$executeRawUnsafe(
        `CREATE TABLE bench_payment_baseline (LIKE "Payment" INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
      );
      const rawSchedule = await timed(() =>
        db.$executeRawUnsafe(`
        INSERT INTO bench_payment_baseline (id, "claimId", "periodStart", "periodEnd", gross, "federalWithholding", net, method, "scheduledFor")
        SELECT gen_random_uuid(), c.id, lp."startDate" + 7 * w, lp."startDate" + 7 * w + 6, d."weeklyBenefitAmount",
          CASE WHEN pp."federalWithholdingElected" THEN round(d."weeklyBenefitAmount" * 0.10, 2) ELSE 0 END,
          d."weeklyBenefitAmount" - CASE WHEN pp."federalWithholdingElected" THEN round(d."weeklyBenefitAmount" * 0.10, 2) ELSE 0 END,
          pp.method, lp."startDate" + 7 * w + 7
        FROM "Claim" c JOIN "LeavePeriod" lp ON lp."claimId" = c.id JOIN "Determination" d ON d."claimId" = c.id
        JOIN "PaymentPreference" pp ON pp."personId" = c."claimantId", generate_series(0, 3) AS w
        WHERE c."claimNumber" LIKE 'PAY-%'`),
      );

      const schedule = await timed(() => schedulePaymentsForApprovedClaims(db, START));
      const expectedScheduled = CLAIMS * 4;
      if (schedule.result.created < expectedScheduled)
        throw new Error(`The schedule created ${schedule.result.created} payments, expected ${expectedScheduled}.`);
      // The schedule also (re)creates the weeks of the demo's approved claims; keep them out of the run.
      await db.payment.updateMany({
        where: { status: "SCHEDULED", claim: { claimNumber: { not: { startsWith: "PAY-" } } } },
        data: { status: "CANCELLED" },
      });
      report.figure({
        key: "payment-schedule.seconds",
        label: `daily schedule, ${expectedScheduled.toLocaleString("en-US")} weeks`,
        unit: "s",
        value: schedule.seconds,
        better: "lower",
        baseline: { label: "one INSERT … SELECT of the same rows", value: rawSchedule.seconds },
      });

      const rawRun = await timed(() =>
        db.$executeRawUnsafe(
          `UPDATE bench_payment_baseline SET status = 'SENT', "sentAt" = now() WHERE status = 'SCHEDULED' AND "scheduledFor" <= DATE '${RUN_DATE}'`,
        ),
      );
      const idleMb = process.memoryUsage().rss / 2 ** 20;
      const run = await timed(async () => {
        const { run } = await ensurePaymentRun(db, RUN_DATE, null);
        return executePaymentRun(db, pii, run.id);
      });
      const paid = run.result.paymentCount;
      if (paid !== CLAIMS) throw new Error(`The run paid ${paid} payments, expected ${CLAIMS}.`);
      report.figure({
        key: "payment-run.seconds",
        label: `payment run, ${CLAIMS.toLocaleString("en-US")} payments`,
        unit: "s",
        value: run.seconds,
        better: "lower",
        baseline: { label: "one UPDATE of the same rows to SENT", value: rawRun.seconds },
        target: { absolute: TARGET_SECONDS },
      });
      report.figure({
        key: "payment-run.payments-per-second",
        label: "payment run throughput",
        unit: "payments/s",
        value: paid / run.seconds,
        better: "higher",
        baseline: { label: "one UPDATE of the same rows to SENT", value: rawRun.result / rawRun.seconds },
      });
      report.figure({
        key: "payment-run.peak-rss",
        label: "peak memory of the process during the run",
        unit: "MB",
        value: run.peakMb,
        better: "lower",
        baseline: { label: "the same process before the run", value: idleMb },
      });

      // Exactly once: the run again, and two more runs of the day at once, pay nothing more.
      const again = await Promise.all([
        executePaymentRun(db, pii, run.result.id),
        runPayments(db, pii, { runDate: RUN_DATE }),
        runPayments(db, pii, { runDate: RUN_DATE }),
      ]);
      const extra = again[1].paymentCount + again[2].paymentCount;
      const [counts] = await db.$queryRawUnsafe<{ sent: bigint; weeks: bigint; emails: bigint }[]>(`
      SELECT (SELECT count(*) FROM "Payment" p JOIN "Claim" c ON c.id = p."claimId" WHERE c."claimNumber" LIKE 'PAY-%' AND p.status = 'SENT') AS sent,
             (SELECT count(DISTINCT "claimId") FROM "Payment" p JOIN "Claim" c ON c.id = p."claimId" WHERE c."claimNumber" LIKE 'PAY-%' AND p.status = 'SENT') AS weeks,
             (SELECT count(*) FROM "EmailOutbox" WHERE kind = 'PAYMENT_SENT') AS emails`);
      if (
        extra !== 0 ||
        Number(counts!.sent) !== CLAIMS ||
        Number(counts!.weeks) !== CLAIMS ||
        Number(counts!.emails) !== CLAIMS
      )
        throw new Error(`Not exactly once: ${JSON.stringify({ extra, ...counts })}`);
      report.note(
        `Exactly once checked: the run repeated and two more runs at once paid nothing more; ${CLAIMS} payments SENT, one per claim, one email each.`,
      );
      report.note(
        "Peak memory is this process's resident set (the API's Node process; the database server is not counted).",
      );
    } finally {
      await handle?.close();
      await drop();
      rmSync(workDir, { recursive: true, force: true });
    }
  },
);
