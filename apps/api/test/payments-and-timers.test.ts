// Payments, timers and the job queue against the real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): schedule from an approved claim, runs that pay each week once even when
// two run concurrently or one is repeated, the NACHA file's totals, and deadlines that expire.
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, fromDateOnly } from "@openleave/db";
import { startTestApi, type TestApi } from "./support/test-api.ts";
import { scheduleClaimPayments, weeksFor } from "../src/domains/payments/schedule-payments.ts";
import { runPayments } from "../src/domains/payments/run-payments.ts";
import { runTimers } from "../src/domains/timers/run-timers.ts";
import { claimNextJob, enqueueJob } from "../src/jobs/job-queue.ts";
import { drainQueue, enqueueRecurringJobs } from "../src/jobs/worker.ts";
import { checkNachaFile } from "./support/nacha-check.ts";
import { approvedClaim as approvedClaimIn } from "./support/payments.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // The seed's demo payments would join the runs; these tests count their own.
  await api.db.payment.updateMany({ where: { status: "SCHEDULED" }, data: { status: "CANCELLED" } });
});
afterAll(() => api.close());

const START = "2026-01-05"; // a Monday
const approvedClaim = (options: Parameters<typeof approvedClaimIn>[1]) => approvedClaimIn(api, options);

describe("weekly amounts", () => {
  it("leaves the waiting week unpaid and prorates a partial week by days", () => {
    const weeks = weeksFor({
      weeklyBenefit: new Decimal("700"),
      start: START,
      end: addDays(START, 16),
      waitingPeriodDays: 7,
    });
    expect(weeks.map((w) => [w.periodStart, w.gross.toFixed(2)])).toEqual([
      ["2026-01-12", "700.00"],
      ["2026-01-19", "300.00"], // 3 of 7 days
    ]);
  });
  it("pays a reduced schedule by the share of hours on leave", () => {
    const weeks = weeksFor({
      weeklyBenefit: new Decimal("700"),
      start: START,
      end: addDays(START, 6),
      waitingPeriodDays: 0,
      reducedShare: new Decimal(16).div(40),
    });
    expect(weeks[0]!.gross.toFixed(2)).toBe("280.00");
  });
});

describe("intermittent leave", () => {
  it("pays the weeks the claimant reported hours in, by the share of regular hours, after the waiting week", async () => {
    const claimId = await approvedClaim({ weeks: 4, waitingDays: 7, ach: false, withholding: false });
    await api.db.claim.update({ where: { id: claimId }, data: { regularHoursPerWeek: "40" } });
    const period = await api.db.leavePeriod.findFirstOrThrow({ where: { claimId } });
    await api.db.leavePeriod.update({
      where: { id: period.id },
      data: { kind: "INTERMITTENT", episodesPerMonth: 4, hoursPerEpisode: "8" },
    });
    const reporter = await api.db.user.findFirstOrThrow();
    const report = (weekStart: string, hours: string) =>
      api.db.leaveHoursReport.create({
        data: {
          claimId,
          leavePeriodId: period.id,
          weekStart: fromDateOnly(weekStart),
          hours,
          reportedById: reporter.id,
        },
      });
    // Week 1 serves the waiting week; week 2 had no leave; weeks 3 and 4: 10 and 60 hours.
    await report(START, "8");
    await report(addDays(START, 14), "10");
    await report(addDays(START, 21), "60");

    expect(await scheduleClaimPayments(api.db, claimId)).toBe(2);
    const payments = await api.db.payment.findMany({ where: { claimId }, orderBy: { periodStart: "asc" } });
    expect(payments.map((p) => [toDate(p.periodStart), toDate(p.periodEnd), p.gross.toFixed(2)])).toEqual([
      [addDays(START, 14), addDays(START, 20), "175.00"], // 10 of 40 hours of $700
      [addDays(START, 21), addDays(START, 27), "700.00"], // more than a week's hours: the whole benefit
    ]);
    // A week reported later is paid on the next schedule; the others are not paid twice.
    await report(addDays(START, 7), "20");
    expect(await scheduleClaimPayments(api.db, claimId)).toBe(1);
    const added = await api.db.payment.findFirstOrThrow({
      where: { claimId, periodStart: fromDateOnly(addDays(START, 7)) },
    });
    expect(added.gross.toFixed(2)).toBe("350.00");
    // The runs below count every payment due: these are not theirs.
    await api.db.payment.updateMany({ where: { claimId }, data: { status: "CANCELLED" } });
  });
});

const toDate = (value: Date) => value.toISOString().slice(0, 10);

