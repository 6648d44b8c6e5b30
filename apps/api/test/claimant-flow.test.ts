// The claimant journey end to end over real HTTP: start an application, save progress, check
// eligibility, submit, then the employer responds and staff decide; notices and tasks follow.
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toDateOnly } from "@openleave/db";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { addDaysTo, todayInPacific } from "./support/dates.ts";
import { scheduleClaimPayments, weeksFor } from "../src/domains/payments/schedule-payments.ts";
import { drainQueue } from "../src/jobs/worker.ts";

const CLAIM_FIELDS = `id claimNumber status version leaveReason allowedActions applicationDate
  leavePeriods { kind startDate endDate }
  eligibility { eligible weeklyBenefitAmount averageWeeklyWage basePeriodQuarters maxWeeks waitingPeriodDays explanation }
  employerResponses { id status dueDate dueDateBasis version }
  notices { kind subject }`;

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { ${CLAIM_FIELDS} } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { ${CLAIM_FIELDS} } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const CHECK = `mutation($claimId: ID!) { checkEligibility(claimId: $claimId) { __typename ... on MutationCheckEligibilitySuccess { data { eligible weeklyBenefitAmount averageWeeklyWage basePeriodQuarters basePeriodWages explanation } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { ${CLAIM_FIELDS} } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;

let api: TestApi;
let claimant: ApiClient;
let waProgramId: string;
let evergreenId: string;

beforeAll(async () => {
  api = await startTestApi();
  await clearLeaveCalendar(api, DEMO.claimant);
  await clearLeaveCalendar(api, DEMO.claimantAisha);
  claimant = await api.signedIn(DEMO.claimant);
  waProgramId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } })).id;
  evergreenId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
});
afterAll(() => api.close());

describe("a claimant applies for WA bonding leave", () => {
  let claimId: string;
  const today = todayInPacific();
  const leaveStart = addDaysTo(today, 14);
  const leaveEnd = addDaysTo(leaveStart, 8 * 7 - 1);

  it("starts a draft application", async () => {
    const draft = await claimant.mutate("createApplication", CREATE, {
      input: { programId: waProgramId, createKey: "flow-test-key-1" },
    });
    expect(draft.status).toBe("DRAFT");
    expect(draft.claimNumber).toBeNull();
    expect(draft.allowedActions).toEqual(expect.arrayContaining(["EDIT", "SUBMIT", "DISCARD"]));
    claimId = draft.id;
  });

  it("refuses to submit an incomplete application, naming each missing field", async () => {
    const result = await claimant.graphql(SUBMIT, { claimId });
    const payload = result.data.submitApplication;
    expect(payload.__typename).toBe("InvalidInputError");
    const paths = payload.issues.map((issue: { path: string[] }) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["employerId", "leaveReason", "leavePeriods"]));
    const stored = await api.db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(stored.status).toBe("DRAFT");
  });

  it("saves partial progress and keeps what was saved", async () => {
    const first = await claimant.mutate("updateApplication", UPDATE, {
      input: { claimId, employerId: evergreenId, leaveReason: "BONDING" },
    });
    expect(first.leaveReason).toBe("BONDING");
    const second = await claimant.mutate("updateApplication", UPDATE, {
      input: {
        claimId,
        expectedVersion: first.version,
        leavePeriods: [{ kind: "CONTINUOUS", startDate: leaveStart, endDate: leaveEnd }],
      },
    });
    expect(second.leaveReason).toBe("BONDING");
    expect(second.leavePeriods).toEqual([{ kind: "CONTINUOUS", startDate: leaveStart, endDate: leaveEnd }]);
  });

  it("checks eligibility from the employer-reported wages, with the working shown", async () => {
    const snapshot = await claimant.mutate("checkEligibility", CHECK, { claimId });
    expect(snapshot.eligible).toBe(true);
    // María's highest two of the base period quarters are 19,650 and 19,100 (demo wages);
    // WA's AWW is their sum ÷ 26, rounded down to the dollar.
    expect(snapshot.basePeriodQuarters).toHaveLength(4);
    expect(Number(snapshot.averageWeeklyWage)).toBeGreaterThan(1400);
    expect(snapshot.weeklyBenefitAmount).toMatch(/^\d+\.\d{2}$/);
    expect(Array.isArray(snapshot.explanation)).toBe(true);
    const cited = JSON.stringify(snapshot.explanation);
    expect(cited).toContain("192-610-051");
  });

  it("submits: a claim number, employer response due, tasks queued, acknowledgment sent", async () => {
    const claim = await claimant.mutate("submitApplication", SUBMIT, { claimId });
    expect(claim.status).toBe("PENDING_EMPLOYER_RESPONSE");
    expect(claim.claimNumber).toMatch(/^WA-PFML-\d{4}-\d{6}$/);
    expect(claim.applicationDate).toBe(today);
    expect(claim.employerResponses).toHaveLength(1);
    expect(claim.employerResponses[0].status).toBe("PENDING");
    expect(claim.employerResponses[0].dueDate > today).toBe(true);
    expect(claim.notices.map((n: { kind: string }) => n.kind)).toEqual(["ACKNOWLEDGMENT"]);

    const tasks = await api.db.task.findMany({ where: { claimId }, orderBy: { queue: "asc" } });
    expect(tasks.map((t) => [t.queue, t.kind, t.status])).toEqual([
      ["ADJUDICATION", "REVIEW_CLAIM", "OPEN"],
      ["EMPLOYER_RESPONSE", "EMPLOYER_RESPONSE", "OPEN"],
    ]);
    const history = await api.db.claimStatusChange.findMany({ where: { claimId }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.toStatus)).toEqual(["DRAFT", "SUBMITTED", "PENDING_EMPLOYER_RESPONSE"]);
  });

  it("lets the employer's verified leave administrator confirm, which starts review", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const view = await hr.graphql(
      `query($id: ID!) { claim(id: $id) { status conditionDescription allowedActions claimant { firstName taxIdMasked dateOfBirth } employerResponses { id version status } } }`,
      { id: claimId },
    );
    const seen = view.data.claim;
    expect(seen.allowedActions).toContain("RESPOND_AS_EMPLOYER");
    expect(seen.claimant.taxIdMasked).toMatch(/^\*\*\*-\*\*-\d{4}$/);
    expect(seen.claimant.dateOfBirth).toBeNull();
    const response = seen.employerResponses[0];
    const answered = await hr.mutate(
      "respondToClaim",
      `mutation($input: RespondToClaimInput!) { respondToClaim(input: $input) { __typename ... on MutationRespondToClaimSuccess { data { status version } } ... on Error { code message } } }`,
      { input: { employerResponseId: response.id, expectedVersion: response.version, decision: "CONFIRM" } },
    );
    expect(answered.status).toBe("CONFIRMED");
    const claim = await api.db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim.status).toBe("IN_REVIEW");
  });

  it("lets an adjudicator approve with the benefit from the eligibility snapshot, and notifies", async () => {
    const staff = await api.signedIn(DEMO.adjudicator);
    const { data } = await staff.graphql(`query($id: ID!) { claim(id: $id) { version status allowedActions } }`, {
      id: claimId,
    });
    expect(data.claim.allowedActions).toContain("DECIDE");
    const decided = await staff.mutate(
      "recordDetermination",
      `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on MutationRecordDeterminationSuccess { data { status determinations { outcome weeklyBenefitAmount appealDeadline } notices { kind audience } } } ... on Error { code message } } }`,
      {
        input: {
          claimId,
          expectedVersion: data.claim.version,
          outcome: "APPROVED",
          reasonCode: "ELIGIBLE",
          explanation: "You meet the hours requirement and the leave is for bonding with your new child.",
          approvedStartDate: leaveStart,
          approvedEndDate: leaveEnd,
        },
      },
    );
    expect(decided.status).toBe("APPROVED");
    expect(decided.determinations[0].outcome).toBe("APPROVED");
    expect(decided.determinations[0].weeklyBenefitAmount).toMatch(/^\d+\.\d{2}$/);
    expect(decided.determinations[0].appealDeadline > today).toBe(true);
    // Staff see the claimant's notices and the employer's copy of the decision.
    expect(decided.notices.map((n: { kind: string; audience: string }) => `${n.kind} ${n.audience}`).sort()).toEqual([
      "ACKNOWLEDGMENT CLAIMANT",
      "APPROVAL CLAIMANT",
      "APPROVAL EMPLOYER",
    ]);
    const open = await api.db.task.count({ where: { claimId, status: { in: ["OPEN", "IN_PROGRESS"] } } });
    expect(open).toBe(0);
  });

  it("schedules the approved weeks in the worker's reconcile job, not at the next day's schedule", async () => {
    const determination = await api.db.determination.findFirstOrThrow({ where: { claimId } });
    const job = await api.db.job.findUniqueOrThrow({ where: { key: `payments.reconcile:${determination.id}` } });
    expect(job.payload).toEqual({ claimId, determinationId: determination.id });
    expect(await api.db.payment.count({ where: { claimId } })).toBe(0);

    await drainQueue({ db: api.db, pii: api.pii });
    const snapshot = await api.db.eligibilitySnapshot.findFirstOrThrow({
      where: { claimId },
      orderBy: { computedAt: "desc" },
    });
    const owed = weeksFor({
      weeklyBenefit: new Decimal(determination.weeklyBenefitAmount!.toString()),
      start: leaveStart,
      end: leaveEnd,
      waitingPeriodDays: snapshot.waitingPeriodDays ?? 0,
    });
    const payments = await api.db.payment.findMany({ where: { claimId }, orderBy: { periodStart: "asc" } });
    expect(owed.length).toBeGreaterThan(0);
    expect(payments.map((p) => [toDateOnly(p.periodStart), p.gross.toFixed(2), p.status])).toEqual(
      owed.map((week) => [week.periodStart, week.gross.toFixed(2), "SCHEDULED"]),
    );
    // The day's schedule finds nothing more to add.
    expect(await scheduleClaimPayments(api.db, claimId)).toBe(0);
  });

  it("shows the claimant the decision in their claim list", async () => {
    const { data } = await claimant.graphql(`{ myClaims(first: 20) { edges { node { id status claimNumber } } } }`);
    const mine = data.myClaims.edges.map((e: { node: { id: string; status: string } }) => e.node);
    expect(mine.find((c: { id: string }) => c.id === claimId)?.status).toBe("APPROVED");
  });
});

describe("withdrawing and discarding", () => {
  it("withdraws a submitted claim, cancels its open work and sends a notice", async () => {
    const aisha = await api.signedIn(DEMO.claimantAisha);
    const programId = waProgramId;
    const bakery = await api.db.employer.findFirstOrThrow({ where: { name: "Puget Sound Bakery" } });
    const draft = await aisha.mutate("createApplication", CREATE, { input: { programId, employerId: bakery.id } });
    const start = addDaysTo(todayInPacific(), 7);
    await aisha.mutate("updateApplication", UPDATE, {
      input: {
        claimId: draft.id,
        leaveReason: "OWN_HEALTH",
        conditionDescription: "Knee surgery",
        leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: addDaysTo(start, 20) }],
      },
    });
    const submitted = await aisha.mutate("submitApplication", SUBMIT, { claimId: draft.id });
    const withdrawn = await aisha.mutate(
      "withdrawClaim",
      `mutation($input: WithdrawClaimInput!) { withdrawClaim(input: $input) { __typename ... on MutationWithdrawClaimSuccess { data { status notices { kind } } } ... on Error { code message } } }`,
      { input: { claimId: draft.id, expectedVersion: submitted.version, reason: "Surgery postponed" } },
    );
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect(withdrawn.notices.map((n: { kind: string }) => n.kind)).toContain("WITHDRAWAL");
    expect(await api.db.task.count({ where: { claimId: draft.id, status: { in: ["OPEN", "IN_PROGRESS"] } } })).toBe(0);
  });

  it("discards a draft, and a second discard is a clear not-found", async () => {
    const draft = await claimant.mutate("createApplication", CREATE, { input: { programId: waProgramId } });
    const discard = `mutation($claimId: ID!) { discardApplication(claimId: $claimId) { __typename ... on Error { code } } }`;
    expect((await claimant.graphql(discard, { claimId: draft.id })).data.discardApplication.__typename).toBe(
      "MutationDiscardApplicationSuccess",
    );
    expect(await api.db.claim.count({ where: { id: draft.id } })).toBe(0);
    const again = await claimant.graphql(discard, { claimId: draft.id });
    expect(again.data.discardApplication).toEqual({ __typename: "NotFoundError", code: "NOT_FOUND" });
  });
});
