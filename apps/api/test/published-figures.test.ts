// Figures a deployment publishes, through the API: one program administrator proposes a
// figure, a second approves it, and from then on the next evaluation for dates inside its range
// uses it — and names it as the deployment's — while evaluations for other dates, and every
// evaluation before the approval, are unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

// WA selects its figures by the application date, which for a draft is the program's today.
const OUTSIDE = new Date("2026-12-02T17:00:00Z");
const INSIDE = new Date("2026-12-14T17:00:00Z");
let clock = INSIDE;

const FIGURE = `id status version value effectiveFrom effectiveTo canDecide parameter { id label unit } proposedBy { name } decidedBy { name }`;
const PROPOSE = `mutation($input: ProposePublishedFigureInput!) { proposePublishedFigure(input: $input) { __typename ... on MutationProposePublishedFigureSuccess { data { ${FIGURE} } } ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const DECIDE = `mutation($input: DecidePublishedFigureInput!) { decidePublishedFigure(input: $input) { __typename ... on MutationDecidePublishedFigureSuccess { data { ${FIGURE} } } ... on Error { code message } } }`;
const LIST = `query { publishedFigures { ${FIGURE} } }`;
const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const CHECK = `mutation($claimId: ID!) { checkEligibility(claimId: $claimId) { __typename ... on MutationCheckEligibilitySuccess { data { eligible errorCode weeklyBenefitAmount explanation } } ... on Error { code message } } }`;

const MAXIMUM = "wa-pfml.maximum-weekly-benefit";

interface Use {
  id: string;
  value: unknown;
  source: string;
  cite: { title: string }[];
}
/** The mutation's payload, success or typed error (ApiClient.mutate throws on errors). */
async function payload(client: ApiClient, field: string, query: string, variables: Record<string, unknown>) {
  const result = await client.graphql(query, variables);
  if (result.errors?.length) throw new Error(`${field}: ${JSON.stringify(result.errors)}`);
  const body = result.data[field];
  return body.__typename.endsWith("Success") ? { __typename: body.__typename, ...body.data } : body;
}

function usesOf(explanation: { parameters?: Use[] }[], id: string): Use[] {
  return explanation.flatMap((step) => step.parameters ?? []).filter((use) => use.id === id);
}

describe("a figure published in the console", () => {
  let api: TestApi;
  let proposer: ApiClient;
  let approver: ApiClient;
  let adjudicator: ApiClient;
  let claimant: ApiClient;
  let waProgramId: string;
  let draftId: string;
  let baseline: string;

  const estimate = async () => claimant.mutate("checkEligibility", CHECK, { claimId: draftId });
  const propose = (input: Record<string, unknown>) =>
    payload(proposer, "proposePublishedFigure", PROPOSE, {
      input: {
        programId: waProgramId,
        parameterId: MAXIMUM,
        value: "900.00",
        effectiveFrom: "2026-12-10",
        effectiveTo: "2026-12-31",
        citationTitle: "ESD: maximum weekly benefit for claims filed 2026-12-10 to 2026-12-31",
        citationHref: "https://paidleave.wa.gov/",
        ...input,
      },
    });

  /** Moves the clock and signs everyone in again (twelve days outlive a session). */
  async function asOf(when: Date) {
    clock = when;
    [proposer, approver, adjudicator, claimant] = await Promise.all([
      api.signedIn(DEMO.programAdmin),
      api.signedIn(DEMO.programAdmin2),
      api.signedIn(DEMO.adjudicator),
      api.signedIn(DEMO.claimant),
    ]);
  }

  beforeAll(async () => {
    api = await startTestApi({ now: () => clock });
    await asOf(INSIDE);
    waProgramId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA", code: "PFML" } })).id;
    const evergreen = await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } });
    const draft = await claimant.mutate("createApplication", CREATE, {
      input: { programId: waProgramId, employerId: evergreen.id },
    });
    draftId = draft.id;
    await claimant.mutate("updateApplication", UPDATE, {
      input: {
        claimId: draftId,
        leaveReason: "OWN_HEALTH",
        leavePeriods: [{ kind: "CONTINUOUS", startDate: "2026-12-21", endDate: "2027-01-15" }],
      },
    });
  }, 120_000);
  afterAll(async () => api?.close());

  it("the packaged maximum applies before anything is published", async () => {
    const packaged = await estimate();
    expect(packaged.errorCode, JSON.stringify(packaged.explanation).slice(0, 300)).toBeNull();
    baseline = packaged.weeklyBenefitAmount;
    // The figure below must bind for this claimant, or the test could not fail.
    expect(Number(baseline)).toBeGreaterThan(900);
    expect(usesOf(packaged.explanation, MAXIMUM)[0]?.source).toBe("packaged");
  });

  it("refuses a parameter the rules package does not have, and a value of the wrong kind", async () => {
    const unknown = await propose({ parameterId: "wa-pfml.no-such-figure" });
    expect(unknown.__typename).toBe("InvalidInputError");
    expect(unknown.issues).toEqual([expect.objectContaining({ path: ["input", "parameterId"] })]);
    const money = await propose({ value: "$900" });
    expect(money.issues).toEqual([expect.objectContaining({ path: ["input", "value"] })]);
    const otherProgram = await propose({ parameterId: "ma-pfml.maximum-weekly-benefit" });
    expect(otherProgram.issues).toEqual([expect.objectContaining({ path: ["input", "parameterId"] })]);
    const reversed = await propose({ effectiveTo: "2026-12-01" });
    expect(reversed.issues).toEqual([expect.objectContaining({ path: ["input", "effectiveTo"] })]);
    expect(await api.db.publishedFigure.count()).toBe(0);
  });

  let figureId: string;
  let version: number;

  it("a proposal changes nothing, and its proposer cannot approve it", async () => {
    const proposed = await propose({});
    expect(proposed.status).toBe("PENDING_APPROVAL");
    expect(proposed.canDecide).toBe(false);
    expect(proposed.parameter).toEqual({ id: MAXIMUM, label: expect.any(String), unit: "USD/week" });
    figureId = proposed.id;
    version = proposed.version;

    expect((await estimate()).weeklyBenefitAmount).toBe(baseline);

    const own = await payload(proposer, "decidePublishedFigure", DECIDE, {
      input: { figureId, expectedVersion: version, decision: "APPROVE" },
    });
    expect(own.__typename).toBe("ForbiddenError");
    expect((await api.db.publishedFigure.findUniqueOrThrow({ where: { id: figureId } })).status).toBe(
      "PENDING_APPROVAL",
    );
    expect((await estimate()).weeklyBenefitAmount).toBe(baseline);

    // Staff see it; the second administrator may decide it, an adjudicator may not.
    const seenByApprover = (await approver.graphql(LIST)).data.publishedFigures;
    expect(seenByApprover).toEqual([expect.objectContaining({ id: figureId, canDecide: true })]);
    const seenByAdjudicator = (await adjudicator.graphql(LIST)).data.publishedFigures;
    expect(seenByAdjudicator).toEqual([expect.objectContaining({ id: figureId, canDecide: false })]);
    const byAdjudicator = await adjudicator.graphql(DECIDE, {
      input: { figureId, expectedVersion: version, decision: "APPROVE" },
    });
    expect(byAdjudicator.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("after a second administrator approves, evaluations for its dates use it and name its source; others do not", async () => {
    const stale = await payload(approver, "decidePublishedFigure", DECIDE, {
      input: { figureId, expectedVersion: version + 1, decision: "APPROVE" },
    });
    expect(stale.__typename).toBe("StaleVersionError");

    const approved = await approver.mutate("decidePublishedFigure", DECIDE, {
      input: { figureId, expectedVersion: version, decision: "APPROVE" },
    });
    expect(approved.status).toBe("APPROVED");
    expect(approved.decidedBy).toEqual({ name: "Robin Hayes" });

    const inside = await estimate();
    expect(inside.weeklyBenefitAmount).toBe("900.00");
    const [use] = usesOf(inside.explanation, MAXIMUM);
    expect(use?.source).toBe("deployment");
    expect(use?.cite[0]?.title).toContain("ESD: maximum weekly benefit");

    await asOf(OUTSIDE);
    const outside = await estimate();
    expect(outside.errorCode).toBeNull();
    expect(outside.weeklyBenefitAmount).not.toBe("900.00");
    expect(usesOf(outside.explanation, MAXIMUM)[0]?.source).toBe("packaged");
    await asOf(INSIDE);

    const again = await payload(approver, "decidePublishedFigure", DECIDE, {
      input: { figureId, expectedVersion: approved.version, decision: "REJECT", note: "Too late" },
    });
    expect(again.__typename).toBe("IllegalTransitionError");
  });

  it("refuses to approve a second figure that overlaps an approved one; a rejection needs a reason", async () => {
    const overlapping = await approver.mutate("proposePublishedFigure", PROPOSE, {
      input: {
        programId: waProgramId,
        parameterId: MAXIMUM,
        value: "950.00",
        effectiveFrom: "2026-12-20",
        citationTitle: "A second notice",
      },
    });
    const refused = await payload(proposer, "decidePublishedFigure", DECIDE, {
      input: { figureId: overlapping.id, expectedVersion: overlapping.version, decision: "APPROVE" },
    });
    expect(refused.code).toBe("FIGURE_OVERLAPS");
    const noReason = await proposer.graphql(DECIDE, {
      input: { figureId: overlapping.id, expectedVersion: overlapping.version, decision: "REJECT" },
    });
    expect(noReason.data.decidePublishedFigure.__typename).toBe("InvalidInputError");
    const rejected = await proposer.mutate("decidePublishedFigure", DECIDE, {
      input: { figureId: overlapping.id, expectedVersion: overlapping.version, decision: "REJECT", note: "Overlaps" },
    });
    expect(rejected.status).toBe("REJECTED");
    expect((await estimate()).weeklyBenefitAmount).toBe("900.00");
  });

  it("every step is in the audit trail", async () => {
    const events = await api.db.auditEvent.findMany({
      where: { entityType: "PublishedFigure" },
      orderBy: { id: "asc" },
      select: { action: true, entityId: true },
    });
    expect(events.map((e) => e.action)).toEqual([
      "published_figure.propose",
      "published_figure.approve",
      "published_figure.propose",
      "published_figure.reject",
    ]);
    expect(events[1]?.entityId).toBe(figureId);
  });
});
