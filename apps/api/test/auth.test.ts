// Sign-in, sessions, CSRF, lockout, rate limiting and password reset, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@openleave/db";
import { DEMO, startTestApi, type TestApi } from "./support/test-api.ts";

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { code message } ... on InvalidInputError { issues { path message } } ... on RateLimitedError { retryAfterSeconds } } }`;
const VIEWER = `{ viewer { email roles } }`;
const SIGN_OUT = `mutation { signOut { __typename } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000" } });
});
afterAll(() => api.close());

describe("sign-in", () => {
  it("sets an HTTP-only session cookie and a readable CSRF cookie", async () => {
    const client = api.client();
    const response = await client.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: DEMO.claimant, password: DEMO_PASSWORD } } }),
    });
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith("ol_session="))!;
    const csrf = cookies.find((c) => c.startsWith("ol_csrf="))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(csrf).not.toMatch(/HttpOnly/);
    expect((await client.graphql(VIEWER)).data.viewer).toEqual({ email: DEMO.claimant, roles: ["CLAIMANT"] });
  });

  it("treats the email case-insensitively", async () => {
    const client = api.client();
    await client.signIn(DEMO.claimant.toUpperCase(), DEMO_PASSWORD);
    expect((await client.graphql(VIEWER)).data.viewer.email).toBe(DEMO.claimant);
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    const wrong = await api
      .client()
      .graphql(SIGN_IN, { input: { email: DEMO.adjudicator, password: "not-the-password" } });
    const unknown = await api
      .client()
      .graphql(SIGN_IN, { input: { email: "nobody@openleave.test", password: "whatever-password" } });
    expect(wrong.data.signIn.message).toBe(unknown.data.signIn.message);
    expect(wrong.data.signIn.__typename).toBe("InvalidInputError");
  });

  it("reports empty and malformed fields one by one", async () => {
    const result = await api.client().graphql(SIGN_IN, { input: { email: "not an email", password: "" } });
    expect(result.data.signIn.issues.map((i: { path: string[] }) => i.path[0])).toEqual(["email", "password"]);
  });

  it("locks an account after five failures, even for the right password, and records it", async () => {
    const email = DEMO.programAdmin;
    for (let i = 0; i < 5; i++) await api.client().graphql(SIGN_IN, { input: { email, password: `wrong-${i}` } });
    const locked = await api.client().graphql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    expect(locked.data.signIn.__typename).toBe("RateLimitedError");
    expect(locked.data.signIn.retryAfterSeconds).toBeGreaterThan(0);
    const user = await api.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await api.db.auditEvent.count({ where: { action: "auth.account_locked", entityId: user.id } })).toBe(1);
  });
});

describe("rate limit per address", () => {
  it("refuses further attempts from one address within a minute", async () => {
    const limited = await startTestApi({ env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "3" } });
    try {
      const results = [];
      for (let i = 0; i < 4; i++) {
        results.push(
          (
            await limited
              .client()
              .graphql(SIGN_IN, { input: { email: `spray${i}@example.com`, password: "x-password" } })
          ).data.signIn.__typename,
        );
      }
      expect(results).toEqual(["InvalidInputError", "InvalidInputError", "InvalidInputError", "RateLimitedError"]);
    } finally {
      await limited.close();
    }
  }, 120_000);
});

describe("sessions and CSRF", () => {
  it("refuses a mutation made with a session cookie but no CSRF token", async () => {
    const client = await api.signedIn(DEMO.adjudicator);
    const response = await client.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SIGN_OUT }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("CSRF_TOKEN_INVALID");
    expect((await client.graphql(VIEWER)).data.viewer.email).toBe(DEMO.adjudicator);
  });

  it("refuses a forged CSRF token", async () => {
    const client = await api.signedIn(DEMO.adjudicator);
    const result = await client.graphql(SIGN_OUT, {}, { "x-csrf-token": "forged-token-value" });
    expect(result.errors?.[0]?.extensions?.code).toBe("CSRF_TOKEN_INVALID");
  });

  it("refuses a cross-site simple request (Apollo's preflight requirement)", async () => {
    const client = await api.signedIn(DEMO.adjudicator);
    const response = await client.fetch(`/graphql?query=${encodeURIComponent(VIEWER)}`, { method: "GET" });
    expect(response.status).toBe(400);
  });

  it("signs out: the session no longer works even if the cookie is replayed", async () => {
    const client = await api.signedIn(DEMO.supervisor);
    const stolen = client.cookies.get("ol_session")!;
    expect((await client.graphql(SIGN_OUT)).data.signOut.__typename).toBe("MutationSignOutSuccess");
    expect(client.cookies.has("ol_session")).toBe(false);
    const replay = api.client();
    replay.cookies.set("ol_session", stolen);
    expect((await replay.graphql(VIEWER)).data.viewer).toBeNull();
  });

  it("stores only a hash of the session token", async () => {
    const client = await api.signedIn(DEMO.appealsOfficer);
    const token = client.cookies.get("ol_session")!;
    expect(await api.db.session.count({ where: { tokenHash: token } })).toBe(0);
  });
});

describe("password reset", () => {
  const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) { __typename ... on Error { code } } }`;
  const RESET = `mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { __typename ... on InvalidInputError { issues { path message } } ... on Error { code } } }`;

  it("answers the same for unknown addresses and sends nothing", async () => {
    const before = api.mailbox.sent.length;
    const result = await api.client().graphql(REQUEST, { email: "nobody@openleave.test" });
    expect(result.data.requestPasswordReset.__typename).toBe("MutationRequestPasswordResetSuccess");
    expect(api.mailbox.sent.length).toBe(before);
  });

  it("resets by emailed link once and signs out every session", async () => {
    const email = DEMO.claimantJames;
    const existing = await api.signedIn(email);
    await api.client().graphql(REQUEST, { email });
    const message = api.mailbox.latestTo(email)!;
    const token = new URL(/https?:\/\/\S+/.exec(message.text)![0]).searchParams.get("token")!;
    expect(await api.db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);

    const tooShort = await api.client().graphql(RESET, { token, newPassword: "short" });
    expect(tooShort.data.resetPassword.issues[0].path).toEqual(["newPassword"]);

    const newPassword = "a much longer new passphrase";
    expect((await api.client().graphql(RESET, { token, newPassword })).data.resetPassword.__typename).toBe(
      "MutationResetPasswordSuccess",
    );
    expect((await api.client().graphql(RESET, { token, newPassword })).data.resetPassword.__typename).toBe(
      "InvalidInputError",
    );
    expect((await existing.graphql(VIEWER)).data.viewer).toBeNull();
    await api.client().signIn(email, newPassword);
    await expect(api.client().signIn(email, DEMO_PASSWORD)).rejects.toThrow();
  });
});
