// A redetermination after an employer grievance flows into payments like an appeal decision,
// over real HTTP on the real database: a claim is approved and two of its four weeks are paid;
// the grievance sends it back to review (the unpaid weeks are held); the adjudicator decides it
// again through the ordinary decision, which queues the same reconciliation the appeals use.
// A shorter approval records an overpayment for the paid days no longer owed and cancels the
// held weeks; the same approval releases the held weeks, and nothing is paid twice.
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, toDateOnly } from "@openleave/db";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { todayInPacific } from "./support/dates.ts";
import { decidedClaim } from "./support/appeals.ts";
import { drainQueue } from "../src/jobs/worker.ts";
import { reconcileClaimPayments } from "../src/domains/payments/overpayments.ts";
import { runPayments } from "../src/domains/payments/run-payments.ts";
import { scheduleClaimPayments } from "../src/domains/payments/schedule-payments.ts";

const RECORD_FINDING = `mutation($input: RecordGrievanceFindingInput!) { recordGrievanceFinding(input: $input) {
  __typename ... on MutationRecordGrievanceFindingSuccess { data { claim { status } } } ... on Error { code message } } }`;
const DETERMINE = `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) {
  __typename ... on MutationRecordDeterminationSuccess { data { status } } ... on Error { code message } } }`;
const PAYMENTS = `query($id: ID!) { claim(id: $id) { status payments { periodStart gross status }
  overpayments { amount status reason } } }`;

let api: TestApi;
let maria: ApiClient;
let admin: ApiClient;
let supervisor: ApiClient;

beforeAll(async () => {
  api = await startTestApi();
  await clearLeaveCalendar(api, DEMO.claimant);
  // The demo's own scheduled payments would ride along in the runs below.
  await api.db.payment.updateMany({ where: { status: "SCHEDULED" }, data: { status: "CANCELLED" } });
  maria = await api.signedIn(DEMO.claimant);
  await maria.mutate(
    "setPaymentPreference",
    `mutation($input: PaymentPreferenceInput!) { setPaymentPreference(input: $input) { __typename
      ... on MutationSetPaymentPreferenceSuccess { data { id } } ... on Error { code message } } }`,
    { input: { method: "ACH", routingNumber: "021000021", accountNumber: "123456789", accountType: "CHECKING" } },
  );
  admin = await api.signedIn(DEMO.programAdmin);
  supervisor = await api.signedIn(DEMO.supervisor);
});
afterAll(() => api.close());

/** An approved four-week claim with weeks 1 and 2 paid, sent back to review by a grievance finding. */
async function paidThenReturnedToReview(fromToday: number) {
  const start = addDays(todayInPacific(), fromToday);
  const leave = { start, end: addDays(start, 27) };
  const claim = await decidedClaim(api, maria, "Evergreen Robotics LLC", "APPROVED", leave);
  await scheduleClaimPayments(api.db, claim.claimId);
  // Weeks 1 and 2 are due the day after each ends; weeks 3 and 4 are not yet.
  const paid = await runPayments(api.db, api.pii, { runDate: addDays(leave.start, 14) });
  expect(paid.paymentCount).toBe(2);

  // The employer contested; staff find the wages were wrong and send the claim back.
  const record = await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } });
  const response = await api.db.employerResponse.update({
    where: { claimId_employerId: { claimId: claim.claimId, employerId: record.employerId! } },
    data: { status: "CONTESTED", contestReasons: ["WAGES_INCORRECT"], comment: "Wages were lower." },
  });
  const finding = await admin.mutate("recordGrievanceFinding", RECORD_FINDING, {
    input: {
      employerResponseId: response.id,
      expectedVersion: response.version,
      outcome: "RETURNED_TO_REVIEW",
      reasonCode: "WAGES_CORRECTED",
      findings: "The payroll register shows lower wages in two base-period quarters.",
    },
  });
  expect(finding.claim.status).toBe("IN_REVIEW");
  const held = await api.db.payment.findMany({ where: { claimId: claim.claimId }, orderBy: { periodStart: "asc" } });
  expect(held.map((p) => p.status)).toEqual(["SENT", "SENT", "HELD", "HELD"]);
  // A run while the claim is in review pays none of the held weeks.
  expect((await runPayments(api.db, api.pii, { runDate: addDays(leave.end, 1) })).paymentCount).toBe(0);
  const snapshot = await api.db.eligibilitySnapshot.findFirstOrThrow({
    where: { claimId: claim.claimId },
    orderBy: { computedAt: "desc" },
  });
  return { ...claim, leave, weekly: new Decimal(snapshot.weeklyBenefitAmount!.toString()) };
}

