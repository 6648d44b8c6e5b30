// The account over real HTTP on the real database: signing up, confirming the email address
// with a one-time link, linking the account to a person record, changing the password, the
// preferred language and extending the session; and the development outbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@openleave/db";
import { hashToken } from "../src/auth/tokens.ts";
import { EMAIL_TAKEN_MESSAGE } from "../src/auth/sign-up.ts";
import { IDENTITY_NOT_MATCHED_MESSAGE, MAX_IDENTITY_LINK_ATTEMPTS } from "../src/domains/people/link-identity.ts";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { freshLeave } from "./support/dates.ts";

const ERROR_FIELDS = `... on Error { code message } ... on InvalidInputError { issues { path message } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { __typename ... on MutationSignUpSuccess { data { userId } } ${ERROR_FIELDS} } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { __typename ... on MutationVerifyEmailSuccess { data } ${ERROR_FIELDS} } }`;
const RESEND = `mutation { resendVerificationEmail { __typename ... on MutationResendVerificationEmailSuccess { data } ${ERROR_FIELDS} } }`;
const VIEWER = `{ viewer { id email name roles personId emailVerifiedAt preferredLanguage sessionExpiresAt } }`;
const LINK = `mutation($input: LinkIdentityInput!) { linkIdentity(input: $input) { __typename ... on MutationLinkIdentitySuccess { data { id firstName lastName taxIdMasked dateOfBirth } } ${ERROR_FIELDS} } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on MutationChangePasswordSuccess { data { otherSessionsSignedOut } } ${ERROR_FIELDS} } }`;
const SET_LANGUAGE = `mutation($language: Language!) { setPreferredLanguage(language: $language) { __typename ... on MutationSetPreferredLanguageSuccess { data } ${ERROR_FIELDS} } }`;
const EXTEND = `mutation { extendSession { __typename ... on MutationExtendSessionSuccess { data } ${ERROR_FIELDS} } }`;
const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ${ERROR_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id version } } ${ERROR_FIELDS} } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { status claimNumber } } ${ERROR_FIELDS} } }`;

const PASSWORD = "a-long-new-password-1";
const NGUYEN = { firstName: "Lena", lastName: "Nguyen", dateOfBirth: "1988-11-17", ssn: "900-70-0005" };

let api: TestApi;
let waProgramId: string;
let evergreenId: string;
let counter = 0;

beforeAll(async () => {
  api = await startTestApi({ env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000", SIGN_UP_MAX_PER_IP_PER_MINUTE: "1000" } });
  waProgramId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } })).id;
  evergreenId = (await api.db.employer.findFirstOrThrow({ where: { name: "Evergreen Robotics LLC" } })).id;
});
afterAll(() => api.close());

function newEmail() {
  counter += 1;
  return `new.person.${counter}@example.test`;
}

async function signUp(email = newEmail(), preferredLanguage = "EN"): Promise<{ client: ApiClient; email: string }> {
  const client = api.client();
  const result = await client.graphql(SIGN_UP, { input: { email, password: PASSWORD, preferredLanguage } });
  expect(result.data.signUp.__typename, JSON.stringify(result.data)).toBe("MutationSignUpSuccess");
  return { client, email };
}

function linkFrom(text: string): string {
  const match = /\/verify-email\?token=([A-Za-z0-9_%-]+)/.exec(text);
  if (!match) throw new Error(`no verification link in: ${text}`);
  return decodeURIComponent(match[1]!);
}

function tokenMailedTo(email: string) {
  return linkFrom(api.mailbox.latestTo(email)!.text);
}

describe("signing up", () => {
  it("creates a claimant account, signs it in, and mails a confirmation link in the chosen language", async () => {
    const { client, email } = await signUp(undefined, "ES");
    const viewer = (await client.graphql(VIEWER)).data.viewer;
    expect(viewer).toMatchObject({ email, roles: ["CLAIMANT"], personId: null, emailVerifiedAt: null });
    expect(viewer.preferredLanguage).toBe("ES");
    expect(new Date(viewer.sessionExpiresAt).getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);

    const mail = api.mailbox.latestTo(email)!;
    expect(mail.subject).toMatch(/Confirme su correo/);
    const token = linkFrom(mail.text);
    // Stored only as its hash.
    const stored = await api.db.emailVerificationToken.findFirstOrThrow({ where: { user: { email } } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(24 * 3_600_000);

    const user = await api.db.user.findUniqueOrThrow({ where: { email } });
    expect(await api.db.auditEvent.count({ where: { action: "user.sign_up", entityId: user.id } })).toBe(1);
  });

  it("explains each bad field, and writes no account", async () => {
    const result = await api
      .client()
      .graphql(SIGN_UP, { input: { email: "not-an-email", password: "short", preferredLanguage: "EN" } });
    const paths = result.data.signUp.issues.map((i: { path: string[] }) => i.path.join("."));
    expect(paths).toEqual(["input.email", "input.password"]);
    expect(await api.db.user.count({ where: { email: "not-an-email" } })).toBe(0);
  });

  it("says clearly when an address already has an account, and tells its owner", async () => {
    const result = await api
      .client()
      .graphql(SIGN_UP, { input: { email: DEMO.claimant.toUpperCase(), password: PASSWORD, preferredLanguage: "EN" } });
    expect(result.data.signUp.__typename).toBe("InvalidInputError");
    expect(result.data.signUp.issues).toEqual([{ path: ["input", "email"], message: EMAIL_TAKEN_MESSAGE }]);
    expect(api.mailbox.latestTo(DEMO.claimant)!.subject).toMatch(/tried to create/);
  });

  it("creates one account when the same address signs up twice at once", async () => {
    const email = newEmail();
    const results = await Promise.all(
      [0, 1, 2].map(() =>
        api.client().graphql(SIGN_UP, { input: { email, password: PASSWORD, preferredLanguage: "EN" } }),
      ),
    );
    const kinds = results.map((r) => r.data.signUp.__typename).sort();
    expect(kinds).toEqual(["InvalidInputError", "InvalidInputError", "MutationSignUpSuccess"]);
    expect(await api.db.user.count({ where: { email } })).toBe(1);
  });

  it("limits how many accounts one address can try to create per minute", async () => {
    const limited = await startTestApi({ env: { SIGN_UP_MAX_PER_IP_PER_MINUTE: "2" } });
    try {
      const kinds = [];
      for (let i = 0; i < 3; i++) {
        const result = await limited.client().graphql(SIGN_UP, {
          input: { email: `burst${i}@example.test`, password: PASSWORD, preferredLanguage: "EN" },
        });
        kinds.push(result.data.signUp.__typename);
      }
      expect(kinds).toEqual(["MutationSignUpSuccess", "MutationSignUpSuccess", "RateLimitedError"]);
    } finally {
      await limited.close();
    }
  }, 120_000);
});

describe("confirming the email address", () => {
  it("confirms with the link once; the link cannot be used again", async () => {
    const { client, email } = await signUp();
    const token = tokenMailedTo(email);
    // Opened in another browser, not signed in.
    const first = await api.client().graphql(VERIFY, { token });
    expect(first.data.verifyEmail).toEqual({ __typename: "MutationVerifyEmailSuccess", data: email });
    expect((await client.graphql(VIEWER)).data.viewer.emailVerifiedAt).not.toBeNull();
    const again = await api.client().graphql(VERIFY, { token });
    expect(again.data.verifyEmail.__typename).toBe("InvalidInputError");
    expect(again.data.verifyEmail.issues[0].message).toMatch(/already used/);
    const user = await api.db.user.findUniqueOrThrow({ where: { email } });
    expect(await api.db.auditEvent.count({ where: { action: "auth.email_verified", entityId: user.id } })).toBe(1);
  });

  it("lets exactly one of two concurrent uses of a link through", async () => {
    const { email } = await signUp();
    const token = tokenMailedTo(email);
    const results = await Promise.all([0, 1, 2].map(() => api.client().graphql(VERIFY, { token })));
    const kinds = results.map((r) => r.data.verifyEmail.__typename).sort();
    expect(kinds).toEqual(["InvalidInputError", "InvalidInputError", "MutationVerifyEmailSuccess"]);
  });

  it("refuses an expired link and an unknown one", async () => {
    const { client, email } = await signUp();
    const token = tokenMailedTo(email);
    await api.db.emailVerificationToken.updateMany({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await api.client().graphql(VERIFY, { token });
    expect(expired.data.verifyEmail.issues[0].message).toMatch(/expired/);
    const unknown = await api.client().graphql(VERIFY, { token: "x".repeat(43) });
    expect(unknown.data.verifyEmail.__typename).toBe("InvalidInputError");
    expect((await client.graphql(VIEWER)).data.viewer.emailVerifiedAt).toBeNull();
  });

  it("sends a new link on request, in the language chosen since, and says when none is needed", async () => {
    const { client, email } = await signUp();
    const firstToken = tokenMailedTo(email);
    expect((await client.graphql(SET_LANGUAGE, { language: "ES" })).data.setPreferredLanguage.data).toBe("ES");
    expect((await client.graphql(RESEND)).data.resendVerificationEmail.data).toBe(true);
    const mail = api.mailbox.latestTo(email)!;
    expect(mail.subject).toMatch(/Confirme/);
    const secondToken = linkFrom(mail.text);
    expect(secondToken).not.toBe(firstToken);
    expect((await api.client().graphql(VERIFY, { token: secondToken })).data.verifyEmail.data).toBe(email);
    expect((await client.graphql(RESEND)).data.resendVerificationEmail.data).toBe(false);
  });
});

describe("linking the account to a person record", () => {
  it("links a newcomer to the wage records reported under their number (seeded Lena Nguyen), who can then apply after confirming", async () => {
    const { client, email } = await signUp();
    const refused = await client.graphql(CREATE, { input: { programId: waProgramId, createKey: "before-link-1" } });
    expect(refused.data.createApplication.code).toBe("FORBIDDEN");

    // The name as typed differs in case and spacing only.
    const linked = await client.graphql(LINK, {
      input: { ...NGUYEN, lastName: " nguyen ", ssn: "900700005" },
    });
    expect(linked.data.linkIdentity.__typename, JSON.stringify(linked.data)).toBe("MutationLinkIdentitySuccess");
    expect(linked.data.linkIdentity.data).toMatchObject({
      firstName: "Lena",
      lastName: "Nguyen",
      taxIdMasked: "***-**-0005",
      dateOfBirth: "1988-11-17",
    });
    const viewer = (await client.graphql(VIEWER)).data.viewer;
    expect(viewer.personId).toBe(linked.data.linkIdentity.data.id);
    expect(viewer.name).toBe("Lena Nguyen");

    const draft = await client.graphql(CREATE, { input: { programId: waProgramId, createKey: "after-link-1" } });
    expect(draft.data.createApplication.__typename).toBe("MutationCreateApplicationSuccess");
    const claimId = draft.data.createApplication.data.id;
    const leave = freshLeave();
    const saved = await client.graphql(UPDATE, {
      input: {
        claimId,
        employerId: evergreenId,
        leaveReason: "BONDING",
        leavePeriods: [{ kind: "CONTINUOUS", startDate: leave.start, endDate: leave.end }],
      },
    });
    expect(saved.data.updateApplication.__typename, JSON.stringify(saved.data)).toBe(
      "MutationUpdateApplicationSuccess",
    );

    // Not before the address is confirmed: a typed code, and the draft stays a draft.
    const early = await client.graphql(SUBMIT, { claimId });
    expect(early.data.submitApplication.code).toBe("EMAIL_NOT_VERIFIED");
    expect((await api.db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("DRAFT");

    await api.client().graphql(VERIFY, { token: tokenMailedTo(email) });
    const submitted = await client.graphql(SUBMIT, { claimId });
    expect(submitted.data.submitApplication.__typename, JSON.stringify(submitted.data)).toBe(
      "MutationSubmitApplicationSuccess",
    );
    expect(submitted.data.submitApplication.data.claimNumber).toMatch(/^WA-PFML-/);

    const user = await api.db.user.findUniqueOrThrow({ where: { email } });
    const audit = await api.db.auditEvent.findFirstOrThrow({
      where: { action: "user.identity_linked", entityId: user.id },
    });
    expect(audit.metadata).toMatchObject({ matched: "existing_person" });
    expect(JSON.stringify({ ...audit, id: String(audit.id) })).not.toContain("900700005");
  });

  it("refuses with one generic message when the number is someone else's account or the details differ, and audits it", async () => {
    const { client, email } = await signUp();
    const attempts = [
      // María's number: her record already has an account.
      { firstName: "María", lastName: "García", dateOfBirth: "1991-04-12", ssn: "900-70-0001" },
      // Kwame Mensah's number with the wrong birth date, then the wrong last name.
      { firstName: "Kwame", lastName: "Mensah", dateOfBirth: "1990-12-02", ssn: "900-70-0008" },
      { firstName: "Kwame", lastName: "Smith", dateOfBirth: "1990-12-01", ssn: "900-70-0008" },
    ];
    for (const input of attempts) {
      const result = await client.graphql(LINK, { input });
      expect(result.data.linkIdentity).toEqual({
        __typename: "BaseError",
        code: "IDENTITY_NOT_MATCHED",
        message: IDENTITY_NOT_MATCHED_MESSAGE,
      });
    }
    const user = await api.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.personId).toBeNull();
    const refusals = await api.db.auditEvent.findMany({
      where: { action: "user.identity_link_refused", entityId: user.id },
      orderBy: { id: "asc" },
    });
    expect(refusals.map((r) => (r.metadata as { reason: string }).reason)).toEqual([
      "linked_to_another_account",
      "details_differ",
      "details_differ",
    ]);
  });

  it("stops after a few tries, even with the right details", async () => {
    const { client, email } = await signUp();
    for (let i = 0; i < MAX_IDENTITY_LINK_ATTEMPTS; i++) {
      const wrong = await client.graphql(LINK, { input: { ...NGUYEN, dateOfBirth: `1970-01-0${i + 1}` } });
      expect(wrong.data.linkIdentity.code).toBe("IDENTITY_NOT_MATCHED");
    }
    const right = await client.graphql(LINK, {
      input: { firstName: "Rosa", lastName: "Alvarez", dateOfBirth: "1983-07-25", ssn: "900-70-0007" },
    });
    expect(right.data.linkIdentity.code).toBe("RATE_LIMITED");
    expect((await api.db.user.findUniqueOrThrow({ where: { email } })).personId).toBeNull();
  });

  it("does not give concurrent requests more tries than the limit", async () => {
    const { client, email } = await signUp();
    const results = await Promise.all(
      Array.from({ length: MAX_IDENTITY_LINK_ATTEMPTS + 3 }, (_, i) =>
        client.graphql(LINK, { input: { ...NGUYEN, lastName: `Wrong${i}` } }),
      ),
    );
    const codes = results.map((r) => r.data.linkIdentity.code);
    expect(codes.filter((c) => c === "IDENTITY_NOT_MATCHED")).toHaveLength(MAX_IDENTITY_LINK_ATTEMPTS);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(3);
    expect((await api.db.user.findUniqueOrThrow({ where: { email } })).identityLinkFailures).toBe(
      MAX_IDENTITY_LINK_ATTEMPTS,
    );
  });

  it("links one of two accounts that claim the same record at the same moment", async () => {
    const first = await signUp();
    const second = await signUp();
    const input = { firstName: "Tom", lastName: "Becker", dateOfBirth: "2001-02-08", ssn: "900-70-0006" };
    const results = await Promise.all([first.client.graphql(LINK, { input }), second.client.graphql(LINK, { input })]);
    const kinds = results.map((r) => r.data.linkIdentity.__typename ?? r.data.linkIdentity.code).sort();
    expect(kinds).toEqual(["BaseError", "MutationLinkIdentitySuccess"]);
    const person = await api.db.person.findFirstOrThrow({ where: { lastName: "Becker" }, include: { user: true } });
    expect([first.email, second.email]).toContain(person.user!.email);
  });

  it("creates a person record, SSN sealed, for a number no employer reported yet", async () => {
    const { client, email } = await signUp();
    const result = await client.graphql(LINK, {
      input: { firstName: "Ana", lastName: "Silva", dateOfBirth: "1993-03-03", ssn: "212-34-5678" },
    });
    expect(result.data.linkIdentity.data.taxIdMasked).toBe("***-**-5678");
    const person = await api.db.person.findUniqueOrThrow({ where: { id: result.data.linkIdentity.data.id } });
    expect(person.ssnEncrypted).not.toContain("212345678");
    expect(api.pii.open(person.ssnEncrypted)).toBe("212345678");
    expect(person.ssnHash).toBe(api.pii.lookupHash("212345678"));
    expect(person.email).toBe(email);
    // Nothing to apply with yet, but the account is linked.
    expect((await client.graphql(VIEWER)).data.viewer.personId).toBe(person.id);
  });

  it("checks the number's format and the other fields, naming each, before using a try", async () => {
    const { client, email } = await signUp();
    for (const ssn of ["12345678", "000-12-3456", "666-12-3456", "123-00-4567", "123-45-0000", "900-12-3456"]) {
      const result = await client.graphql(LINK, { input: { ...NGUYEN, ssn } });
      expect(result.data.linkIdentity.__typename, ssn).toBe("InvalidInputError");
      expect(result.data.linkIdentity.issues.map((i: { path: string[] }) => i.path.join("."))).toEqual(["input.ssn"]);
    }
    const result = await client.graphql(LINK, {
      input: { firstName: " ", lastName: "", dateOfBirth: "2999-01-01", ssn: "900-70-0005" },
    });
    expect(result.data.linkIdentity.issues.map((i: { path: string[] }) => i.path.join("."))).toEqual([
      "input.firstName",
      "input.lastName",
      "input.dateOfBirth",
    ]);
    expect((await api.db.user.findUniqueOrThrow({ where: { email } })).identityLinkFailures).toBe(0);
  });

  it("refuses an account that is already linked", async () => {
    const maria = await api.signedIn(DEMO.claimant);
    const result = await maria.graphql(LINK, { input: NGUYEN });
    expect(result.data.linkIdentity.code).toBe("IDENTITY_ALREADY_LINKED");
  });
});

describe("account settings", () => {
  it("changes the password after checking the current one, keeps this session and signs out the others", async () => {
    const { client, email } = await signUp();
    const other = api.client();
    await other.signIn(email, PASSWORD);

    const wrong = await client.graphql(CHANGE_PASSWORD, {
      input: { currentPassword: "not-the-password", newPassword: "another-long-password" },
    });
    expect(wrong.data.changePassword.issues).toEqual([
      { path: ["input", "currentPassword"], message: "That is not your current password." },
    ]);
    const weak = await client.graphql(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: "short" } });
    expect(weak.data.changePassword.issues[0].path).toEqual(["input", "newPassword"]);

    const changed = await client.graphql(CHANGE_PASSWORD, {
      input: { currentPassword: PASSWORD, newPassword: "another-long-password" },
    });
    expect(changed.data.changePassword.data).toEqual({ otherSessionsSignedOut: 1 });
    expect((await client.graphql(VIEWER)).data.viewer.email).toBe(email);
    expect((await other.graphql(VIEWER)).data.viewer).toBeNull();
    await expect(api.client().signIn(email, PASSWORD)).rejects.toThrow();
    await api.client().signIn(email, "another-long-password");

    const user = await api.db.user.findUniqueOrThrow({ where: { email } });
    expect(await api.db.auditEvent.count({ where: { action: "auth.password_changed", entityId: user.id } })).toBe(1);
    expect(api.mailbox.latestTo(email)!.subject).toMatch(/password was changed/);
  });

  it("extends the session: a later expiry, sent again in the cookie, audited", async () => {
    const client = await api.signedIn(DEMO.claimantDev);
    const session = await api.db.session.findFirstOrThrow({
      where: { user: { email: DEMO.claimantDev }, revokedAt: null },
      orderBy: { createdAt: "desc" },
    });
    await api.db.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + 90_000) } });
    const result = await client.graphql(EXTEND);
    const expiresAt = new Date(result.data.extendSession.data);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);
    expect((await api.db.session.findUniqueOrThrow({ where: { id: session.id } })).expiresAt).toEqual(expiresAt);
    expect(new Date((await client.graphql(VIEWER)).data.viewer.sessionExpiresAt)).toEqual(expiresAt);
    expect(await api.db.auditEvent.count({ where: { action: "auth.session_extended", entityId: session.id } })).toBe(1);
  });

  it("refuses account changes when signed out", async () => {
    const anonymous = api.client();
    for (const query of [RESEND, EXTEND]) {
      const result = await anonymous.graphql(query);
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("keeps the demo accounts' addresses confirmed", async () => {
    const maria = await api.signedIn(DEMO.claimant);
    expect((await maria.graphql(VIEWER)).data.viewer.emailVerifiedAt).not.toBeNull();
    await api.signedIn(DEMO.adjudicator);
    expect(DEMO_PASSWORD).toBeTruthy();
  });
});

describe("development outbox", () => {
  it("shows sent mail to this machine in development, as JSON or a page", async () => {
    const development = await startTestApi({ env: { NODE_ENV: "development" } });
    try {
      const email = "outbox.reader@example.test";
      await development.client().graphql(SIGN_UP, { input: { email, password: PASSWORD, preferredLanguage: "EN" } });
      const json = (await (await fetch(`${development.url}/dev/outbox?format=json&to=${email}`)).json()) as {
        messages: { to: string; subject: string; text: string }[];
      };
      expect(json.messages).toHaveLength(1);
      expect(json.messages[0]!.text).toContain("/verify-email?token=");
      const page = await fetch(`${development.url}/dev/outbox`);
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      expect(await page.text()).toContain("Confirm your email address");
      // Through a proxy (someone else's request forwarded) it answers nothing.
      const proxied = await fetch(`${development.url}/dev/outbox`, { headers: { "x-forwarded-for": "203.0.113.9" } });
      expect(proxied.status).toBe(403);
    } finally {
      await development.close();
    }
  }, 120_000);

  it("does not exist outside development", async () => {
    const response = await fetch(`${api.url}/dev/outbox?format=json`);
    expect(response.status).toBe(404);
  });
});
