// Manual determination over real HTTP (issue 9): where the rules answer that a figure is not
// known for the claim's dates (Colorado's state average weekly wage from July 2026 is not
// published), an adjudicator enters the weekly benefit and weeks with a reason; a second staff
// member must approve before the claim is approved. The proposer cannot approve their own;
// two approvals at once decide the claim once; every step is audited; the notice carries the
// entered figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decidedClaim } from "./support/appeals.ts";
import { freshLeave } from "./support/dates.ts";
import { pdfText } from "./support/pdf-text.ts";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

let api: TestApi;
let dev: ApiClient;
let maria: ApiClient;
let adjudicator: ApiClient;
let supervisor: ApiClient;

const FIELDS = `id status outcome weeklyBenefitAmount benefitWeeks approvedStartDate approvedEndDate reason rulesErrorCode proposedBy { name } reviewedBy { name } reviewNote`;
const PROPOSE = `mutation($input: ProposeManualDeterminationInput!) { proposeManualDetermination(input: $input) {
  __typename ... on MutationProposeManualDeterminationSuccess { data { ${FIELDS} } }
  ... on InvalidInputError { code issues { path message } } ... on Error { code message } } }`;
const REVIEW = `mutation($input: ReviewManualDeterminationInput!) { reviewManualDetermination(input: $input) {
  __typename ... on MutationReviewManualDeterminationSuccess { data { ${FIELDS} } }
  ... on InvalidInputError { code issues { path message } } ... on StaleVersionError { code currentVersion } ... on Error { code message } } }`;
const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id version } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const START_REVIEW = `mutation($input: StartReviewInput!) { startReview(input: $input) { __typename ... on MutationStartReviewSuccess { data { version } } ... on Error { code message } } }`;
const CHECK = `mutation($claimId: ID!) { checkEligibility(claimId: $claimId) { __typename ... on MutationCheckEligibilitySuccess { data { eligible errorCode } } ... on Error { code message } } }`;

beforeAll(async () => {
  api = await startTestApi();
  await clearLeaveCalendar(api, DEMO.claimantDev);
  dev = await api.signedIn(DEMO.claimantDev);
  maria = await api.signedIn(DEMO.claimant);
  adjudicator = await api.signedIn(DEMO.adjudicator);
  supervisor = await api.signedIn(DEMO.supervisor);
});
afterAll(() => api.close());

/** Dev Patel's Colorado bonding claim, submitted, in review, with the rules' answer on file. */
async function coloradoClaimInReview() {
  const programId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "CO" } })).id;
  const employerId = (await api.db.employer.findFirstOrThrow({ where: { name: "Front Range Outfitters" } })).id;
  const { start, end } = freshLeave();
  const draft = await dev.mutate("createApplication", CREATE, { input: { programId, employerId } });
  await dev.mutate("updateApplication", UPDATE, {
    input: {
      claimId: draft.id,
      leaveReason: "BONDING",
      birthOrPlacementDate: start,
      leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: end }],
    },
  });
  const submitted = await dev.mutate("submitApplication", SUBMIT, { claimId: draft.id });
  const review = await adjudicator.mutate("startReview", START_REVIEW, {
    input: { claimId: draft.id, expectedVersion: submitted.version },
  });
  const snapshot = await adjudicator.mutate("checkEligibility", CHECK, { claimId: draft.id });
  return { claimId: draft.id as string, version: review.version as number, start, end, snapshot };
}

const proposal = (claim: { claimId: string; version: number; start: string; end: string }, extra = {}) => ({
  input: {
    claimId: claim.claimId,
    expectedVersion: claim.version,
    outcome: "APPROVED",
    weeklyBenefitAmount: "1100.00",
    benefitWeeks: "12",
    approvedStartDate: claim.start,
    approvedEndDate: claim.end,
    reason:
      "CO's July 2026 state average weekly wage is not published; used the FAMLI Division's letter of 2026-11-20.",
    ...extra,
  },
});

