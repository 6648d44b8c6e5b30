// One leave, one benefit (issue 12, finding 9): two claims of one person for the same days
// cannot both be submitted, even at the same moment, nor both be approved; the error names the
// other claim.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshLeave } from "./support/dates.ts";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id claimNumber version } } ... on InvalidInputError { code message issues { path message } } ... on Error { code message } } }`;
const START_REVIEW = `mutation($input: StartReviewInput!) { startReview(input: $input) { __typename ... on MutationStartReviewSuccess { data { version } } ... on Error { code message } } }`;
const DETERMINE = `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on MutationRecordDeterminationSuccess { data { status } } ... on InvalidInputError { code message issues { path message } } ... on Error { code message } } }`;

let api: TestApi;
let maria: ApiClient;
let staff: ApiClient;
let programId: string;
let employerId: string;

beforeAll(async () => {
  api = await startTestApi({ env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000" } });
  await clearLeaveCalendar(api, DEMO.claimant);
  maria = await api.signedIn(DEMO.claimant);
  staff = await api.signedIn(DEMO.adjudicator);
  programId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } })).id;
  employerId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
});
afterAll(() => api.close());

async function draftFor(leave: { start: string; end: string }) {
  const draft = await maria.mutate("createApplication", CREATE, { input: { programId, employerId } });
  await maria.mutate("updateApplication", UPDATE, {
    input: {
      claimId: draft.id,
      leaveReason: "BONDING",
      leavePeriods: [{ kind: "CONTINUOUS", startDate: leave.start, endDate: leave.end }],
    },
  });
  return draft.id as string;
}

describe("two claims for the same leave", () => {
  it("submitted at the same moment: one is filed, the other refused naming it", async () => {
    const leave = freshLeave();
    const drafts = [await draftFor(leave), await draftFor(leave)];
    const results = await Promise.all(drafts.map((claimId) => maria.graphql(SUBMIT, { claimId })));
    const payloads = results.map((r) => (r.data as any).submitApplication);
    const filed = payloads.filter((p) => p.__typename === "MutationSubmitApplicationSuccess");
    const refused = payloads.filter((p) => p.__typename === "InvalidInputError");
    expect(filed).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].issues[0].path).toEqual(["leavePeriods"]);
    expect(refused[0].issues[0].message).toContain(filed[0].data.claimNumber);
    expect(refused[0].issues[0].message).toContain(leave.start);
  });

  it("a later claim overlapping by one day is refused too; one that does not overlap is filed", async () => {
    const first = freshLeave();
    await maria.mutate("submitApplication", SUBMIT, { claimId: await draftFor(first) });
    const touching = await maria.graphql(SUBMIT, { claimId: await draftFor({ start: first.end, end: first.end }) });
    expect((touching.data as any).submitApplication.code).toBe("INVALID_INPUT");
    const next = freshLeave();
    const separate = await maria.graphql(SUBMIT, { claimId: await draftFor(next) });
    expect((separate.data as any).submitApplication.__typename).toBe("MutationSubmitApplicationSuccess");
  });

  it("two claims that already overlap (filed before this rule) cannot both be approved", async () => {
    const leave = freshLeave();
    const claims: { id: string; version: number; claimNumber: string }[] = [];
    for (const dates of [leave, freshLeave()]) {
      const submitted = await maria.mutate("submitApplication", SUBMIT, { claimId: await draftFor(dates) });
      claims.push(submitted);
    }
    // The second claim's dates move onto the first's, as data from before the rule could be.
    await api.db.leavePeriod.updateMany({
      where: { claimId: claims[1]!.id },
      data: { startDate: new Date(`${leave.start}T00:00:00Z`), endDate: new Date(`${leave.end}T00:00:00Z`) },
    });
    const decide = async (claim: { id: string; version: number }) => {
      const review = await staff.mutate("startReview", START_REVIEW, {
        input: { claimId: claim.id, expectedVersion: claim.version },
      });
      return staff.graphql(DETERMINE, {
        input: {
          claimId: claim.id,
          expectedVersion: review.version,
          outcome: "APPROVED",
          reasonCode: "ELIGIBLE",
          explanation: "You meet every requirement for bonding leave.",
          approvedStartDate: leave.start,
          approvedEndDate: leave.end,
        },
      });
    };
    expect(((await decide(claims[0]!)).data as any).recordDetermination.__typename).toBe(
      "MutationRecordDeterminationSuccess",
    );
    const second = (await decide(claims[1]!)).data as any;
    expect(second.recordDetermination.code).toBe("INVALID_INPUT");
    expect(second.recordDetermination.issues[0].message).toContain(claims[0]!.claimNumber);
  });
});
