// Becoming a verified leave administrator, over real HTTP on the real database: ask by FEIN, prove
// the link with a recent quarter's total wages (within $1), three wrong answers lock it, then the
// person asks staff for help (one task, however often they ask). Wrong answers change nothing
// but the count of tries; every step is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const LINKS = `{ myEmployerLinks { id verified verificationAttemptsRemaining verificationLocked helpRequestedAt employer { id name } } }`;
const REQUEST = `mutation($input: RequestEmployerAccessInput!) { requestEmployerAccess(input: $input) { __typename ... on MutationRequestEmployerAccessSuccess { data { id verified verificationAttemptsRemaining } } ... on Error { code message } } }`;
const VERIFY = `mutation($input: VerifyEmployerAccessInput!) { verifyEmployerAccess(input: $input) { __typename ... on MutationVerifyEmployerAccessSuccess { data { id verified verificationAttemptsRemaining } } ... on Error { code message } } }`;
const HELP = `mutation($input: RequestVerificationHelpInput!) { requestVerificationHelp(input: $input) { __typename ... on MutationRequestVerificationHelpSuccess { data { helpRequestedAt } } ... on Error { code message } } }`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** The total wages of the employer's latest reported quarter: a figure only it knows. */
async function latestQuarterWages(employerId: string): Promise<string> {
  const [latest] = await api.db.wageRecord.groupBy({
    by: ["year", "quarter"],
    where: { employerId },
    _sum: { wages: true },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    take: 1,
  });
  return latest!._sum.wages!.toFixed(2);
}

describe("three tries, then the staff-help path", () => {
  let hr: ApiClient;
  let linkId: string;
  let bakeryId: string;

  beforeAll(async () => {
    hr = await api.signedIn(DEMO.unverifiedLeaveAdmin);
    const { data } = await hr.graphql(LINKS);
    linkId = data.myEmployerLinks[0].id;
    bakeryId = data.myEmployerLinks[0].employer.id;
    expect(data.myEmployerLinks[0]).toMatchObject({ verified: false, verificationAttemptsRemaining: 3 });
  });

  it("shows an unverified administrator nothing about employees", async () => {
    const { data } = await hr.graphql(`{ employerClaims(first: 10) { edges { node { id } } } }`);
    expect(data.employerClaims.edges).toEqual([]);
    const aishaClaim = await api.db.claim.findFirstOrThrow({ where: { employerId: bakeryId, status: "APPROVED" } });
    const direct = await hr.graphql(`query($id: ID!) { claim(id: $id) { id } }`, { id: aishaClaim.id });
    expect(direct.data?.claim ?? null).toBeNull();
  });

  it("counts down the tries with a message that says how many are left, changing nothing else", async () => {
    const auditBefore = await api.db.auditEvent.count({ where: { entityId: linkId } });
    const first = await hr.graphql(VERIFY, { input: { leaveAdministratorId: linkId, amount: "1.00" } });
    expect(first.data.verifyEmployerAccess).toMatchObject({ code: "VERIFICATION_FAILED" });
    expect(first.data.verifyEmployerAccess.message).toContain("2 tries left");
    const second = await hr.graphql(VERIFY, { input: { leaveAdministratorId: linkId, amount: "$2,000.00" } });
    expect(second.data.verifyEmployerAccess.message).toContain("1 try left");
    const third = await hr.graphql(VERIFY, { input: { leaveAdministratorId: linkId, amount: "3.00" } });
    expect(third.data.verifyEmployerAccess.message).toContain("no tries are left");
    expect(third.data.verifyEmployerAccess.message).toContain("program staff");

    const link = await api.db.leaveAdministrator.findUniqueOrThrow({ where: { id: linkId } });
    expect(link).toMatchObject({ verifiedAt: null, verificationAttempts: 3 });
    expect(link.verificationLockedAt).not.toBeNull();
    const audit = await api.db.auditEvent.findMany({ where: { entityId: linkId }, orderBy: { at: "asc" } });
    expect(audit.length - auditBefore).toBe(3);
    expect(audit.slice(-3).map((e) => e.action)).toEqual(Array(3).fill("leave_administrator.verify_failed"));
    const { data } = await hr.graphql(LINKS);
    expect(data.myEmployerLinks[0]).toMatchObject({ verificationAttemptsRemaining: 0, verificationLocked: true });
  });

  it("refuses even the right figure once locked", async () => {
    const amount = await latestQuarterWages(bakeryId);
    const result = await hr.graphql(VERIFY, { input: { leaveAdministratorId: linkId, amount } });
    expect(result.data.verifyEmployerAccess.code).toBe("VERIFICATION_LOCKED");
    const link = await api.db.leaveAdministrator.findUniqueOrThrow({ where: { id: linkId } });
    expect(link.verifiedAt).toBeNull();
    expect(link.verificationAttempts).toBe(3);
  });

  it("asks staff for help once: one VERIFY_LEAVE_ADMINISTRATOR task, however often it is asked", async () => {
    const first = await hr.mutate("requestVerificationHelp", HELP, { input: { leaveAdministratorId: linkId } });
    expect(first.helpRequestedAt).not.toBeNull();
    await hr.mutate("requestVerificationHelp", HELP, { input: { leaveAdministratorId: linkId } });
    const tasks = await api.db.task.findMany({ where: { leaveAdministratorId: linkId } });
    expect(tasks.map((t) => [t.queue, t.kind, t.status])).toEqual([
      ["EMPLOYER_SUPPORT", "VERIFY_LEAVE_ADMINISTRATOR", "OPEN"],
    ]);
    const audited = await api.db.auditEvent.count({
      where: { entityId: linkId, action: "leave_administrator.help_requested" },
    });
    expect(audited).toBe(1);
  });
});