describe("schedule and run", () => {
  it("schedules each week once, withholds 10% when elected, and two concurrent runs pay each once", async () => {
    const claims = await Promise.all([
      approvedClaim({ weeks: 4, waitingDays: 7, ach: true, withholding: true }),
      approvedClaim({ weeks: 3, waitingDays: 0, ach: false, withholding: false }),
      approvedClaim({ weeks: 2, waitingDays: 0, ach: true, withholding: false, reducedHours: "20" }),
    ]);
    for (const claimId of claims) await scheduleClaimPayments(api.db, claimId);
    // Scheduling again (the daily job repeats) creates nothing.
    for (const claimId of claims) expect(await scheduleClaimPayments(api.db, claimId)).toBe(0);
    const first = await api.db.payment.findMany({ where: { claimId: claims[0] }, orderBy: { periodStart: "asc" } });
    expect(first.map((p) => [p.gross.toFixed(2), p.federalWithholding.toFixed(2), p.net.toFixed(2)])).toEqual([
      ["700.00", "70.00", "630.00"],
      ["700.00", "70.00", "630.00"],
      ["700.00", "70.00", "630.00"],
    ]);
    const reduced = await api.db.payment.findMany({ where: { claimId: claims[2] } });
    expect(reduced.map((p) => p.gross.toFixed(2))).toEqual(["350.00", "350.00"]);

    const runDate = "2026-03-01";
    const [a, b] = await Promise.all([
      runPayments(api.db, api.pii, { runDate }),
      runPayments(api.db, api.pii, { runDate }),
    ]);
    const again = await runPayments(api.db, api.pii, { runDate });
    expect(again.paymentCount).toBe(0);
    expect(a.paymentCount + b.paymentCount).toBe(3 + 3 + 2);
    const sent = await api.db.payment.findMany({ where: { claimId: { in: claims } } });
    expect(sent.every((p) => p.status === "SENT" && p.batchId)).toBe(true);
    const check = sent.filter((p) => p.claimId === claims[1]);
    expect(check.every((p) => p.method === "CHECK")).toBe(true);

    const achBatches = [...a.batches, ...b.batches].filter((batch) => batch.method === "ACH");
    for (const batch of achBatches) {
      const parsed = checkNachaFile(batch.file);
      expect(parsed.entries).toHaveLength(batch.count);
      expect(new Decimal(parsed.totalCreditCents).div(100).toFixed(2)).toBe(batch.totalNet);
      expect(parsed.entries.reduce((sum, e) => sum + e.amount, 0)).toBe(parsed.totalCreditCents);
    }
    // The account number is in the file (the bank needs it) but never in the database in clear.
    expect(achBatches.some((batch) => batch.file.includes("123456789"))).toBe(true);
  });
});

describe("payments that cannot go as asked", () => {
  it("pays by check a direct deposit without usable bank details, holds a check without an address, and pays the rest", async () => {
    const [good, noAccount, badRouting, noAddress] = await Promise.all([
      approvedClaim({ weeks: 2, waitingDays: 0, ach: true, withholding: false }),
      approvedClaim({ weeks: 2, waitingDays: 0, ach: true, withholding: false, unusableBank: "no-account" }),
      approvedClaim({ weeks: 2, waitingDays: 0, ach: true, withholding: false, unusableBank: "bad-routing" }),
      approvedClaim({ weeks: 2, waitingDays: 0, ach: false, withholding: false, noAddress: true }),
    ]);
    for (const claimId of [good, noAccount, badRouting, noAddress]) await scheduleClaimPayments(api.db, claimId);
    // Scheduled as ACH while the details looked usable; they stopped being so before the run.
    await api.db.payment.updateMany({ where: { claimId: { in: [noAccount, badRouting] } }, data: { method: "ACH" } });
    const run = await runPayments(api.db, api.pii, { runDate: "2026-03-01" });
    expect(run.reroutedToCheck).toBe(4);
    expect(run.held).toBe(2);
    const byClaim = async (claimId: string) =>
      api.db.payment.findMany({ where: { claimId }, orderBy: { periodStart: "asc" } });
    expect((await byClaim(good)).map((p) => [p.status, p.method])).toEqual([
      ["SENT", "ACH"],
      ["SENT", "ACH"],
    ]);
    for (const claimId of [noAccount, badRouting]) {
      const payments = await byClaim(claimId);
      expect(payments.map((p) => [p.status, p.method])).toEqual([
        ["SENT", "CHECK"],
        ["SENT", "CHECK"],
      ]);
      expect(payments[0]!.statusReason).toMatch(/^Paid by check: /);
    }
    expect((await byClaim(badRouting))[0]!.statusReason).toContain("routing number");
    const heldPayments = await byClaim(noAddress);
    expect(heldPayments.map((p) => p.status)).toEqual(["HELD", "HELD"]);
    expect(heldPayments[0]!.statusReason).toContain("mailing address");
    expect(await api.db.task.count({ where: { claimId: noAddress, kind: "RESOLVE_PAYMENT", status: "OPEN" } })).toBe(1);
    const ach = run.batches.find((batch) => batch.method === "ACH")!;
    expect(checkNachaFile(ach.file).entries).toHaveLength(2);
    const check = run.batches.find((batch) => batch.method === "CHECK")!;
    expect(check.count).toBe(4);
    expect(await api.db.auditEvent.count({ where: { action: "payment.reroute_to_check" } })).toBe(4);
  });
});

