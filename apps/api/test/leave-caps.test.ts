// Leave caps at decision time (issue 9): an approval may not give more leave than the claimant
// has left for the reason in the program's window once their other approved claims are counted
// — recounted when the decision is recorded, not read from the older eligibility snapshot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDaysTo, todayInPacific } from "./support/dates.ts";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id claimNumber version } } ... on Error { code message } } }`;
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

async function submitBonding(start: string, end: string) {
  const draft = await maria.mutate("createApplication", CREATE, { input: { programId, employerId } });
  await maria.mutate("updateApplication", UPDATE, {
    input: {
      claimId: draft.id,
      leaveReason: "BONDING",
      leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: end }],
    },
  });
  return maria.mutate("submitApplication", SUBMIT, { claimId: draft.id }) as Promise<{ id: string; version: number }>;
}

describe("leave caps when a decision approves leave", () => {
  it("refuses more bonding leave than Washington's 12 weeks allow after another approved claim, and takes the rest", async () => {
    const today = todayInPacific();
    // Four weeks asked for now, then ten weeks of bonding approved on another claim after it:
    // 10 of the 12 weeks are used, two remain for this claim.
    const claim = await submitBonding(addDaysTo(today, 1), addDaysTo(today, 28));
    const other = await submitBonding(addDaysTo(today, 29), addDaysTo(today, 98));
    await api.db.claim.update({ where: { id: other.id }, data: { status: "APPROVED" } });
    await api.db.leavePeriod.updateMany({ where: { claimId: other.id }, data: { decision: "APPROVED" } });

    const review = await staff.mutate("startReview", START_REVIEW, {
      input: { claimId: claim.id, expectedVersion: claim.version },
    });
    const decide = (outcome: string, end: string) =>
      staff.graphql(DETERMINE, {
        input: {
          claimId: claim.id,
          expectedVersion: review.version,
          outcome,
          reasonCode: outcome === "APPROVED" ? "ELIGIBLE" : "BENEFITS_EXHAUSTED",
          explanation: "The certification supports bonding leave from the first day.",
          approvedStartDate: addDaysTo(today, 1),
          approvedEndDate: end,
        },
      });

    const whole = ((await decide("APPROVED", addDaysTo(today, 28))).data as any).recordDetermination;
    expect(whole.code).toBe("INVALID_INPUT");
    expect(whole.issues[0].path).toEqual(["input", "approvedEndDate"]);
    expect(whole.issues[0].message).toContain("2 weeks (14 days)");
    expect(whole.issues[0].message).toContain(`Approve through ${addDaysTo(today, 14)} at the latest`);
    expect((await api.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");

    const part = ((await decide("PARTIALLY_APPROVED", addDaysTo(today, 14))).data as any).recordDetermination;
    expect(part.__typename).toBe("MutationRecordDeterminationSuccess");
    expect(part.data.status).toBe("PARTIALLY_APPROVED");
  });
});
