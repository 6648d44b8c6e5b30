// Retries and races: a submit retried many times at once makes one claim; two decisions on
// one claim at once cannot both win; a retried "start application" makes one draft.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { freshLeave } from "./support/dates.ts";

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id version } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id version } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id claimNumber status } } ... on Error { code message } } }`;
const DECIDE = `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on MutationRecordDeterminationSuccess { data { status } } ... on Error { code message } } }`;

let api: TestApi;
let claimant: ApiClient;
let programId: string;
let employerId: string;

beforeAll(async () => {
  api = await startTestApi();
  await clearLeaveCalendar(api, DEMO.claimant);
  claimant = await api.signedIn(DEMO.claimant);
  programId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } })).id;
  employerId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
});
afterAll(() => api.close());

async function completeDraft(client: ApiClient) {
  const draft = await client.mutate("createApplication", CREATE, { input: { programId, employerId } });
  const { start, end } = freshLeave();
  await client.mutate("updateApplication", UPDATE, {
    input: {
      claimId: draft.id,
      leaveReason: "BONDING",
      leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: end }],
    },
  });
  return draft.id as string;
}

describe("idempotent submit", () => {
  it("turns eight simultaneous submits of one application into exactly one claim", async () => {
    const claimId = await completeDraft(claimant);
    const results = await Promise.all(Array.from({ length: 8 }, () => claimant.graphql(SUBMIT, { claimId })));
    const payloads = results.map((r) => r.data.submitApplication);
    expect(payloads.every((p) => p.__typename === "MutationSubmitApplicationSuccess")).toBe(true);
    const numbers = new Set(payloads.map((p) => p.data.claimNumber));
    expect(numbers.size).toBe(1);
    expect(await api.db.claim.count({ where: { claimNumber: [...numbers][0] } })).toBe(1);
    expect(await api.db.employerResponse.count({ where: { claimId } })).toBe(1);
    expect(await api.db.task.count({ where: { claimId } })).toBe(2);
    expect(await api.db.notice.count({ where: { claimId, kind: "ACKNOWLEDGMENT" } })).toBe(1);
    expect(await api.db.auditEvent.count({ where: { entityId: claimId, action: "claim.submit" } })).toBe(1);
  });

  it("returns the same claim when a submit is retried later", async () => {
    const claimId = await completeDraft(claimant);
    const first = (await claimant.graphql(SUBMIT, { claimId })).data.submitApplication.data;
    const retry = (await claimant.graphql(SUBMIT, { claimId })).data.submitApplication.data;
    expect(retry).toEqual(first);
  });

  it("makes one draft from a retried start-application with the same key", async () => {
    const input = { programId, createKey: "double-click-key-42" };
    const results = await Promise.all(Array.from({ length: 5 }, () => claimant.graphql(CREATE, { input })));
    const ids = new Set(results.map((r) => r.data.createApplication.data.id));
    expect(ids.size).toBe(1);
  });
});

describe("concurrent decisions", () => {
  it("lets exactly one of two simultaneous decisions on a claim win", async () => {
    const claimId = await completeDraft(claimant);
    await claimant.mutate("submitApplication", SUBMIT, { claimId });
    const adjudicator = await api.signedIn(DEMO.adjudicator);
    const supervisor = await api.signedIn(DEMO.supervisor);
    const inReview = await adjudicator.mutate(
      "startReview",
      `mutation($input: StartReviewInput!) { startReview(input: $input) { __typename ... on MutationStartReviewSuccess { data { version } } ... on Error { code } } }`,
      {
        input: { claimId, expectedVersion: (await api.db.claim.findUniqueOrThrow({ where: { id: claimId } })).version },
      },
    );
    const periods = await api.db.leavePeriod.findMany({ where: { claimId } });
    const start = periods[0]!.startDate.toISOString().slice(0, 10);
    const end = periods[0]!.endDate.toISOString().slice(0, 10);
    const [approve, deny] = await Promise.all([
      adjudicator.graphql(DECIDE, {
        input: {
          claimId,
          expectedVersion: inReview.version,
          outcome: "APPROVED",
          reasonCode: "ELIGIBLE",
          explanation: "Meets every requirement.",
          approvedStartDate: start,
          approvedEndDate: end,
        },
      }),
      supervisor.graphql(DECIDE, {
        input: {
          claimId,
          expectedVersion: inReview.version,
          outcome: "DENIED",
          reasonCode: "OTHER",
          explanation: "Denied in a racing decision.",
        },
      }),
    ]);
    const outcomes = [approve.data.recordDetermination, deny.data.recordDetermination];
    const winners = outcomes.filter((o) => o.__typename === "MutationRecordDeterminationSuccess");
    const losers = outcomes.filter((o) => o.__typename !== "MutationRecordDeterminationSuccess");
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(["STALE_VERSION", "ILLEGAL_TRANSITION"]).toContain(losers[0].code);
    expect(await api.db.determination.count({ where: { claimId } })).toBe(1);
    const claim = await api.db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim.status).toBe(winners[0].data.status);
    expect(
      await api.db.notice.count({ where: { claimId, kind: { in: ["APPROVAL", "DENIAL"] }, audience: "CLAIMANT" } }),
    ).toBe(1);
  });

  it("refuses a decision made on an out-of-date view of the claim", async () => {
    const claimId = await completeDraft(claimant);
    await claimant.mutate("submitApplication", SUBMIT, { claimId });
    const staff = await api.signedIn(DEMO.adjudicator);
    const seen = (await api.db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
    // Someone else moves the claim on after the adjudicator loaded it.
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const response = await api.db.employerResponse.findFirstOrThrow({ where: { claimId } });
    await hr.mutate(
      "respondToClaim",
      `mutation($input: RespondToClaimInput!) { respondToClaim(input: $input) { __typename ... on MutationRespondToClaimSuccess { data { status } } ... on Error { code } } }`,
      {
        input: {
          employerResponseId: response.id,
          expectedVersion: response.version,
          decision: "CONTEST",
          contestReasons: ["DATES_INCORRECT"],
          comment: "Leave dates differ from our records.",
        },
      },
    );
    const result = await staff.graphql(DECIDE, {
      input: {
        claimId,
        expectedVersion: seen,
        outcome: "DENIED",
        reasonCode: "OTHER",
        explanation: "Decided on an old view.",
      },
    });
    expect(result.data.recordDetermination).toMatchObject({ __typename: "StaleVersionError", code: "STALE_VERSION" });
    expect(await api.db.determination.count({ where: { claimId } })).toBe(0);
  });
});
