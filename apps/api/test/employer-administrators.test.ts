// Over real HTTP on the real database: a verified leave administrator invites a colleague (a
// one-time link by mail, only for that address), the colleague sees the employer's claims at
// once, and is removed again (claims gone on the next request); an unverified administrator can
// do neither. (The premium statements are in premium-statements.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";

const INVITE = `mutation($input: InviteLeaveAdministratorInput!) { inviteLeaveAdministrator(input: $input) { __typename ... on MutationInviteLeaveAdministratorSuccess { data { id email expiresAt } } ... on Error { code message } } }`;
const ACCEPT = `mutation($input: AcceptLeaveAdministratorInvitationInput!) { acceptLeaveAdministratorInvitation(input: $input) { __typename ... on MutationAcceptLeaveAdministratorInvitationSuccess { data { id verified employer { id } } } ... on Error { code message } } }`;
const REMOVE = `mutation($input: RemoveLeaveAdministratorInput!) { removeLeaveAdministrator(input: $input) { __typename ... on Error { code message } } }`;
const ADMINS = `query($e: ID!) { employerAdministrators(employerId: $e) { id name email verified verificationMethod you } }`;
const CLAIMS = `query($e: ID!) { employerClaims(employerId: $e, first: 5) { edges { node { id } } } }`;
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
