// Appeal decisions flow into payments, over real HTTP: a claim is decided through the API, the
// appeal is filed, heard and decided through the API, and the worker's queue does the rest.
// A reversal of a denial schedules the approved weeks exactly once (the reconcile job run
// again after a lost lease, and the same reconciliation twice at once beside it); a
// modification that shortens an approved leave already paid records an overpayment for what was
// paid and is no longer owed, and cancels the weeks not yet paid. The claimant and staff read
// the result through GraphQL.
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, toDateOnly } from "@openleave/db";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { todayInPacific } from "./support/dates.ts";
import { DECIDE, decidedClaim, FILE, hearingClock, hearingTime, holdHearings, SCHEDULE } from "./support/appeals.ts";
import { drainQueue } from "../src/jobs/worker.ts";
import { enqueueJob } from "../src/jobs/job-queue.ts";
import { reconcileClaimPayments } from "../src/domains/payments/overpayments.ts";
import { runPayments } from "../src/domains/payments/run-payments.ts";

let api: TestApi;
let maria: ApiClient;
let hr: ApiClient;
let officer: ApiClient;
let supervisor: ApiClient;

beforeAll(async () => {
  api = await startTestApi({ now: hearingClock.now });
  await clearLeaveCalendar(api, DEMO.claimant);
  // The demo's own scheduled payments would ride along in the runs below.
  await api.db.payment.updateMany({ where: { status: "SCHEDULED" }, data: { status: "CANCELLED" } });
  maria = await api.signedIn(DEMO.claimant);
  // Paid by direct deposit, chosen in the portal.
  await maria.mutate(
    "setPaymentPreference",
    `mutation($input: PaymentPreferenceInput!) { setPaymentPreference(input: $input) { __typename
      ... on MutationSetPaymentPreferenceSuccess { data { id } } ... on Error { code message } } }`,
    { input: { method: "ACH", routingNumber: "021000021", accountNumber: "123456789", accountType: "CHECKING" } },
  );
  hr = await api.signedIn(DEMO.leaveAdmin);
  officer = await api.signedIn(DEMO.appealsOfficer);
  supervisor = await api.signedIn(DEMO.supervisor);
});
afterAll(() => api.close());

const PAYMENTS = `query($id: ID!) { claim(id: $id) { status payments { periodStart periodEnd gross net status }
  overpayments { amount balance status reason } } }`;

/** Four weeks of leave, starting `fromToday` days ahead (inside the 60-day filing window). */
function fourWeeks(fromToday: number) {
  const start = addDays(todayInPacific(), fromToday);
  return { start, end: addDays(start, 27) };
}

/** The weekly benefit and waiting days the rules computed for the claim at its decision. */
async function benefitOf(claimId: string) {
  const snapshot = await api.db.eligibilitySnapshot.findFirstOrThrow({
    where: { claimId },
    orderBy: { computedAt: "desc" },
  });
  return { weekly: new Decimal(snapshot.weeklyBenefitAmount!.toString()), waitingDays: snapshot.waitingPeriodDays };
}

async function fileAndHear(appellant: ApiClient, claimId: string, reason: string) {
  const appeal = await appellant.mutate("fileAppeal", FILE, { input: { claimId, reason } });
  await officer.mutate("scheduleHearing", SCHEDULE, {
    input: { appealId: appeal.id, expectedVersion: 1, hearingAt: hearingTime() },
  });
  holdHearings();
  return appeal.id as string;
}