describe("a manual determination needs two people", () => {
  let claim: Awaited<ReturnType<typeof coloradoClaimInReview>>;
  let proposalId: string;

  it("is proposed by an adjudicator where the rules answer PARAMETER_NOT_KNOWN, and decides nothing yet", async () => {
    claim = await coloradoClaimInReview();
    expect(claim.snapshot).toMatchObject({ eligible: null, errorCode: "PARAMETER_NOT_KNOWN" });
    const proposed = await adjudicator.mutate("proposeManualDetermination", PROPOSE, proposal(claim));
    proposalId = proposed.id;
    expect(proposed).toMatchObject({
      status: "PROPOSED",
      weeklyBenefitAmount: expect.stringMatching(/^1100(\.00)?$/),
      benefitWeeks: expect.stringMatching(/^12(\.00)?$/),
      rulesErrorCode: "PARAMETER_NOT_KNOWN",
      reviewedBy: null,
    });
    const stored = await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } });
    expect(stored.status).toBe("IN_REVIEW");
    expect(await api.db.determination.count({ where: { claimId: claim.claimId } })).toBe(0);
    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { action: "claim.manual_determination.propose", entityId: proposalId },
    });
    expect(audit.metadata).toMatchObject({ claimId: claim.claimId, weeklyBenefitAmount: "1100.00" });
  });

  it("refuses the proposer's own approval and a second open proposal", async () => {
    const own = await adjudicator.graphql(REVIEW, { input: { manualDeterminationId: proposalId, approve: true } });
    expect(own.data.reviewManualDetermination).toMatchObject({ code: "SECOND_APPROVER_REQUIRED" });
    const again = await adjudicator.graphql(PROPOSE, proposal(claim));
    expect(again.data.proposeManualDetermination).toMatchObject({ code: "MANUAL_DETERMINATION_PENDING" });
    const stored = await api.db.manualDetermination.findUniqueOrThrow({ where: { id: proposalId } });
    expect(stored.status).toBe("PROPOSED");
    expect((await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } })).status).toBe("IN_REVIEW");
  });

  it("is not for claimants, and staff text stays with staff", async () => {
    const result = await dev.graphql(REVIEW, { input: { manualDeterminationId: proposalId, approve: true } });
    expect(result.data?.reviewManualDetermination?.code ?? result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const view = await dev.graphql(`query($id: ID!) { claim(id: $id) { manualDeterminations { id } } }`, {
      id: claim.claimId,
    });
    expect(view.data.claim.manualDeterminations).toEqual([]);
  });

  it("is approved by a second staff member, once, even when two approve at the same moment", async () => {
    // The same supervisor in a second session: two approvals racing, whoever sends them.
    const elsewhere = await api.signedIn(DEMO.supervisor);
    const [a, b] = await Promise.all([
      supervisor.graphql(REVIEW, { input: { manualDeterminationId: proposalId, approve: true } }),
      elsewhere.graphql(REVIEW, { input: { manualDeterminationId: proposalId, approve: true } }),
    ]);
    const outcomes = [a.data.reviewManualDetermination, b.data.reviewManualDetermination];
    const winners = outcomes.filter((o) => o.__typename === "MutationReviewManualDeterminationSuccess");
    expect(winners).toHaveLength(1);
    expect(outcomes.find((o) => o !== winners[0])).toMatchObject({ code: "MANUAL_DETERMINATION_CLOSED" });
    expect(winners[0].data).toMatchObject({ status: "APPROVED", reviewedBy: { name: expect.any(String) } });

    const stored = await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } });
    expect(stored.status).toBe("APPROVED");
    const determinations = await api.db.determination.findMany({ where: { claimId: claim.claimId } });
    expect(determinations).toHaveLength(1);
    expect(determinations[0]).toMatchObject({ reasonCode: "MANUAL_DETERMINATION" });
    expect(determinations[0]!.weeklyBenefitAmount!.toFixed(2)).toBe("1100.00");
    const adjudicatorUser = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.adjudicator } });
    expect(determinations[0]!.decidedById).toBe(adjudicatorUser.id);
    const actions = (
      await api.db.auditEvent.findMany({
        where: { OR: [{ entityId: proposalId }, { entityId: determinations[0]!.id }] },
      })
    ).map((e) => e.action);
    expect(actions.sort()).toEqual([
      "claim.manual_determination.approve",
      "claim.manual_determination.propose",
      "claim.record_determination",
    ]);
    // Both people's steps are in the claim's own audit trail, as the claim screen shows it.
    const trail = await supervisor.graphql(`query($id: ID!) { claim(id: $id) { auditTrail { action } } }`, {
      id: claim.claimId,
    });
    const trailActions = trail.data.claim.auditTrail.map((e: { action: string }) => e.action);
    expect(trailActions).toEqual(
      expect.arrayContaining(["claim.manual_determination.propose", "claim.manual_determination.approve"]),
    );
  });

  it("gives the claimant an approval notice with the entered weekly benefit and weeks", async () => {
    const view = await dev.graphql(`query($id: ID!) { claim(id: $id) { notices { kind pdfUrl } } }`, {
      id: claim.claimId,
    });
    const notice = view.data.claim.notices.find((n: { kind: string }) => n.kind === "APPROVAL");
    const response = await dev.fetch(notice.pdfUrl);
    const text = (await pdfText(new Uint8Array(await response.arrayBuffer()))).text.replace(/\n/g, " ");
    expect(text).toContain("Weekly benefit amount: $1,100.00");
    expect(text).toContain("Weeks of benefits: 12");
  });
});

