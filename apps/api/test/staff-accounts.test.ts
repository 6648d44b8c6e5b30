// Staff management over real HTTP: a program administrator invites a staff member (the
// set-password link goes through the email outbox in the chosen language and works once), sets
// their roles (the next request sees them), disables the account (its open session ends at once,
// sign-in is refused, its tasks return to the queue) and enables it again; every change audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { DevelopmentMailbox } from "../src/mail/mailer.ts";
import { sendPendingEmails } from "../src/domains/notifications/email-outbox.ts";

const ACCOUNT = `id name email roles preferredLanguage disabledAt invitationPending lastSignedInAt`;
const INVITE = `mutation($input: InviteStaffMemberInput!) { inviteStaffMember(input: $input) { __typename
  ... on MutationInviteStaffMemberSuccess { data { ${ACCOUNT} } }
  ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const SET_ROLES = `mutation($input: SetStaffRolesInput!) { setStaffRoles(input: $input) { __typename
  ... on MutationSetStaffRolesSuccess { data { ${ACCOUNT} } }
  ... on InvalidInputError { issues { path message } } ... on Error { code message } } }`;
const DISABLE = `mutation($input: StaffAccountChangeInput!) { disableStaffAccount(input: $input) { __typename
  ... on MutationDisableStaffAccountSuccess { data { ${ACCOUNT} } } ... on Error { code message } } }`;
const ENABLE = `mutation($input: StaffAccountChangeInput!) { enableStaffAccount(input: $input) { __typename
  ... on MutationEnableStaffAccountSuccess { data { ${ACCOUNT} } } ... on Error { code message } } }`;
const LIST = `query { staffAccounts { ${ACCOUNT} } }`;
const VIEWER = `query { viewer { email roles } }`;
const RESET = `mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { __typename ... on Error { code message } } }`;
const PASSWORD = "Ana-chooses-a-long-one-2026";

async function payload(client: ApiClient, field: string, query: string, variables: Record<string, unknown>) {
  const result = await client.graphql(query, variables);
  if (result.errors?.length) throw new Error(`${field}: ${JSON.stringify(result.errors)}`);
  const body = (result.data as Record<string, any>)[field];
  return body.__typename.endsWith("Success") ? { __typename: body.__typename, ...body.data } : body;
}

describe("staff management", () => {
  let api: TestApi;
  let admin: ApiClient;
  let ana: { id: string };
  const mailbox = new DevelopmentMailbox();

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signedIn(DEMO.programAdmin);
  }, 120_000);
  afterAll(async () => api?.close());

  const invite = (input: Record<string, unknown>) => payload(admin, "inviteStaffMember", INVITE, { input });

  it("refuses an invitation with field errors, and to an address that has an account", async () => {
    const bad = await invite({ email: "not-an-address", name: " ", roles: [] });
    expect(bad.__typename).toBe("InvalidInputError");
    expect(bad.issues.map((i: { path: string[] }) => i.path.join("."))).toEqual(
      expect.arrayContaining(["input.email", "input.name", "input.roles"]),
    );
    const taken = await invite({ email: DEMO.claimant, name: "María", roles: ["ADJUDICATOR"] });
    expect(taken.issues).toEqual([expect.objectContaining({ path: ["input", "email"] })]);
    // A claimant role is not a staff role: the schema itself refuses it.
    const claimantRole = await admin.graphql(INVITE, {
      input: { email: "x@openleave.test", name: "X", roles: ["CLAIMANT"] },
    });
    expect(claimantRole.errors?.[0]?.message).toMatch(/CLAIMANT/);
    expect(await api.db.user.count({ where: { email: "x@openleave.test" } })).toBe(0);
  });

  it("a supervisor can neither list nor invite staff", async () => {
    const supervisor = await api.signedIn(DEMO.supervisor);
    expect((await supervisor.graphql(LIST)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const tried = await supervisor.graphql(INVITE, {
      input: { email: "y@openleave.test", name: "Y", roles: ["PROGRAM_ADMIN"] },
    });
    expect(tried.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("invites a staff member by a Spanish email through the outbox; the link sets a password once", async () => {
    const invited = await invite({
      email: "  Ana.Torres@OpenLeave.test ",
      name: "Ana Torres",
      roles: ["ADJUDICATOR", "ADJUDICATOR"],
      preferredLanguage: "ES",
    });
    expect(invited).toMatchObject({
      email: "ana.torres@openleave.test",
      roles: ["ADJUDICATOR"],
      invitationPending: true,
      disabledAt: null,
      lastSignedInAt: null,
    });
    ana = invited;
    const queued = await api.db.emailOutbox.findMany({ where: { recipientUserId: ana.id } });
    expect(queued.map((e) => [e.kind, e.language, e.status])).toEqual([["STAFF_INVITATION", "ES", "PENDING"]]);
    expect(queued[0]!.subject).toMatch(/invitaron/);
    const audit = await api.db.auditEvent.findMany({ where: { entityId: ana.id, action: "staff.invite" } });
    expect(audit).toHaveLength(1);

    await sendPendingEmails(api.db, mailbox);
    const email = mailbox.sent.find((m) => m.to === "ana.torres@openleave.test");
    const link = email?.text.match(/(http\S+\/set-password\?token=(\S+))/);
    expect(link?.[1]).toContain(api.config.adminUrl);
    const token = decodeURIComponent(link![2]!);

    // Not usable before the password is set.
    await expect(api.client().signIn("ana.torres@openleave.test", PASSWORD)).rejects.toThrow();
    const set = await api.client().graphql(RESET, { token, newPassword: PASSWORD });
    expect(set.data.resetPassword.__typename).toBe("MutationResetPasswordSuccess");
    const again = await api.client().graphql(RESET, { token, newPassword: `${PASSWORD}!` });
    expect(again.data.resetPassword.__typename).toBe("InvalidInputError");
    // The stored copy of the email no longer holds the token.
    const stored = await api.db.emailOutbox.findFirstOrThrow({ where: { recipientUserId: ana.id } });
    expect(stored.body).not.toContain(token);

    const anaClient = await api.client().signIn("ana.torres@openleave.test", PASSWORD);
    expect((await anaClient.graphql(VIEWER)).data.viewer.roles).toEqual(["ADJUDICATOR"]);
    const user = await api.db.user.findUniqueOrThrow({ where: { id: ana.id } });
    expect(user.emailVerifiedAt).not.toBeNull();
    const listed = (await admin.graphql(LIST)).data.staffAccounts;
    expect(listed.find((a: { id: string }) => a.id === ana.id)).toMatchObject({ invitationPending: false });
    expect(listed.find((a: { id: string }) => a.id === ana.id).lastSignedInAt).not.toBeNull();
    expect(listed.map((a: { email: string }) => a.email)).not.toContain(DEMO.claimant);
  });

  it("sets roles: the staff member's next request has them; an administrator keeps their own role", async () => {
    const anaClient = await api.client().signIn("ana.torres@openleave.test", PASSWORD);
    const changed = await payload(admin, "setStaffRoles", SET_ROLES, {
      input: { userId: ana.id, roles: ["SUPERVISOR", "APPEALS_OFFICER"] },
    });
    expect(changed.roles).toEqual(["SUPERVISOR", "APPEALS_OFFICER"]);
    expect((await anaClient.graphql(VIEWER)).data.viewer.roles).toEqual(["SUPERVISOR", "APPEALS_OFFICER"]);
    const audit = await api.db.auditEvent.findFirstOrThrow({ where: { entityId: ana.id, action: "staff.set_roles" } });
    expect(audit.metadata).toEqual({ from: ["ADJUDICATOR"], to: ["SUPERVISOR", "APPEALS_OFFICER"] });

    const me = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.programAdmin } });
    const self = await payload(admin, "setStaffRoles", SET_ROLES, { input: { userId: me.id, roles: ["SUPERVISOR"] } });
    expect(self.issues).toEqual([expect.objectContaining({ path: ["input", "roles"] })]);
    expect((await api.db.user.findUniqueOrThrow({ where: { id: me.id } })).roles).toContain("PROGRAM_ADMIN");
    // A claimant's account is not a staff account.
    const maria = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
    const claimant = await payload(admin, "setStaffRoles", SET_ROLES, {
      input: { userId: maria.id, roles: ["ADJUDICATOR"] },
    });
    expect(claimant.code).toBe("NOT_FOUND");
  });

  it("disables an account: its session ends at once, sign-in is refused, its tasks go back to the queue", async () => {
    const anaClient = await api.client().signIn("ana.torres@openleave.test", PASSWORD);
    const task = await api.db.task.findFirstOrThrow({ where: { completedAt: null } });
    await api.db.task.update({ where: { id: task.id }, data: { assigneeId: ana.id, status: "IN_PROGRESS" } });
    expect((await anaClient.graphql(VIEWER)).data.viewer).not.toBeNull();

    // Two administrators at once: one disable, one audit event.
    const admin2 = await api.signedIn(DEMO.programAdmin2);
    const input = { userId: ana.id, reason: "Left the agency" };
    const [a, b] = await Promise.all([
      payload(admin, "disableStaffAccount", DISABLE, { input }),
      payload(admin2, "disableStaffAccount", DISABLE, { input }),
    ]);
    expect(a.disabledAt).not.toBeNull();
    expect(b.disabledAt).not.toBeNull();
    expect(await api.db.auditEvent.count({ where: { entityId: ana.id, action: "staff.disable" } })).toBe(1);

    expect((await anaClient.graphql(VIEWER)).data.viewer).toBeNull();
    await expect(api.client().signIn("ana.torres@openleave.test", PASSWORD)).rejects.toThrow();
    expect(await api.db.session.count({ where: { userId: ana.id, revokedAt: null } })).toBe(0);
    const returned = await api.db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect([returned.assigneeId, returned.status]).toEqual([null, "OPEN"]);

    const me = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.programAdmin } });
    const self = await payload(admin, "disableStaffAccount", DISABLE, { input: { userId: me.id, reason: "test" } });
    expect(self.code).toBe("CANNOT_DISABLE_YOURSELF");
  });

  it("enables it again, audited", async () => {
    const enabled = await payload(admin, "enableStaffAccount", ENABLE, {
      input: { userId: ana.id, reason: "Rehired" },
    });
    expect(enabled.disabledAt).toBeNull();
    const anaClient = await api.client().signIn("ana.torres@openleave.test", PASSWORD);
    expect((await anaClient.graphql(VIEWER)).data.viewer.email).toBe("ana.torres@openleave.test");
    expect(await api.db.auditEvent.count({ where: { entityId: ana.id, action: "staff.enable" } })).toBe(1);
  });
});
