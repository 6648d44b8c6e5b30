// Staff decide a claimant's request to extend approved leave, over real HTTP on a fresh seeded
// database. Grace Liu's seeded request is approved (for less than she asked): the added days
// become an approved period, a determination with the new last day supersedes the decision, the
// payment schedule adds exactly the added week, the task is done, the notice is in her language.
// Aisha Khan's requests are declined with a reason from the program's catalog, refused past
// Washington's leave cap, refused on a stale claim version, and decided once when two staff
// decide at the same moment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, toDateOnly } from "@openleave/db";
import { scheduleClaimPayments } from "../src/domains/payments/schedule-payments.ts";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const GRACE = "grace.liu@openleave.test";
const DECIDE = `mutation($input: DecideLeaveExtensionInput!) { decideLeaveExtension(input: $input) {
  __typename
  ... on MutationDecideLeaveExtensionSuccess { data { id version leavePeriods { startDate endDate decision } } }
  ... on InvalidInputError { code issues { path message } }
  ... on Error { code message } } }`;
const ASK = `mutation($input: RequestLeaveExtensionInput!) { requestLeaveExtension(input: $input) {
  __typename ... on MutationRequestLeaveExtensionSuccess { data { id } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const CLAIM = `query($id: ID!) { claim(id: $id) {
  leavePeriods { id startDate endDate decision }
  determinations { outcome reasonCode approvedStartDate approvedEndDate weeklyBenefitAmount superseded }
  leaveExtensionRequests { id status approvedEndDate denialReasonCode explanation }
  notices { kind audience language subject }
} }`;

let api: TestApi;
let staff: ApiClient;

beforeAll(async () => {
  api = await startTestApi({ env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000" } });
  staff = await api.signedIn(DEMO.adjudicator);
});
afterAll(() => api.close());

const version = async (claimId: string) =>
  (await api.db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;

async function decide(input: Record<string, unknown>, client = staff) {
  const result = await client.graphql(DECIDE, { input });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.decideLeaveExtension;
}

async function claimOf(email: string) {
  const user = await api.db.user.findUniqueOrThrow({ where: { email } });
  return api.db.claim.findFirstOrThrow({
    where: { claimantId: user.personId!, status: "APPROVED" },
    include: { leavePeriods: true },
  });
}

describe("approving an extension", () => {
  it("extends the approved leave, supersedes the decision, schedules the added week and tells Grace in Spanish", async () => {
    const claim = await claimOf(GRACE);
    const [period] = claim.leavePeriods;
    const currentEnd = toDateOnly(period!.endDate);
    const request = await api.db.leaveExtensionRequest.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(toDateOnly(request.requestedEndDate)).toBe(addDays(currentEnd, 14));
    await api.db.user.update({ where: { email: GRACE }, data: { preferredLanguage: "ES" } });
    // The weeks the decision already owes, as the daily schedule would have made them.
    await scheduleClaimPayments(api.db, claim.id);
    const before = await api.db.payment.findMany({ where: { claimId: claim.id }, orderBy: { periodStart: "asc" } });
    expect(before.length).toBeGreaterThan(0);
    const seen = await version(claim.id);

    // One week of the two asked for.
    const approvedEnd = addDays(currentEnd, 7);
    const answer = await decide({
      requestId: request.id,
      expectedVersion: seen,
      decision: "APPROVED",
      approvedEndDate: approvedEnd,
      explanation: "The updated certification supports one more week of recovery.",
    });
    expect(answer.__typename).toBe("MutationDecideLeaveExtensionSuccess");
    expect(answer.data.version).toBe(seen + 1);
    expect(answer.data.leavePeriods).toEqual(
      expect.arrayContaining([
        { startDate: toDateOnly(period!.startDate), endDate: currentEnd, decision: "APPROVED" },
        { startDate: addDays(currentEnd, 1), endDate: approvedEnd, decision: "APPROVED" },
      ]),
    );

    const grace = await api.signedIn(GRACE);
    const { data } = await grace.graphql(CLAIM, { id: claim.id });
    const current = data.claim.determinations.filter((d: { superseded: boolean }) => !d.superseded);
    expect(current).toEqual([
      {
        outcome: "APPROVED",
        reasonCode: "LEAVE_EXTENDED",
        approvedStartDate: toDateOnly(period!.startDate),
        approvedEndDate: approvedEnd,
        weeklyBenefitAmount: "587.00",
        superseded: false,
      },
    ]);
    expect(data.claim.leaveExtensionRequests).toEqual([
      {
        id: request.id,
        status: "APPROVED",
        approvedEndDate: approvedEnd,
        denialReasonCode: null,
        explanation: "The updated certification supports one more week of recovery.",
      },
    ]);
    const notice = data.claim.notices.find((n: { kind: string }) => n.kind === "LEAVE_EXTENSION_APPROVAL");
    expect(notice).toMatchObject({ audience: "CLAIMANT", language: "ES" });
    expect(notice.subject).toContain("Su licencia fue extendida");
    const employerCopy = await api.db.notice.findFirstOrThrow({
      where: { claimId: claim.id, kind: "LEAVE_EXTENSION_APPROVAL", audience: "EMPLOYER" },
    });
    expect(employerCopy.body).not.toContain("certification");
    const email = await api.db.emailOutbox.findFirstOrThrow({ where: { claimId: claim.id, kind: "DETERMINATION" } });
    expect(email.language).toBe("ES");

    // Exactly the added week is scheduled; the weeks already planned are untouched.
    const after = await api.db.payment.findMany({ where: { claimId: claim.id }, orderBy: { periodStart: "asc" } });
    expect(after.slice(0, before.length)).toEqual(before);
    expect(
      after.slice(before.length).map((p) => [toDateOnly(p.periodStart), toDateOnly(p.periodEnd), p.gross.toFixed(2)]),
    ).toEqual([[addDays(currentEnd, 1), approvedEnd, "587.00"]]);

    const tasks = await api.db.task.findMany({ where: { claimId: claim.id, kind: "REVIEW_LEAVE_EXTENSION" } });
    expect(tasks.map((t) => t.status)).toEqual(["DONE"]);
    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { entityId: request.id, action: "leave_extension.decide" },
    });
    expect(audit.metadata).toMatchObject({ claimId: claim.id, decision: "APPROVED", approvedEndDate: approvedEnd });
    expect(JSON.stringify(audit.metadata)).not.toContain("surgeon");

    // A decided request is not decided again, and the next ask extends the added part.
    const again = await decide({
      requestId: request.id,
      expectedVersion: seen + 1,
      decision: "DENIED",
      reasonCode: "OTHER",
      explanation: "Trying to decide it a second time.",
    });
    expect(again.code).toBe("ILLEGAL_TRANSITION");
    const askOld = await grace.graphql(ASK, {
      input: { leavePeriodId: period!.id, requestedEndDate: addDays(approvedEnd, 7), reason: "More time." },
    });
    expect(askOld.data.requestLeaveExtension.issues[0].message).toContain(`already extended through ${approvedEnd}`);
  });
});

describe("declining and refusing", () => {
  let claimId: string;
  let periodId: string;
  let currentEnd: string;
  let aisha: ApiClient;

  beforeAll(async () => {
    const claim = await claimOf(DEMO.claimantAisha);
    claimId = claim.id;
    periodId = claim.leavePeriods[0]!.id;
    currentEnd = toDateOnly(claim.leavePeriods[0]!.endDate);
    aisha = await api.signedIn(DEMO.claimantAisha);
  });

  async function ask(weeks: number) {
    const answer = await aisha.graphql(ASK, {
      input: { leavePeriodId: periodId, requestedEndDate: addDays(currentEnd, weeks * 7), reason: "Still recovering." },
    });
    expect(answer.data.requestLeaveExtension.__typename).toBe("MutationRequestLeaveExtensionSuccess");
    return answer.data.requestLeaveExtension.data.id as string;
  }

  it("declines with a reason from the program's catalog, leaving the leave as it was", async () => {
    const requestId = await ask(2);
    const input = {
      requestId,
      expectedVersion: await version(claimId),
      decision: "DENIED",
      explanation: "The certification ends on the approved last day.",
    };
    const missing = await decide(input);
    expect(missing.issues).toEqual([{ path: ["input", "reasonCode"], message: expect.any(String) }]);
    const unknown = await decide({ ...input, reasonCode: "NOT_A_REASON" });
    expect(unknown.issues[0]).toMatchObject({
      path: ["input", "reasonCode"],
      message: expect.stringContaining("INSUFFICIENT_CERTIFICATION"),
    });
    const determinationsBefore = await api.db.determination.count({ where: { claimId } });
    const paymentsBefore = await api.db.payment.count({ where: { claimId } });

    const answer = await decide({ ...input, reasonCode: "INSUFFICIENT_CERTIFICATION" });
    expect(answer.__typename).toBe("MutationDecideLeaveExtensionSuccess");
    expect(answer.data.leavePeriods).toEqual([
      { startDate: expect.any(String), endDate: currentEnd, decision: "APPROVED" },
    ]);
    const request = await api.db.leaveExtensionRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request).toMatchObject({ status: "DENIED", denialReasonCode: "INSUFFICIENT_CERTIFICATION" });
    expect(await api.db.determination.count({ where: { claimId } })).toBe(determinationsBefore);
    expect(await api.db.payment.count({ where: { claimId } })).toBe(paymentsBefore);
    const notice = await api.db.notice.findFirstOrThrow({ where: { claimId, kind: "LEAVE_EXTENSION_DENIAL" } });
    expect(notice.language).toBe("EN");
    expect(notice.body).toContain("The certification does not support the leave");
    expect(notice.body).toContain("The certification ends on the approved last day.");
    expect(await api.db.task.count({ where: { claimId, kind: "REVIEW_LEAVE_EXTENSION", status: "OPEN" } })).toBe(0);
  });

  it("refuses an approval past Washington's leave cap, naming the last day it may reach", async () => {
    // Eight weeks approved; five more would pass the 12 weeks of leave for her own health.
    const requestId = await ask(5);
    const periodsBefore = await api.db.leavePeriod.count({ where: { claimId } });
    const refused = await decide({
      requestId,
      expectedVersion: await version(claimId),
      decision: "APPROVED",
      approvedEndDate: addDays(currentEnd, 35),
      explanation: "The updated certification covers five more weeks.",
    });
    expect(refused.code).toBe("INVALID_INPUT");
    expect(refused.issues[0].path).toEqual(["input", "approvedEndDate"]);
    const latest = /Approve through (\d{4}-\d{2}-\d{2}) at the latest/.exec(refused.issues[0].message)?.[1];
    expect(latest! > currentEnd && latest! < addDays(currentEnd, 35)).toBe(true);
    expect(await api.db.leavePeriod.count({ where: { claimId } })).toBe(periodsBefore);
    expect((await api.db.leaveExtensionRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("PENDING");

    // A stale version is refused; then of two decisions at the same moment exactly one wins.
    const seen = await version(claimId);
    const stale = await decide({
      requestId,
      expectedVersion: seen - 1,
      decision: "APPROVED",
      approvedEndDate: latest,
      explanation: "Approved up to the cap.",
    });
    expect(stale).toMatchObject({ __typename: "StaleVersionError", code: "STALE_VERSION" });
    const supervisor = await api.signedIn(DEMO.supervisor);
    const [approve, deny] = await Promise.all([
      decide({
        requestId,
        expectedVersion: seen,
        decision: "APPROVED",
        approvedEndDate: latest,
        explanation: "Approved up to the cap.",
      }),
      decide(
        {
          requestId,
          expectedVersion: seen,
          decision: "DENIED",
          reasonCode: "LEAVE_EXHAUSTED",
          explanation: "No leave left beyond the cap.",
        },
        supervisor,
      ),
    ]);
    const outcomes = [approve, deny].map((a) => a.__typename).sort();
    expect(outcomes).toEqual(["MutationDecideLeaveExtensionSuccess", "StaleVersionError"]);
    const decided = await api.db.leaveExtensionRequest.findUniqueOrThrow({ where: { id: requestId } });
    if (approve.__typename === "MutationDecideLeaveExtensionSuccess") {
      expect(decided).toMatchObject({ status: "APPROVED" });
      expect(toDateOnly(decided.approvedEndDate!)).toBe(latest);
    } else expect(decided.status).toBe("DENIED");
    expect(await api.db.auditEvent.count({ where: { entityId: requestId, action: "leave_extension.decide" } })).toBe(1);
  });

  it("is for adjudicators and supervisors only", async () => {
    const requestId = (await api.db.leaveExtensionRequest.findFirstOrThrow({ where: { claimId } })).id;
    const byClaimant = await aisha.graphql(DECIDE, {
      input: {
        requestId,
        expectedVersion: 1,
        decision: "DENIED",
        reasonCode: "OTHER",
        explanation: "My own decision.",
      },
    });
    expect(byClaimant.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