describe("an appeal reversal of a denial", () => {
  it("schedules the approved weeks once, however often the payments hook runs", async () => {
    const leave = fourWeeks(1);
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED", leave);
    // A denial owes nothing: the daily schedule leaves the claim alone.
    await enqueueJob(api.db, "payments.schedule", { key: "payments.schedule:denied", payload: { today: leave.start } });
    await drainQueue({ db: api.db, pii: api.pii });
    expect(await api.db.payment.count({ where: { claimId: claim.claimId } })).toBe(0);

    const appealId = await fileAndHear(maria, claim.claimId, "I sent the birth certificate before the deadline.");
    const decided = await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId,
        expectedVersion: 2,
        outcome: "REVERSED",
        summary: "The certificate arrived in time; the leave is approved.",
        approvedStartDate: leave.start,
        approvedEndDate: leave.end,
      },
    });
    expect(decided).toMatchObject({ status: "DECIDED", outcome: "REVERSED" });
    const replacement = await api.db.determination.findFirstOrThrow({
      where: { claimId: claim.claimId, supersedesId: claim.determinationId },
    });
    // The decision queued the payments hook in its own transaction, keyed by the new determination.
    const job = await api.db.job.findUniqueOrThrow({ where: { key: `payments.reconcile:${replacement.id}` } });
    expect([job.name, job.status]).toEqual(["payments.reconcile", "QUEUED"]);

    // The worker runs the hook, and the same reconciliation runs twice more at the same time.
    const [ran] = await Promise.all([
      drainQueue({ db: api.db, pii: api.pii }),
      reconcileClaimPayments(api.db, claim.claimId, replacement.id),
      reconcileClaimPayments(api.db, claim.claimId, replacement.id),
    ]);
    expect(ran).toBeGreaterThanOrEqual(1);
    // A worker that died after finishing but before saying so: the lease runs out, the job runs again.
    await api.db.job.update({
      where: { id: job.id },
      data: { status: "RUNNING", lockedUntil: new Date(Date.now() - 1_000) },
    });
    expect(await drainQueue({ db: api.db, pii: api.pii })).toBe(1);
    expect((await api.db.job.findUniqueOrThrow({ where: { id: job.id } })).attempts).toBe(2);

    const { weekly, waitingDays } = await benefitOf(claim.claimId);
    expect(waitingDays).toBe(0); // WA: no waiting week for bonding leave
    const { data } = await maria.graphql(PAYMENTS, { id: claim.claimId });
    expect(data.claim.status).toBe("APPROVED");
    expect(data.claim.payments.map((p: { periodStart: string }) => p.periodStart).sort()).toEqual([
      leave.start,
      addDays(leave.start, 7),
      addDays(leave.start, 14),
      addDays(leave.start, 21),
    ]);
    for (const payment of data.claim.payments) {
      expect(payment).toMatchObject({ status: "SCHEDULED", gross: weekly.toFixed(2) });
      expect(payment.periodEnd).toBe(addDays(payment.periodStart, 6));
    }
    expect(data.claim.overpayments).toEqual([]);
    expect(await api.db.payment.count({ where: { claimId: claim.claimId } })).toBe(4);

    // Paid once: two runs of the same day at once send each week once.
    await Promise.all([
      runPayments(api.db, api.pii, { runDate: addDays(leave.end, 1) }),
      runPayments(api.db, api.pii, { runDate: addDays(leave.end, 1) }),
    ]);
    const sent = await api.db.payment.findMany({ where: { claimId: claim.claimId } });
    expect(sent.map((p) => p.status)).toEqual(["SENT", "SENT", "SENT", "SENT"]);
  });
});