describe("what a manual determination refuses", () => {
  it("a claim whose figures the rules computed", async () => {
    await clearLeaveCalendar(api, DEMO.claimant);
    const decided = await decidedClaim(api, maria, "Evergreen Robotics LLC", "DENIED");
    const stored = await api.db.claim.findUniqueOrThrow({ where: { id: decided.claimId } });
    const result = await adjudicator.graphql(
      PROPOSE,
      proposal({ claimId: decided.claimId, version: stored.version, start: decided.leaveStart, end: decided.leaveEnd }),
    );
    expect(result.data.proposeManualDetermination.code).toBe("FIGURES_KNOWN");
  });

  it("figures that are not money, a reason too short, dates outside the leave; a rejection needs a note", async () => {
    const claim = await coloradoClaimInReview();
    const bad = await adjudicator.graphql(
      PROPOSE,
      proposal(claim, { weeklyBenefitAmount: "1,100", benefitWeeks: "99", reason: "because" }),
    );
    const paths = bad.data.proposeManualDetermination.issues.map((i: { path: string[] }) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["input.weeklyBenefitAmount", "input.benefitWeeks", "input.reason"]));
    const outside = await adjudicator.graphql(PROPOSE, proposal(claim, { approvedEndDate: "2099-01-01" }));
    expect(outside.data.proposeManualDetermination.issues[0].path).toEqual(["input", "approvedStartDate"]);
    expect(await api.db.manualDetermination.count({ where: { claimId: claim.claimId } })).toBe(0);

    const proposed = await adjudicator.mutate("proposeManualDetermination", PROPOSE, proposal(claim));
    const noNote = await supervisor.graphql(REVIEW, { input: { manualDeterminationId: proposed.id, approve: false } });
    expect(noNote.data.reviewManualDetermination.issues[0].path).toEqual(["input", "note"]);
    const rejected = await supervisor.mutate("reviewManualDetermination", REVIEW, {
      input: {
        manualDeterminationId: proposed.id,
        approve: false,
        note: "The letter is a draft; wait for the figure.",
      },
    });
    expect(rejected).toMatchObject({ status: "REJECTED", reviewNote: "The letter is a draft; wait for the figure." });
    expect((await api.db.claim.findUniqueOrThrow({ where: { id: claim.claimId } })).status).toBe("IN_REVIEW");
  });
});
