// Overpayments on the real database: a decision modified on appeal after two weeks were paid
// leaves one paid week no longer owed — one overpayment for it however often (or concurrently)
// the change is processed, the unpaid weeks cancelled; later payments to the same person recover
// it by offset at the program's share (WA: 50% of the weekly benefit, WAC 192-650-010) even when
// two runs pay at once; staff waive another over HTTP, once, audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, fromDateOnly } from "@openleave/db";
import { startTestApi, type TestApi } from "./support/test-api.ts";
import { approvedClaim, START } from "./support/payments.ts";
import { checkNachaFile } from "./support/nacha-check.ts";
import { scheduleClaimPayments } from "../src/domains/payments/schedule-payments.ts";
import { runPayments } from "../src/domains/payments/run-payments.ts";
import { reconcileClaimPayments } from "../src/domains/payments/overpayments.ts";
import { drainQueue } from "../src/jobs/worker.ts";
import { enqueueJob } from "../src/jobs/job-queue.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.db.payment.updateMany({ where: { status: "SCHEDULED" }, data: { status: "CANCELLED" } });
});
afterAll(() => api.close());

/** What decideAppeal writes for a modification: a new determination superseding the old one,
 * approving fewer days, and the leave period cut to match. */
async function modifyOnAppeal(claimId: string, approvedEnd: string) {
  const old = await api.db.determination.findFirstOrThrow({ where: { claimId } });
  await api.db.leavePeriod.updateMany({ where: { claimId }, data: { endDate: fromDateOnly(approvedEnd) } });
  return api.db.determination.create({
    data: {
      claimId,
      outcome: "PARTIALLY_APPROVED",
      reasonCode: "APPEAL_MODIFIED",
      explanation: "test",
      weeklyBenefitAmount: old.weeklyBenefitAmount,
      approvedStartDate: old.approvedStartDate,
      approvedEndDate: fromDateOnly(approvedEnd),
      decidedById: old.decidedById,
      supersedesId: old.id,
    },
  });
}