describe("timers", () => {
  it("expires a past-due employer response once: task closed, claim to review, audited", async () => {
    const response = await api.db.employerResponse.findFirstOrThrow({
      where: { status: "PENDING" },
      include: { claim: true },
    });
    const today = addDays(response.dueDate.toISOString().slice(0, 10), 1);
    const noon = new Date(`${today}T12:00:00Z`);
    const results = await Promise.all([runTimers(api.db, noon), runTimers(api.db, noon)]);
    expect(results.reduce((sum, r) => sum + r.employerResponsesExpired, 0)).toBeGreaterThanOrEqual(1);
    const after = await api.db.employerResponse.findUniqueOrThrow({
      where: { id: response.id },
      include: { claim: true },
    });
    expect(after.status).toBe("EXPIRED");
    const openTasks = await api.db.task.count({
      where: { claimId: response.claimId, kind: "EMPLOYER_RESPONSE", status: { in: ["OPEN", "IN_PROGRESS"] } },
    });
    expect(openTasks).toBe(0);
    if (response.claim.status === "PENDING_EMPLOYER_RESPONSE") expect(after.claim.status).toBe("IN_REVIEW");
    const audits = await api.db.auditEvent.count({
      where: { action: "employerResponse.expire", entityId: response.id },
    });
    expect(audits).toBe(1);
  });
});

describe("timers in each program's time zone", () => {
  it("passes a Massachusetts deadline at midnight in Boston while it is still that day in Seattle", async () => {
    const responseIn = async (jurisdiction: string) =>
      api.db.employerResponse.findFirstOrThrow({ where: { claim: { program: { jurisdiction } } } });
    const [massachusetts, washington] = [await responseIn("MA"), await responseIn("WA")];
    await api.db.employerResponse.updateMany({
      where: { id: { in: [massachusetts.id, washington.id] } },
      data: { status: "PENDING", dueDate: fromDateOnly("2027-02-10") },
    });
    const statusOf = async (id: string) => (await api.db.employerResponse.findUniqueOrThrow({ where: { id } })).status;

    // 1 a.m. on 11 February in Boston is 10 p.m. on 10 February in Seattle.
    await runTimers(api.db, new Date("2027-02-11T06:00:00Z"));
    expect(await statusOf(massachusetts.id)).toBe("EXPIRED");
    expect(await statusOf(washington.id)).toBe("PENDING");
    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { action: "employerResponse.expire", entityId: massachusetts.id },
    });
    expect(audit.metadata).toMatchObject({ today: "2027-02-11" });

    // Two hours later it is 11 February in Seattle too.
    await runTimers(api.db, new Date("2027-02-11T08:00:00Z"));
    expect(await statusOf(washington.id)).toBe("EXPIRED");
  });
});

describe("job queue", () => {
  it("enqueues a key once, hands a job to one taker, and the worker runs the daily jobs", async () => {
    await enqueueJob(api.db, "payments.run", { key: "test-once", payload: { today: "2026-03-01" } });
    await enqueueJob(api.db, "payments.run", { key: "test-once", payload: { today: "2026-03-01" } });
    expect(await api.db.job.count({ where: { key: "test-once" } })).toBe(1);
    const [x, y] = await Promise.all([claimNextJob(api.db), claimNextJob(api.db)]);
    expect([x, y].filter(Boolean)).toHaveLength(1);
    await api.db.job.deleteMany({});
    await enqueueRecurringJobs(api.db, "2026-03-02", new Date("2026-03-02T18:20:00Z"));
    await enqueueRecurringJobs(api.db, "2026-03-02", new Date("2026-03-02T18:40:00Z"));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // Timers, the premium backfill, the schedule, settlement and the day's payment run: each once.
    expect(await drainQueue({ db: api.db, pii: api.pii })).toBe(5);
    const jobs = await api.db.job.findMany({ orderBy: { name: "asc" } });
    expect(jobs.map((job) => [job.name, job.status])).toEqual([
      ["payments.run", "DONE"],
      ["payments.schedule", "DONE"],
      ["payments.settle", "DONE"],
      ["premiums.backfill", "DONE"],
      ["timers.run", "DONE"],
    ]);
  });
});
