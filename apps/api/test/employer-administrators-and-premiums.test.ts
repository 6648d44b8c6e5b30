// Over real HTTP on the real database: a verified leave administrator invites a colleague (a
// one-time link by mail, only for that address), the colleague sees the employer's claims at
// once, and is removed again (claims gone on the next request); an unverified administrator can
// do neither. Premiums per quarter come from the rules package's calculatePremium for three
// programs with different splits (WA, MA, CO), checked against the rules called here per worker.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@openleave/db";
import { calculatePremium, isRulesErrorResult } from "@openleave/rules";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const INVITE = `mutation($input: InviteLeaveAdministratorInput!) { inviteLeaveAdministrator(input: $input) { __typename ... on MutationInviteLeaveAdministratorSuccess { data { id email expiresAt } } ... on Error { code message } } }`;
const ACCEPT = `mutation($input: AcceptLeaveAdministratorInvitationInput!) { acceptLeaveAdministratorInvitation(input: $input) { __typename ... on MutationAcceptLeaveAdministratorInvitationSuccess { data { id verified employer { id } } } ... on Error { code message } } }`;
const REMOVE = `mutation($input: RemoveLeaveAdministratorInput!) { removeLeaveAdministrator(input: $input) { __typename ... on Error { code message } } }`;
const ADMINS = `query($e: ID!) { employerAdministrators(employerId: $e) { id name email verified verificationMethod you } }`;
const CLAIMS = `query($e: ID!) { employerClaims(employerId: $e, first: 5) { edges { node { id } } } }`;
const PREMIUMS = `query($e: ID!) { employerPremiums(employerId: $e) { programName year quarter workerCount employerSize totalWages taxableWages employeeShare employerShare amountDue employeeRate employerRate employerShareRequired unavailableReason } }`;
const COLLEAGUE = DEMO.claimantDev;

let api: TestApi;
let evergreenId: string;
let bakeryId: string;

beforeAll(async () => {
  api = await startTestApi();
  evergreenId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
  bakeryId = (await api.db.employer.findFirstOrThrow({ where: { name: "Puget Sound Bakery" } })).id;
});
afterAll(() => api.close());

function tokenFromMail(to: string): string {
  const mail = api.mailbox.latestTo(to);
  const match = /accept-invitation\?token=([\w%-]+)/.exec(mail?.text ?? "");
  if (!match) throw new Error(`no invitation mail to ${to}`);
  return decodeURIComponent(match[1]!);
}

describe("inviting and removing administrators", () => {
  let hr: ApiClient;
  let colleagueLinkId: string;

  beforeAll(async () => {
    hr = await api.signedIn(DEMO.leaveAdmin);
  });

  it("refuses an unverified administrator, writing nothing", async () => {
    const owner = await api.signedIn(DEMO.unverifiedLeaveAdmin);
    const before = await api.db.leaveAdministratorInvitation.count();
    const result = await owner.graphql(INVITE, { input: { employerId: bakeryId, email: COLLEAGUE } });
    expect(result.data.inviteLeaveAdministrator.code).toBe("FORBIDDEN");
    expect(await api.db.leaveAdministratorInvitation.count()).toBe(before);
    expect(api.mailbox.latestTo(COLLEAGUE)).toBeUndefined();
  });

  it("mails a one-time link, audited", async () => {
    const invitation = await hr.mutate("inviteLeaveAdministrator", INVITE, {
      input: { employerId: evergreenId, email: ` ${COLLEAGUE.toUpperCase()} ` },
    });
    expect(invitation.email).toBe(COLLEAGUE);
    const mail = api.mailbox.latestTo(COLLEAGUE);
    expect(mail?.subject).toContain("Evergreen Robotics LLC");
    const audit = await api.db.auditEvent.findMany({ where: { entityId: invitation.id } });
    expect(audit.map((a) => a.action)).toEqual(["leave_administrator.invite"]);
    expect(JSON.stringify(audit.map((a) => a.metadata))).not.toContain(tokenFromMail(COLLEAGUE));
  });

  it("works only for the address it was sent to", async () => {
    const other = await api.signedIn(DEMO.claimantJames);
    const result = await other.graphql(ACCEPT, { input: { token: tokenFromMail(COLLEAGUE) } });
    expect(result.data.acceptLeaveAdministratorInvitation.code).toBe("INVITATION_FOR_ANOTHER_ADDRESS");
    const james = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimantJames } });
    expect(await api.db.leaveAdministrator.count({ where: { userId: james.id } })).toBe(0);
  });

  it("makes the invited person a verified administrator who sees the claims at once; the link works once", async () => {
    const colleague = await api.signedIn(COLLEAGUE);
    const token = tokenFromMail(COLLEAGUE);
    const link = await colleague.mutate("acceptLeaveAdministratorInvitation", ACCEPT, { input: { token } });
    expect(link).toMatchObject({ verified: true, employer: { id: evergreenId } });
    colleagueLinkId = link.id;
    const claims = await colleague.graphql(CLAIMS, { e: evergreenId });
    expect(claims.data.employerClaims.edges.length).toBeGreaterThan(0);
    const again = await colleague.graphql(ACCEPT, { input: { token } });
    expect(again.data.acceptLeaveAdministratorInvitation.code).toBe("INVITATION_NOT_VALID");

    const { data } = await hr.graphql(ADMINS, { e: evergreenId });
    expect(data.employerAdministrators).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: DEMO.leaveAdmin, you: true, verified: true }),
        expect.objectContaining({ id: colleagueLinkId, email: COLLEAGUE, verificationMethod: "INVITATION" }),
      ]),
    );
  });

  it("lets neither an outsider nor the administrator themself remove a link", async () => {
    const owner = await api.signedIn(DEMO.unverifiedLeaveAdmin);
    const outsider = await owner.graphql(REMOVE, { input: { leaveAdministratorId: colleagueLinkId } });
    expect(outsider.data.removeLeaveAdministrator.code).toBe("NOT_FOUND");
    const own = (await hr.graphql(ADMINS, { e: evergreenId })).data.employerAdministrators.find(
      (a: { you: boolean }) => a.you,
    );
    const self = await hr.graphql(REMOVE, { input: { leaveAdministratorId: own.id } });
    expect(self.data.removeLeaveAdministrator.code).toBe("CANNOT_REMOVE_YOURSELF");
    expect(await api.db.leaveAdministrator.count({ where: { id: { in: [own.id, colleagueLinkId] } } })).toBe(2);
  });

  it("removes the colleague: audited, and their next request no longer sees the claims", async () => {
    const colleague = await api.signedIn(COLLEAGUE);
    const result = await hr.graphql(REMOVE, { input: { leaveAdministratorId: colleagueLinkId } });
    expect(result.data.removeLeaveAdministrator.__typename).toBe("MutationRemoveLeaveAdministratorSuccess");
    const claims = await colleague.graphql(CLAIMS, { e: evergreenId });
    expect(claims.data.employerClaims.edges).toEqual([]);
    const audit = await api.db.auditEvent.findMany({ where: { entityId: colleagueLinkId }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["leave_administrator.accept_invitation", "leave_administrator.remove"]);
  });
});