describe("overpayments", () => {
  it("records one overpayment for a paid week no longer owed, and recovers it by offset at 50%", async () => {
    const claimId = await approvedClaim(api, { weeks: 4, waitingDays: 0, ach: true, withholding: false });
    await scheduleClaimPayments(api.db, claimId);
    // Weeks 1 and 2 are paid (due 01-12 and 01-19); weeks 3 and 4 are still scheduled.
    const first = await runPayments(api.db, api.pii, { runDate: "2026-01-20" });
    expect(first.paymentCount).toBe(2);

    const determination = await modifyOnAppeal(claimId, addDays(START, 6)); // week 1 only
    await enqueueJob(api.db, "payments.reconcile", {
      key: `payments.reconcile:${determination.id}`,
      payload: { claimId, determinationId: determination.id },
    });
    // The job, and the same reconciliation twice at once: one overpayment.
    const results = await Promise.all([
      drainQueue({ db: api.db, pii: api.pii }),
      reconcileClaimPayments(api.db, claimId, determination.id),
      reconcileClaimPayments(api.db, claimId, determination.id),
    ]);
    expect(results[0]).toBe(1);
    const overpayments = await api.db.overpayment.findMany({ where: { claimId } });
    expect(overpayments.map((o) => [o.amount.toFixed(2), o.status, o.determinationId])).toEqual([
      ["700.00", "OPEN", determination.id],
    ]);
    expect(
      await api.db.auditEvent.count({ where: { action: "overpayment.create", entityId: overpayments[0]!.id } }),
    ).toBe(1);
    expect(await api.db.task.count({ where: { claimId, kind: "REVIEW_OVERPAYMENT" } })).toBe(1);
    const weeks = await api.db.payment.findMany({ where: { claimId }, orderBy: { periodStart: "asc" } });
    expect(weeks.map((p) => p.status)).toEqual(["SENT", "SENT", "CANCELLED", "CANCELLED"]);

    // A later claim of the same person pays 700 a week: 350 of each is kept until 700 is back.
    const person = (await api.db.claim.findUniqueOrThrow({ where: { id: claimId } })).claimantId;
    const later = await approvedClaim(api, {
      weeks: 3,
      waitingDays: 0,
      ach: true,
      withholding: false,
      start: "2026-06-01",
      personId: person,
    });
    await scheduleClaimPayments(api.db, later);
    const runs = await Promise.all([
      runPayments(api.db, api.pii, { runDate: "2026-07-01", limit: 1 }),
      runPayments(api.db, api.pii, { runDate: "2026-07-01", limit: 1 }),
      runPayments(api.db, api.pii, { runDate: "2026-07-01", limit: 1 }),
    ]);
    const paid = await api.db.payment.findMany({ where: { claimId: later }, orderBy: { periodStart: "asc" } });
    expect(paid.every((p) => p.status === "SENT")).toBe(true);
    expect(
      paid
        .map((p) => [
          p.gross.toFixed(2),
          p.federalWithholding.toFixed(2),
          p.recoveryOffset.toFixed(2),
          p.net.toFixed(2),
        ])
        .sort(),
    ).toEqual([
      // Which weeks carry the offset depends on which concurrent run commits first.
      ["700.00", "0.00", "0.00", "700.00"],
      ["700.00", "0.00", "350.00", "350.00"],
      ["700.00", "0.00", "350.00", "350.00"],
    ]);
    const recovered = await api.db.overpayment.findUniqueOrThrow({ where: { id: overpayments[0]!.id } });
    expect([recovered.recoveredAmount.toFixed(2), recovered.status]).toEqual(["700.00", "RECOVERED"]);
    expect(await api.db.overpaymentRecovery.count({ where: { overpaymentId: recovered.id } })).toBe(2);
    // The ACH files carry the nets after the offset.
    const files = runs.flatMap((r) => r.batches).filter((b) => b.method === "ACH");
    const cents = files
      .flatMap((b) => checkNachaFile(b.file).entries)
      .map((e) => e.amount)
      .sort((a, b) => a - b);
    expect(cents).toEqual([35000, 35000, 70000]);
  });

  it("lets a supervisor waive an overpayment once, audited; a waived one is not recovered", async () => {
    const claimId = await approvedClaim(api, {
      weeks: 2,
      waitingDays: 0,
      ach: false,
      withholding: false,
      start: "2026-02-02",
    });
    await scheduleClaimPayments(api.db, claimId);
    await runPayments(api.db, api.pii, { runDate: "2026-02-17" });
    const determination = await modifyOnAppeal(claimId, addDays("2026-02-02", 3)); // 4 of 7 days of week 1
    await reconcileClaimPayments(api.db, claimId, determination.id);
    const overpayments = await api.db.overpayment.findMany({ where: { claimId }, orderBy: { amount: "asc" } });
    expect(overpayments.map((o) => o.amount.toFixed(2))).toEqual(["300.00", "700.00"]);

    const supervisor = await api.signedIn("supervisor@openleave.test");
    const WAIVE = `mutation($input: WaiveOverpaymentInput!) { waiveOverpayment(input: $input) {
      __typename ... on MutationWaiveOverpaymentSuccess { data { id status balance waiverReason } } ... on Error { code message } } }`;
    const input = { overpaymentId: overpayments[0]!.id, reason: "Paid in good faith; repaying would be a hardship." };
    const answers = await Promise.all([supervisor.graphql(WAIVE, { input }), supervisor.graphql(WAIVE, { input })]);
    const kinds = answers.map((a) => a.data.waiveOverpayment.__typename).sort();
    expect(kinds).toEqual(["IllegalTransitionError", "MutationWaiveOverpaymentSuccess"]);
    const won = answers.find((a) => a.data.waiveOverpayment.data)!.data.waiveOverpayment.data;
    expect(won).toMatchObject({ status: "WAIVED", balance: "0.00" });
    expect(
      await api.db.auditEvent.count({ where: { action: "overpayment.waive", entityId: input.overpaymentId } }),
    ).toBe(1);

    const claimant = await api.signedIn("maria.garcia@openleave.test");
    const foreign = await claimant.graphql(`{ overpayments(first: 5) { edges { node { id } } } }`);
    expect(foreign.errors?.length).toBeGreaterThan(0);
    const staffList = await supervisor.graphql(
      `{ overpayments(first: 10, statuses: [OPEN]) { edges { node { id amount balance status claim { id } } } } }`,
    );
    expect(staffList.data.overpayments.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      overpayments[1]!.id,
    );
    expect(staffList.data.overpayments.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      input.overpaymentId,
    );
  });
  it("lets a supervisor record an overpayment found outside an appeal, within what was paid, audited", async () => {
    const claimId = await approvedClaim(api, {
      weeks: 1,
      waitingDays: 0,
      ach: false,
      withholding: false,
      start: "2026-03-02",
    });
    await scheduleClaimPayments(api.db, claimId);
    await runPayments(api.db, api.pii, { runDate: "2026-03-09" }); // 700.00 paid
    const RECORD = `mutation($input: RecordOverpaymentInput!) { recordOverpayment(input: $input) {
      __typename ... on MutationRecordOverpaymentSuccess { data { id amount balance status reason claim { id } } }
      ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
    const supervisor = await api.signedIn("supervisor@openleave.test");
    const reason = "Wages reported later for the week paid.";
    const tooMuch = await supervisor.graphql(RECORD, { input: { claimId, amount: "700.01", reason } });
    expect(tooMuch.data.recordOverpayment).toMatchObject({
      __typename: "InvalidInputError",
      issues: [{ path: ["input", "amount"], message: expect.stringContaining("$700.00") }],
    });
    const badAmount = await supervisor.graphql(RECORD, { input: { claimId, amount: "12,50", reason } });
    expect(badAmount.data.recordOverpayment.__typename).toBe("InvalidInputError");
    const recorded = await supervisor.graphql(RECORD, { input: { claimId, amount: "250.5", reason } });
    expect(recorded.data.recordOverpayment.data).toMatchObject({
      amount: "250.50",
      balance: "250.50",
      status: "OPEN",
      reason,
      claim: { id: claimId },
    });
    const id = recorded.data.recordOverpayment.data.id;
    expect(await api.db.auditEvent.count({ where: { action: "overpayment.record", entityId: id } })).toBe(1);
    // What is left to record is what was paid less what is already owed back.
    const again = await supervisor.graphql(RECORD, { input: { claimId, amount: "449.51", reason } });
    expect(again.data.recordOverpayment.__typename).toBe("InvalidInputError");
    const adjudicator = await api.signedIn("adjudicator@openleave.test");
    const refused = await adjudicator.graphql(RECORD, { input: { claimId, amount: "1.00", reason } });
    expect(refused.data?.recordOverpayment ?? refused.errors).toBeTruthy();
    expect(await api.db.overpayment.count({ where: { claimId } })).toBe(1);
  });
});
