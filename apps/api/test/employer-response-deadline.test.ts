// The employer-response window over real HTTP on the real database, with the API's clock set:
// the due date comes from the rules package (MA counts 10 business days on its own holiday
// calendar), the window closes at the end of the due date where the program's agency is, a late
// answer is refused with the deadline named and nothing written, and "due soon" counts each
// program's business days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBusinessDaysOn, employerResponseDue, isRulesErrorResult } from "@openleave/rules";
import { clearLeaveCalendar, DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const clock = { now: new Date("2026-11-20T17:00:00Z") }; // Friday, noon in Boston
const setClock = (iso: string) => (clock.now = new Date(iso));

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id status employerResponses { id dueDate dueDateBasis version } } } ... on Error { code message } } }`;
const RESPOND = `mutation($input: RespondToClaimInput!) { respondToClaim(input: $input) { __typename ... on MutationRespondToClaimSuccess { data { status } } ... on Error { code message } } }`;
const DASHBOARD = `query($employerId: ID!, $dueSoon: Boolean) {
  employerActionCounts(employerId: $employerId) { awaitingResponse dueSoon }
  employerClaims(employerId: $employerId, dueSoon: $dueSoon, first: 20) {
    edges { node { id employerResponses { dueDate dueSoon } } }
  }
}`;

let api: TestApi;
let baystateId: string;
const claimIds: string[] = [];
const responses: { id: string; version: number; dueDate: string }[] = [];

async function signedIn(email: string): Promise<ApiClient> {
  return api.signedIn(email); // a fresh session at the clock's current time
}

beforeAll(async () => {
  api = await startTestApi({ now: () => clock.now });
  await clearLeaveCalendar(api, DEMO.claimantJames);
  const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: "MA" } });
  baystateId = (await api.db.employer.findFirstOrThrow({ where: { name: "Bay State Health Partners" } })).id;
  const james = await signedIn(DEMO.claimantJames);
  // Two claims submitted the same Friday, so they share one due date.
  for (const [start, end] of [
    ["2026-12-14", "2026-12-20"],
    ["2026-12-28", "2027-01-03"],
  ]) {
    const draft = await james.mutate("createApplication", CREATE, {
      input: { programId: program.id, employerId: baystateId },
    });
    await james.mutate("updateApplication", UPDATE, {
      input: {
        claimId: draft.id,
        leaveReason: "OWN_HEALTH",
        conditionDescription: "Shoulder surgery",
        leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: end }],
      },
    });
    const claim = await james.mutate("submitApplication", SUBMIT, { claimId: draft.id });
    claimIds.push(claim.id);
    responses.push(claim.employerResponses[0]);
  }
});
afterAll(() => api.close());

describe("the employer-response due date", () => {
  it("is the program's period from the rules package: 10 MA business days, skipping Thanksgiving", () => {
    const rules = employerResponseDue({ jurisdiction: "MA", program: "PFML", from: "2026-11-20" });
    if (isRulesErrorResult(rules)) throw new Error(rules.error.message);
    const counted = addBusinessDaysOn({ calendar: "MA", from: "2026-11-20", businessDays: 10 });
    if (isRulesErrorResult(counted)) throw new Error(counted.error.message);
    expect(counted.holidaysSkipped.map((h) => h.date)).toEqual(["2026-11-26"]);
    // Without the holiday the tenth business day would be Friday 2026-12-04.
    expect(rules.dueDate).toBe("2026-12-07");
    expect(responses.map((r) => r.dueDate)).toEqual(["2026-12-07", "2026-12-07"]);
  });
});

describe("due soon, in the program's business days", () => {
  it("is not due soon on Wednesday 2026-12-02 (two business days run to Friday)", async () => {
    setClock("2026-12-02T17:00:00Z");
    const hr = await signedIn(DEMO.leaveAdminMa);
    const { data } = await hr.graphql(DASHBOARD, { employerId: baystateId, dueSoon: true });
    expect(data.employerActionCounts).toEqual({ awaitingResponse: 2, dueSoon: 0 });
    expect(data.employerClaims.edges).toEqual([]);
  });

  it("is due soon on Thursday 2026-12-03: Friday and the Monday after the weekend are the next two business days", async () => {
    setClock("2026-12-03T17:00:00Z");
    const hr = await signedIn(DEMO.leaveAdminMa);
    const { data } = await hr.graphql(DASHBOARD, { employerId: baystateId, dueSoon: true });
    expect(data.employerActionCounts).toEqual({ awaitingResponse: 2, dueSoon: 2 });
    const ids = data.employerClaims.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    expect(ids).toEqual([...claimIds].sort());
    for (const edge of data.employerClaims.edges) {
      expect(edge.node.employerResponses).toEqual([{ dueDate: "2026-12-07", dueSoon: true }]);
    }
  });
});

describe("the end of the window", () => {
  it("accepts an answer at 11:30 p.m. in Boston on the due date", async () => {
    setClock("2026-12-08T04:30:00Z");
    const hr = await signedIn(DEMO.leaveAdminMa);
    const answered = await hr.mutate("respondToClaim", RESPOND, {
      input: { employerResponseId: responses[0]!.id, expectedVersion: responses[0]!.version, decision: "CONFIRM" },
    });
    expect(answered.status).toBe("CONFIRMED");
  });

  it("refuses one half an hour into the next day in Boston (still the due date in Seattle), naming the deadline, writing nothing", async () => {
    setClock("2026-12-08T05:30:00Z");
    const hr = await signedIn(DEMO.leaveAdminMa);
    const counts = async () => ({
      audit: await api.db.auditEvent.count({ where: { entityId: responses[1]!.id } }),
      tasks: await api.db.task.count({ where: { claimId: claimIds[1] } }),
      statusChanges: await api.db.claimStatusChange.count({ where: { claimId: claimIds[1] } }),
      response: await api.db.employerResponse.findUniqueOrThrow({ where: { id: responses[1]!.id } }),
    });
    const before = await counts();
    const result = await hr.graphql(RESPOND, {
      input: {
        employerResponseId: responses[1]!.id,
        expectedVersion: responses[1]!.version,
        decision: "CONTEST",
        contestReasons: ["DATES_INCORRECT"],
        comment: "The leave starts a week later.",
      },
    });
    expect(result.data.respondToClaim.code).toBe("RESPONSE_WINDOW_CLOSED");
    expect(result.data.respondToClaim.message).toContain("2026-12-07");
    expect(await counts()).toEqual(before);
    expect(before.response.status).toBe("PENDING");
  });

  it("no longer counts the closed response as awaiting an answer", async () => {
    const hr = await signedIn(DEMO.leaveAdminMa);
    const { data } = await hr.graphql(DASHBOARD, { employerId: baystateId });
    expect(data.employerActionCounts).toEqual({ awaitingResponse: 0, dueSoon: 0 });
  });
});