async function redetermine(claimId: string, outcome: "APPROVED" | "PARTIALLY_APPROVED", start: string, end: string) {
  const current = await api.db.claim.findUniqueOrThrow({ where: { id: claimId } });
  const decided = await supervisor.mutate("recordDetermination", DETERMINE, {
    input: {
      claimId,
      expectedVersion: current.version,
      outcome,
      reasonCode: "ELIGIBLE",
      explanation: "With the corrected wages the claimant still qualifies for the dates below.",
      approvedStartDate: start,
      approvedEndDate: end,
    },
  });
  expect(decided.status).toBe(outcome);
  const determination = await api.db.determination.findFirstOrThrow({ where: { claimId, supersededBy: null } });
  // The decision queued the payments hook in its own transaction, keyed by the new determination.
  const job = await api.db.job.findUniqueOrThrow({ where: { key: `payments.reconcile:${determination.id}` } });
  expect([job.name, job.status]).toEqual(["payments.reconcile", "QUEUED"]);
  await drainQueue({ db: api.db, pii: api.pii });
  expect((await api.db.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("DONE");
  return determination;
}

const NOTHING = { repriced: 0, cancelled: 0, scheduled: 0, released: 0, supplemental: 0, overpayments: 0, reduced: 0 };

describe("a redetermination after an employer grievance", () => {
  it("approving fewer days: an overpayment for the paid days no longer owed, the held weeks cancelled", async () => {
    const claim = await paidThenReturnedToReview(1);
    // Only the first ten days: week 1 in full and 3 of week 2's 7 days.
    const determination = await redetermine(
      claim.claimId,
      "PARTIALLY_APPROVED",
      claim.leave.start,
      addDays(claim.leave.start, 9),
    );
    // The hook run again changes nothing more.
    expect(await reconcileClaimPayments(api.db, claim.claimId, determination.id)).toEqual(NOTHING);

    const stillOwed = claim.weekly.mul(3).div(7).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const over = claim.weekly.minus(stillOwed).toFixed(2);
    const { data } = await maria.graphql(PAYMENTS, { id: claim.claimId });
    expect(data.claim.status).toBe("PARTIALLY_APPROVED");
    expect(
      [...data.claim.payments]
        .sort((a: { periodStart: string }, b: { periodStart: string }) => a.periodStart.localeCompare(b.periodStart))
        .map((p: { status: string; gross: string }) => [p.status, p.gross]),
    ).toEqual([
      ["SENT", claim.weekly.toFixed(2)],
      ["SENT", claim.weekly.toFixed(2)],
      ["CANCELLED", claim.weekly.toFixed(2)],
      ["CANCELLED", claim.weekly.toFixed(2)],
    ]);
    expect(data.claim.overpayments).toEqual([
      {
        amount: over,
        status: "OPEN",
        reason: `The week of ${addDays(claim.leave.start, 7)} was paid $${claim.weekly.toFixed(2)}; the changed decision owes $${stillOwed.toFixed(2)}.`,
      },
    ]);
    const stored = await api.db.overpayment.findFirstOrThrow({ where: { claimId: claim.claimId } });
    expect(stored.determinationId).toBe(determination.id);
    expect(
      await api.db.task.count({ where: { claimId: claim.claimId, kind: "REVIEW_OVERPAYMENT", status: "OPEN" } }),
    ).toBe(1);
    // The cancelled weeks are never paid by a later run.
    await runPayments(api.db, api.pii, { runDate: addDays(claim.leave.end, 7) });
    const after = await api.db.payment.findMany({ where: { claimId: claim.claimId } });
    expect(after.filter((p) => p.status === "SENT")).toHaveLength(2);
  });

  it("approving the same dates again: the held weeks are released and each week is paid once", async () => {
    const claim = await paidThenReturnedToReview(30);
    const determination = await redetermine(claim.claimId, "APPROVED", claim.leave.start, claim.leave.end);
    expect(await reconcileClaimPayments(api.db, claim.claimId, determination.id)).toEqual(NOTHING);

    const released = await api.db.payment.findMany({
      where: { claimId: claim.claimId },
      orderBy: { periodStart: "asc" },
    });
    expect(released.map((p) => [p.status, p.statusReason, p.sequence])).toEqual([
      ["SENT", null, 0],
      ["SENT", null, 0],
      ["SCHEDULED", null, 0],
      ["SCHEDULED", null, 0],
    ]);
    expect(await api.db.overpayment.count({ where: { claimId: claim.claimId } })).toBe(0);

    // Two runs at once after the leave: the released weeks go out once, the paid ones not again.
    await Promise.all([
      runPayments(api.db, api.pii, { runDate: addDays(claim.leave.end, 1) }),
      runPayments(api.db, api.pii, { runDate: addDays(claim.leave.end, 1) }),
    ]);
    const paid = await api.db.payment.findMany({ where: { claimId: claim.claimId }, orderBy: { periodStart: "asc" } });
    expect(paid.map((p) => [toDateOnly(p.periodStart), p.status, p.gross.toFixed(2)])).toEqual(
      [0, 7, 14, 21].map((days) => [addDays(claim.leave.start, days), "SENT", claim.weekly.toFixed(2)]),
    );
  });
});
