// The hours a claimant reports for a week of intermittent leave move that week's payment, over
// real HTTP on the real database: each report or correction queues the claim's reconciliation in
// its own transaction. Before the week is paid, a correction re-prices its scheduled payment; once
// it is sent, more hours are paid as one supplemental payment and fewer hours become one
// overpayment — each exactly once, however often the reconciliation runs or the same hours are
// reported again; hours corrected back up lower what is still owed back before paying more.
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@openleave/db";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { freshLeave } from "./support/dates.ts";
import { drainQueue } from "../src/jobs/worker.ts";
import { reconcileClaimPayments } from "../src/domains/payments/overpayments.ts";
import { runPayments } from "../src/domains/payments/run-payments.ts";

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id leavePeriods { id } } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id version } } ... on Error { code message } } }`;
const START_REVIEW = `mutation($input: StartReviewInput!) { startReview(input: $input) { __typename ... on MutationStartReviewSuccess { data { version } } ... on Error { code message } } }`;
const DETERMINE = `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on MutationRecordDeterminationSuccess { data { status } } ... on Error { code message } } }`;
const REPORT = `mutation($input: ReportLeaveHoursInput!) { reportLeaveHours(input: $input) { __typename ... on MutationReportLeaveHoursSuccess { data { id hours } } ... on Error { code message } } }`;
const PAYMENTS = `query($id: ID!) { claim(id: $id) { payments { periodStart gross status } overpayments { amount status reason } } }`;
const NOTHING = { repriced: 0, cancelled: 0, scheduled: 0, released: 0, supplemental: 0, overpayments: 0, reduced: 0 };

const clock = { offsetMs: 0, now: () => new Date(Date.now() + clock.offsetMs) };
let api: TestApi;
let maria: ApiClient;
let leave: { start: string; end: string };
let periodId: string;
let claimId: string;
let weekly: Decimal;

beforeAll(async () => {
  api = await startTestApi({ now: clock.now });
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
  const programId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } })).id;
  const employerId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
  leave = { start: freshLeave().start, end: "" };
  leave.end = addDays(leave.start, 27);
  const draft = await maria.mutate("createApplication", CREATE, { input: { programId, employerId } });
  const updated = await maria.mutate("updateApplication", UPDATE, {
    input: {
      claimId: draft.id,
      leaveReason: "BONDING",
      regularHoursPerWeek: "40",
      leavePeriods: [
        { kind: "INTERMITTENT", startDate: leave.start, endDate: leave.end, episodesPerMonth: 4, hoursPerEpisode: "8" },
      ],
    },
  });
  claimId = draft.id;
  periodId = updated.leavePeriods[0].id;
  const submitted = await maria.mutate("submitApplication", SUBMIT, { claimId });
  const staff = await api.signedIn(DEMO.adjudicator);
  const review = await staff.mutate("startReview", START_REVIEW, {
    input: { claimId, expectedVersion: submitted.version },
  });
  await staff.mutate("recordDetermination", DETERMINE, {
    input: {
      claimId,
      expectedVersion: review.version,
      outcome: "APPROVED",
      reasonCode: "ELIGIBLE",
      explanation: "You meet every requirement for bonding leave.",
      approvedStartDate: leave.start,
      approvedEndDate: leave.end,
    },
  });
  const snapshot = await api.db.eligibilitySnapshot.findFirstOrThrow({
    where: { claimId },
    orderBy: { computedAt: "desc" },
  });
  expect(snapshot.waitingPeriodDays).toBe(0); // WA: no waiting week for bonding leave
  weekly = new Decimal(snapshot.weeklyBenefitAmount!.toString());
  // The second week of leave has begun: the first may be reported.
  clock.offsetMs = new Date(`${addDays(leave.start, 8)}T20:00:00Z`).getTime() - Date.now();
  maria = await api.signedIn(DEMO.claimant);
});
afterAll(() => api.close());

/** Reports (or corrects) the first week's hours through the API, and lets the worker run. */
async function reportWeekOne(hours: string) {
  const answer = await maria.mutate("reportLeaveHours", REPORT, {
    input: { leavePeriodId: periodId, weekStart: leave.start, hours },
  });
  expect(answer.hours).toBe(new Decimal(hours).toFixed(2));
  await drainQueue({ db: api.db, pii: api.pii });
}

/** The week's pay for so many of the claimant's 40 regular hours, as the planner rounds it. */
const payFor = (hours: number) => weekly.mul(hours).div(40).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

const weekOnePayments = () =>
  api.db.payment.findMany({ where: { claimId }, orderBy: { sequence: "asc" }, include: { overpayments: true } });

describe("hours reported for a week of intermittent leave", () => {
  it("schedules the week when first reported, and a correction re-prices it while unsent", async () => {
    await reportWeekOne("8");
    const [first, ...others] = await weekOnePayments();
    expect(others).toEqual([]);
    expect([first!.status, first!.sequence, first!.gross.toFixed(2)]).toEqual(["SCHEDULED", 0, payFor(8).toFixed(2)]);

    await reportWeekOne("16");
    const corrected = await weekOnePayments();
    expect(corrected.map((p) => [p.id, p.status, p.gross.toFixed(2), p.net.toFixed(2)])).toEqual([
      [first!.id, "SCHEDULED", payFor(16).toFixed(2), payFor(16).toFixed(2)],
    ]);
  });

  it("pays more hours reported after the week was sent as one supplemental payment", async () => {
    const run = await runPayments(api.db, api.pii, { runDate: addDays(leave.start, 7) });
    expect(run.paymentCount).toBe(1);
    await reportWeekOne("24");
    // The hook run again, and twice at once, adds nothing.
    expect(
      await Promise.all([reconcileClaimPayments(api.db, claimId, null), reconcileClaimPayments(api.db, claimId, null)]),
    ).toEqual([NOTHING, NOTHING]);
    const payments = await weekOnePayments();
    const extra = payFor(24).minus(payFor(16));
    expect(payments.map((p) => [p.sequence, p.status, p.gross.toFixed(2)])).toEqual([
      [0, "SENT", payFor(16).toFixed(2)],
      [1, "SCHEDULED", extra.toFixed(2)],
    ]);
    expect(payments[1]!.statusReason).toBe(
      `Supplemental: the week of ${leave.start} is owed $${payFor(24).toFixed(2)} and $${payFor(16).toFixed(2)} was paid.`,
    );
    await runPayments(api.db, api.pii, { runDate: addDays(leave.start, 8) });
    expect((await weekOnePayments()).map((p) => p.status)).toEqual(["SENT", "SENT"]);
    expect(await api.db.overpayment.count({ where: { claimId } })).toBe(0);
  });

  it("records fewer hours reported after the week was paid as one overpayment, once", async () => {
    await reportWeekOne("4");
    // The same hours again, and the hook by hand: nothing more.
    await reportWeekOne("4");
    expect(await reconcileClaimPayments(api.db, claimId, null)).toEqual(NOTHING);
    const over = payFor(24).minus(payFor(4)).toFixed(2);
    const { data } = await maria.graphql(PAYMENTS, { id: claimId });
    expect(data.claim.overpayments).toEqual([
      {
        amount: over,
        status: "OPEN",
        reason: `The week of ${leave.start} was paid $${payFor(24).toFixed(2)}; with the hours now reported it is owed $${payFor(4).toFixed(2)}.`,
      },
    ]);
    const payments = await weekOnePayments();
    expect(payments.map((p) => [p.status, p.overpayments.length])).toEqual([
      ["SENT", 0],
      ["SENT", 1],
    ]);
    expect(
      await api.db.auditEvent.count({
        where: { action: "overpayment.create", entityId: payments[1]!.overpayments[0]!.id },
      }),
    ).toBe(1);

    // Corrected down once more: only the new difference is owed back, as a second record.
    await reportWeekOne("2");
    const again = await api.db.overpayment.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } });
    expect(again.map((o) => o.amount.toFixed(2))).toEqual([over, payFor(4).minus(payFor(2)).toFixed(2)]);
    // No payment was added for the week along the way.
    expect(await api.db.payment.count({ where: { claimId } })).toBe(2);
  });

  it("forgives what is still owed back when the hours are corrected up again, before paying more", async () => {
    // Back to what was paid: both overpayments are lowered to nothing, no payment is added.
    await reportWeekOne("24");
    const forgiven = await api.db.overpayment.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } });
    expect(forgiven.map((o) => [o.amount.toFixed(2), o.status])).toEqual([
      ["0.00", "RECOVERED"],
      ["0.00", "RECOVERED"],
    ]);
    expect(await api.db.auditEvent.count({ where: { action: "overpayment.reduce" } })).toBe(2);
    expect(await api.db.payment.count({ where: { claimId } })).toBe(2);
    // More than was paid: only the difference is paid, once.
    await reportWeekOne("32");
    expect(await reconcileClaimPayments(api.db, claimId, null)).toEqual(NOTHING);
    const payments = await weekOnePayments();
    expect(payments.map((p) => [p.sequence, p.status, p.gross.toFixed(2)])).toEqual([
      [0, "SENT", payFor(16).toFixed(2)],
      [1, "SENT", payFor(24).minus(payFor(16)).toFixed(2)],
      [2, "SCHEDULED", payFor(32).minus(payFor(24)).toFixed(2)],
    ]);
  });
});