describe("premiums per quarter, from the rules package", () => {
  /** The same statement computed here, worker by worker, straight from the rules package. */
  async function expected(employerId: string, year: number, quarter: number) {
    const employer = await api.db.employer.findUniqueOrThrow({ where: { id: employerId } });
    const program = await api.db.program.findFirstOrThrow({ where: { jurisdiction: employer.jurisdiction } });
    const records = await api.db.wageRecord.findMany({ where: { employerId, year } });
    let employee = new Prisma.Decimal(0);
    let employerShare = new Prisma.Decimal(0);
    for (const row of records.filter((r) => r.quarter === quarter)) {
      const earlier = records
        .filter((r) => r.personId === row.personId && r.quarter < quarter)
        .reduce((sum, r) => sum.plus(r.wages), new Prisma.Decimal(0));
      const premium = calculatePremium({
        jurisdiction: employer.jurisdiction,
        program: program.code,
        date: `${year}-${["03-31", "06-30", "09-30", "12-31"][quarter - 1]}`,
        wages: new Prisma.Decimal(row.wages).toFixed(2),
        employerSize: employer.employeeCount!,
        wagesYearToDate: earlier.toFixed(2),
      });
      if (isRulesErrorResult(premium)) throw new Error(premium.error.message);
      employee = employee.plus(premium.employeeShare);
      employerShare = employerShare.plus(premium.employerShare);
    }
    return {
      employeeShare: employee.toFixed(2),
      employerShare: employerShare.toFixed(2),
      amountDue: employee.plus(employerShare).toFixed(2),
    };
  }

  it.each([
    ["WA", "Evergreen Robotics LLC", DEMO.leaveAdmin],
    ["MA", "Bay State Health Partners", DEMO.leaveAdminMa],
    ["CO", "Front Range Outfitters", DEMO.programAdmin],
  ])("matches the rules for %s (%s)", async (_state, name, viewer) => {
    const employerId = (await api.db.employer.findFirstOrThrow({ where: { name } })).id;
    const client = await api.signedIn(viewer);
    const { data, errors } = await client.graphql(PREMIUMS, { e: employerId });
    expect(errors).toBeUndefined();
    const statements = data.employerPremiums;
    expect(statements.length).toBeGreaterThan(0);
    const latest = statements[0];
    expect(latest.unavailableReason).toBeNull();
    expect(latest).toMatchObject(await expected(employerId, latest.year, latest.quarter));
    expect(new Prisma.Decimal(latest.employeeShare).plus(latest.employerShare).toFixed(2)).toBe(latest.amountDue);
    expect(Number(latest.amountDue)).toBeGreaterThan(0);
  });

  it("splits differently by program: CO halves the premium, WA and MA put more of it on the worker", async () => {
    const shareOf = async (name: string, viewer: string) => {
      const employerId = (await api.db.employer.findFirstOrThrow({ where: { name } })).id;
      const latest = (await (await api.signedIn(viewer)).graphql(PREMIUMS, { e: employerId })).data.employerPremiums[0];
      return new Prisma.Decimal(latest.employeeShare).div(latest.amountDue).toDecimalPlaces(2).toNumber();
    };
    const co = await shareOf("Front Range Outfitters", DEMO.programAdmin);
    const wa = await shareOf("Evergreen Robotics LLC", DEMO.leaveAdmin);
    const ma = await shareOf("Bay State Health Partners", DEMO.leaveAdminMa);
    expect(co).toBeCloseTo(0.5, 1);
    expect(wa).toBeGreaterThan(0.6);
    expect(ma).not.toBe(co);
  });

  it("shows another employer's premiums to no one but its administrators and staff", async () => {
    const hr = await api.signedIn(DEMO.leaveAdmin);
    const result = await hr.graphql(PREMIUMS, { e: bakeryId });
    expect(result.data?.employerPremiums ?? null).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