describe("an appeal modification that shortens an approved leave already paid", () => {
  it("records an overpayment for the paid days no longer owed and cancels the unpaid weeks", async () => {
    const leave = fourWeeks(30);
    const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "APPROVED", leave);
    await enqueueJob(api.db, "payments.schedule", {
      key: "payments.schedule:approved",
      payload: { today: leave.start },
    });
    await drainQueue({ db: api.db, pii: api.pii });
    const { weekly, waitingDays } = await benefitOf(claim.claimId);
    expect(waitingDays).toBe(0);
    // Weeks 1 and 2 are paid (each is due the day after it ends); weeks 3 and 4 are not yet.
    const paid = await runPayments(api.db, api.pii, { runDate: addDays(leave.start, 14) });
    expect(paid.paymentCount).toBe(2);

    // The employer appeals; the officer keeps only the first ten days (week 1 and 3 days of week 2).
    const appealId = await fileAndHear(hr, claim.claimId, "She was back at work on the eleventh day.");
    const lastDay = addDays(leave.start, 9);
    await officer.mutate("decideAppeal", DECIDE, {
      input: {
        appealId,
        expectedVersion: 2,
        outcome: "MODIFIED",
        summary: "Leave is approved for the first ten days only.",
        approvedStartDate: leave.start,
        approvedEndDate: lastDay,
      },
    });
    await drainQueue({ db: api.db, pii: api.pii });
    const replacement = await api.db.determination.findFirstOrThrow({
      where: { claimId: claim.claimId, supersedesId: claim.determinationId },
    });
    // The hook run again by hand changes nothing more.
    expect(await reconcileClaimPayments(api.db, claim.claimId, replacement.id)).toEqual({
      repriced: 0,
      cancelled: 0,
      scheduled: 0,
      released: 0,
      supplemental: 0,
      overpayments: 0,
      reduced: 0,
    });

    // Week 2 was paid in full; 3 of its 7 days are still owed (rounded to the cent).
    const stillOwed = weekly.mul(3).div(7).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const over = weekly.minus(stillOwed).toFixed(2);
    const { data } = await maria.graphql(PAYMENTS, { id: claim.claimId });
    expect(data.claim.status).toBe("PARTIALLY_APPROVED");
    expect(
      [...data.claim.payments]
        .sort((a: { periodStart: string }, b: { periodStart: string }) => a.periodStart.localeCompare(b.periodStart))
        .map((p: { status: string; gross: string }) => [p.status, p.gross]),
    ).toEqual([
      ["SENT", weekly.toFixed(2)],
      ["SENT", weekly.toFixed(2)],
      ["CANCELLED", weekly.toFixed(2)],
      ["CANCELLED", weekly.toFixed(2)],
    ]);
    expect(data.claim.overpayments).toEqual([
      {
        amount: over,
        balance: over,
        status: "OPEN",
        reason: `The week of ${addDays(leave.start, 7)} was paid $${weekly.toFixed(2)}; the changed decision owes $${stillOwed.toFixed(2)}.`,
      },
    ]);
    const stored = await api.db.overpayment.findFirstOrThrow({ where: { claimId: claim.claimId } });
    expect(stored.determinationId).toBe(replacement.id);
    expect(await api.db.auditEvent.count({ where: { action: "overpayment.create", entityId: stored.id } })).toBe(1);
    expect(
      await api.db.task.count({ where: { claimId: claim.claimId, kind: "REVIEW_OVERPAYMENT", status: "OPEN" } }),
    ).toBe(1);

    // Staff see it in the overpayments list; the employer sees no overpayment detail.
    const list = await supervisor.graphql(
      `{ overpayments(first: 20, statuses: [OPEN]) { edges { node { id amount claim { id } } } } }`,
    );
    expect(list.data.overpayments.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(stored.id);
    const employerView = await hr.graphql(`query($id: ID!) { claim(id: $id) { overpayments { amount } } }`, {
      id: claim.claimId,
    });
    expect(employerView.data.claim.overpayments).toEqual([]);
    // The weeks no longer owed are never paid by a later run.
    await runPayments(api.db, api.pii, { runDate: addDays(leave.end, 7) });
    const after = await api.db.payment.findMany({ where: { claimId: claim.claimId }, orderBy: { periodStart: "asc" } });
    expect(after.map((p) => [toDateOnly(p.periodStart), p.status])).toEqual([
      [leave.start, "SENT"],
      [addDays(leave.start, 7), "SENT"],
      [addDays(leave.start, 14), "CANCELLED"],
      [addDays(leave.start, 21), "CANCELLED"],
    ]);
  });
});