describe("a right answer", () => {
  it("verifies within a dollar, and the employer's claims show on the very next request", async () => {
    // Bay State's administrator also asks to administer Evergreen Robotics (a second employer).
    const hr = await api.signedIn(DEMO.leaveAdminMa);
    const evergreen = await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } });
    const requested = await hr.mutate("requestEmployerAccess", REQUEST, { input: { fein: "91-0000001" } });
    expect(requested).toMatchObject({ verified: false, verificationAttemptsRemaining: 3 });
    const hidden = await hr.graphql(
      `query($e: ID!) { employerClaims(employerId: $e, first: 10) { edges { node { id } } } }`,
      {
        e: evergreen.id,
      },
    );
    expect(hidden.data.employerClaims.edges).toEqual([]);

    const figure = await latestQuarterWages(evergreen.id);
    const offByCents = (Number(figure) - 0.6).toFixed(2); // rounding on the person's side
    const verified = await hr.mutate("verifyEmployerAccess", VERIFY, {
      input: { leaveAdministratorId: requested.id, amount: offByCents },
    });
    expect(verified.verified).toBe(true);
    const shown = await hr.graphql(
      `query($e: ID!) { employerClaims(employerId: $e, first: 10) { edges { node { id } } } }`,
      {
        e: evergreen.id,
      },
    );
    expect(shown.data.employerClaims.edges.length).toBeGreaterThan(0);
    const actions = await api.db.auditEvent.findMany({ where: { entityId: requested.id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["leave_administrator.request", "leave_administrator.verify"]);
  });

  it("works for any signed-in person: a claimant with no employer role asks, gets the role, and verifies", async () => {
    const person = await api.signedIn(DEMO.claimant);
    const before = await person.graphql(LINKS);
    expect(before.data.myEmployerLinks).toEqual([]);
    const requested = await person.mutate("requestEmployerAccess", REQUEST, { input: { fein: "84 0000004" } });
    const user = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
    expect(user.roles).toEqual(expect.arrayContaining(["CLAIMANT", "LEAVE_ADMIN"]));
    const frontRange = await api.db.employer.findFirstOrThrow({ where: { fein: "840000004" } });
    // The next request already carries the new role (verification needs it).
    const verified = await person.mutate("verifyEmployerAccess", VERIFY, {
      input: { leaveAdministratorId: requested.id, amount: await latestQuarterWages(frontRange.id) },
    });
    expect(verified.verified).toBe(true);
  });

  it("names an unknown FEIN clearly and creates no link", async () => {
    const hr = await api.signedIn(DEMO.leaveAdminMa);
    const before = await api.db.leaveAdministrator.count();
    const result = await hr.graphql(REQUEST, { input: { fein: "99-9999999" } });
    expect(result.data.requestEmployerAccess.code).toBe("EMPLOYER_NOT_FOUND");
    expect(await api.db.leaveAdministrator.count()).toBe(before);
  });
});
