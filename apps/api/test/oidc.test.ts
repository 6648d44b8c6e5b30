// OIDC sign-in (authorization code + PKCE) against a real identity provider running in the
// test, over real HTTP: account creation, return, linking, every refusal, and the session.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OidcProvider } from "../src/auth/oidc/oidc-provider.ts";
import { DEMO, startTestApi, type ApiClient, type TestApi } from "./support/test-api.ts";
import { TestIdentityProvider, type TestPerson } from "./support/test-identity-provider.ts";

const VIEWER = `{ viewer { email name roles } }`;
const SIGN_OUT = `mutation { signOut { __typename } }`;
const PORTAL = "http://portal.test";

let idp: TestIdentityProvider;
let api: TestApi;
let clockOffsetMs = 0;
let redirectCase = 0;
const logLines: string[] = [];

beforeAll(async () => {
  idp = await new TestIdentityProvider().start();
  api = await startTestApi({
    env: {
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_LABEL: "Test ID",
      PORTAL_URL: PORTAL,
    },
    now: () => new Date(Date.now() + clockOffsetMs),
    logLines,
  });
  idp.redirectUri = api.config.oidc!.redirectUri;
});
afterAll(async () => {
  await api?.close();
  await idp?.close();
});
beforeEach(() => {
  clockOffsetMs = 0;
  idp.idTokenOverrides = {};
  idp.signWithUnknownKey = false;
  idp.emailOnlyInUserInfo = false;
});

interface Journey {
  /** Where the API finally sent the browser. */
  location: URL;
  /** The callback URL the provider sent the browser to (with code and state). */
  callbackPath: string;
  flowCookie: string;
  callbackSetCookies: string[];
}

/** Walks a browser through start -> provider -> callback, following no redirect by itself. */
async function signInAtProvider(client: ApiClient, person: TestPerson, returnTo?: string): Promise<Journey> {
  idp.person = person;
  const started = await client.fetch(
    `/auth/oidc/start${returnTo === undefined ? "" : `?returnTo=${encodeURIComponent(returnTo)}`}`,
    { redirect: "manual" },
  );
  expect(started.status).toBe(302);
  const authorize = new URL(started.headers.get("location")!);
  expect(authorize.origin + authorize.pathname).toBe(`${idp.issuer}/authorize`);
  const flowCookie = client.cookies.get("ol_oidc_flow")!;
  const atProvider = await fetch(authorize, { redirect: "manual" });
  expect(atProvider.status).toBe(302);
  const callback = new URL(atProvider.headers.get("location")!);
  const callbackPath = callback.pathname + callback.search;
  const finished = await client.fetch(callbackPath, { redirect: "manual" });
  expect(finished.status).toBe(302);
  return {
    location: new URL(finished.headers.get("location")!),
    callbackPath,
    flowCookie,
    callbackSetCookies: finished.headers.getSetCookie(),
  };
}

function errorCode(journey: Journey) {
  expect(journey.location.origin + journey.location.pathname).toBe(`${PORTAL}/sign-in`);
  return journey.location.searchParams.get("error");
}

async function userByIdentity(sub: string) {
  return api.db.user.findFirst({ where: { oidcIssuer: idp.issuer, oidcSubject: sub } });
}

describe("authProviders", () => {
  it("offers the provider with its configured label, to anyone", async () => {
    const result = await api.client().graphql(`{ authProviders { password oidc { label startUrl } } }`);
    expect(result.data.authProviders).toEqual({
      password: true,
      oidc: { label: "Test ID", startUrl: `${api.url}/auth/oidc/start` },
    });
  });
});

describe("starting", () => {
  it("sends the browser to the provider with PKCE, state and nonce, keeping them in an HTTP-only Lax cookie", async () => {
    const client = api.client();
    const response = await client.fetch("/auth/oidc/start?returnTo=/claims", { redirect: "manual" });
    const authorize = new URL(response.headers.get("location")!);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: idp.clientId,
      redirect_uri: `${api.url}/auth/oidc/callback`,
      response_type: "code",
      code_challenge_method: "S256",
      scope: "openid email profile",
    });
    for (const name of ["state", "nonce", "code_challenge"])
      expect(authorize.searchParams.get(name)!.length).toBeGreaterThanOrEqual(22);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("ol_oidc_flow="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // The cookie is sealed: neither the state nor the nonce can be read from it.
    const sealed = client.cookies.get("ol_oidc_flow")!;
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain(authorize.searchParams.get("state")!);
  });
});

describe("signing in", () => {
  it("creates a claimant account without a password for a new identity and signs it in", async () => {
    const client = api.client();
    const journey = await signInAtProvider(
      client,
      { sub: "new-person-1", email: "Rosa.Diaz@Example.org", email_verified: true, name: "Rosa Díaz" },
      "/claims?tab=open",
    );
    expect(journey.location.toString()).toBe(`${PORTAL}/claims?tab=open`);

    const user = (await userByIdentity("new-person-1"))!;
    expect(user).toMatchObject({
      email: "rosa.diaz@example.org",
      name: "Rosa Díaz",
      roles: ["CLAIMANT"],
      passwordHash: null,
    });
    expect(await api.db.auditEvent.count({ where: { entityId: user.id, action: "user.create" } })).toBe(1);
    const signIn = await api.db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "auth.sign_in" } });
    expect(signIn.metadata).toMatchObject({ method: "oidc" });

    // The same cookies as a password sign-in, and the flow cookie is gone.
    const session = journey.callbackSetCookies.find((line) => line.startsWith("ol_session="))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(journey.callbackSetCookies.find((line) => line.startsWith("ol_csrf="))).not.toMatch(/HttpOnly/);
    expect(journey.callbackSetCookies.find((line) => line.startsWith("ol_oidc_flow="))).toMatch(/Max-Age=0/);
    expect(client.cookies.has("ol_oidc_flow")).toBe(false);
  });

  it("gives a session that works for GraphQL and needs the CSRF token for mutations", async () => {
    const client = api.client();
    await signInAtProvider(client, {
      sub: "session-check",
      email: "session.check@example.org",
      email_verified: true,
      name: "Sam Check",
    });
    expect((await client.graphql(VIEWER)).data.viewer).toEqual({
      email: "session.check@example.org",
      name: "Sam Check",
      roles: ["CLAIMANT"],
    });

    const noCsrf = await client.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SIGN_OUT }),
    });
    expect(((await noCsrf.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "CSRF_TOKEN_INVALID",
    );
    expect((await client.graphql(VIEWER)).data.viewer).not.toBeNull();

    expect((await client.graphql(SIGN_OUT)).data.signOut.__typename).toBe("MutationSignOutSuccess");
    expect((await client.graphql(VIEWER)).data.viewer).toBeNull();
  });

  it("signs a returning person into the same account, even after their email changed at the provider", async () => {
    await signInAtProvider(api.client(), {
      sub: "returning-1",
      email: "lee@example.org",
      email_verified: true,
      name: "Lee Park",
    });
    const first = (await userByIdentity("returning-1"))!;
    const client = api.client();
    const journey = await signInAtProvider(client, {
      sub: "returning-1",
      email: "lee.park@example.net",
      email_verified: true,
      name: "Lee Park",
    });
    expect(journey.location.toString()).toBe(`${PORTAL}/`);
    expect((await client.graphql(VIEWER)).data.viewer.email).toBe("lee@example.org");
    expect(await api.db.user.count({ where: { oidcSubject: "returning-1" } })).toBe(1);
    expect(await api.db.auditEvent.count({ where: { entityId: first.id, action: "auth.sign_in" } })).toBe(2);
  });

  it("takes the email from UserInfo when the ID token has none (as Login.gov does)", async () => {
    idp.emailOnlyInUserInfo = true;
    const client = api.client();
    await signInAtProvider(client, {
      sub: "userinfo-only",
      email: "userinfo.only@example.org",
      email_verified: true,
      name: "Uma Info",
    });
    expect((await client.graphql(VIEWER)).data.viewer.email).toBe("userinfo.only@example.org");
  });
});

describe("linking to an existing account", () => {
  it("links by email when the provider verified it, and audits the link", async () => {
    const client = api.client();
    const journey = await signInAtProvider(client, {
      sub: "maria-at-idp",
      email: DEMO.claimant,
      email_verified: true,
      name: "Someone Else",
    });
    expect(journey.location.toString()).toBe(`${PORTAL}/`);
    const maria = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
    expect(maria).toMatchObject({ oidcIssuer: idp.issuer, oidcSubject: "maria-at-idp" });
    expect(maria.passwordHash).not.toBeNull();
    const link = await api.db.auditEvent.findFirstOrThrow({ where: { entityId: maria.id, action: "auth.oidc_link" } });
    expect(link.changedFields).toEqual(["oidcIssuer", "oidcSubject"]);
    expect((await client.graphql(VIEWER)).data.viewer).toMatchObject({ email: DEMO.claimant, roles: ["CLAIMANT"] });
  });

  it("does not link by an unverified email", async () => {
    const journey = await signInAtProvider(api.client(), {
      sub: "claims-to-be-aisha",
      email: DEMO.claimantAisha,
      email_verified: false,
      name: "Not Aisha",
    });
    expect(errorCode(journey)).toBe("oidc_email_unverified");
    const aisha = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimantAisha } });
    expect(aisha.oidcSubject).toBeNull();
    expect(await userByIdentity("claims-to-be-aisha")).toBeNull();
  });

  it("does not link an account already linked to another identity", async () => {
    await signInAtProvider(api.client(), { sub: "dev-first", email: DEMO.claimantDev, email_verified: true });
    const journey = await signInAtProvider(api.client(), {
      sub: "dev-second",
      email: DEMO.claimantDev,
      email_verified: true,
    });
    expect(errorCode(journey)).toBe("oidc_email_in_use");
    expect((await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimantDev } })).oidcSubject).toBe("dev-first");
  });
});

describe("refusals", () => {
  it("refuses a disabled account and records the refusal", async () => {
    const james = await api.db.user.update({ where: { email: DEMO.claimantJames }, data: { disabledAt: new Date() } });
    try {
      const client = api.client();
      const journey = await signInAtProvider(client, {
        sub: "james-at-idp",
        email: DEMO.claimantJames,
        email_verified: true,
      });
      expect(errorCode(journey)).toBe("account_disabled");
      expect(client.cookies.has("ol_session")).toBe(false);
      expect(await api.db.session.count({ where: { userId: james.id } })).toBe(0);
      expect(await api.db.auditEvent.count({ where: { entityId: james.id, action: "auth.sign_in_failed" } })).toBe(1);
      // The link was made in the same transaction as the refused session, so it rolled back too.
      expect((await api.db.user.findUniqueOrThrow({ where: { id: james.id } })).oidcSubject).toBeNull();
    } finally {
      await api.db.user.update({ where: { id: james.id }, data: { disabledAt: null } });
    }
  });

  it("refuses a callback whose state was tampered with", async () => {
    const client = api.client();
    idp.person = { sub: "tamper-state", email: "tamper@example.org", email_verified: true };
    const tokenRequests = idp.tokenRequests.length;
    const started = await client.fetch("/auth/oidc/start", { redirect: "manual" });
    const authorize = new URL(started.headers.get("location")!);
    authorize.searchParams.set("state", "attacker-chosen-state-value-000000");
    const atProvider = await fetch(authorize, { redirect: "manual" });
    const callback = new URL(atProvider.headers.get("location")!);
    const finished = await client.fetch(callback.pathname + callback.search, { redirect: "manual" });
    expect(new URL(finished.headers.get("location")!).searchParams.get("error")).toBe("oidc_state");
    expect(idp.tokenRequests.length).toBe(tokenRequests);
    expect(await userByIdentity("tamper-state")).toBeNull();
  });

  it("refuses a tampered flow cookie", async () => {
    const client = api.client();
    idp.person = { sub: "tamper-cookie", email: "tamper.cookie@example.org", email_verified: true };
    const started = await client.fetch("/auth/oidc/start", { redirect: "manual" });
    const sealed = Buffer.from(client.cookies.get("ol_oidc_flow")!, "base64url");
    sealed[20] = sealed[20]! ^ 0x01;
    client.cookies.set("ol_oidc_flow", sealed.toString("base64url"));
    const atProvider = await fetch(started.headers.get("location")!, { redirect: "manual" });
    const callback = new URL(atProvider.headers.get("location")!);
    const finished = await client.fetch(callback.pathname + callback.search, { redirect: "manual" });
    expect(new URL(finished.headers.get("location")!).searchParams.get("error")).toBe("oidc_state");
    expect(await userByIdentity("tamper-cookie")).toBeNull();
  });

  it("refuses a callback from a browser that did not start the flow (login CSRF)", async () => {
    const victim = api.client();
    idp.person = { sub: "attacker", email: "attacker@example.org", email_verified: true };
    const attacker = api.client();
    const started = await attacker.fetch("/auth/oidc/start", { redirect: "manual" });
    const atProvider = await fetch(started.headers.get("location")!, { redirect: "manual" });
    const callback = new URL(atProvider.headers.get("location")!);
    const finished = await victim.fetch(callback.pathname + callback.search, { redirect: "manual" });
    expect(new URL(finished.headers.get("location")!).searchParams.get("error")).toBe("oidc_state");
    expect(victim.cookies.has("ol_session")).toBe(false);
  });

  it("refuses a replayed callback: the code was already used", async () => {
    const client = api.client();
    const journey = await signInAtProvider(client, {
      sub: "replay-1",
      email: "replay@example.org",
      email_verified: true,
    });
    expect(journey.location.toString()).toBe(`${PORTAL}/`);
    const sessions = await api.db.session.count();
    const thief = api.client();
    thief.cookies.set("ol_oidc_flow", journey.flowCookie);
    const replayed = await thief.fetch(journey.callbackPath, { redirect: "manual" });
    expect(new URL(replayed.headers.get("location")!).searchParams.get("error")).toBe("oidc_exchange");
    expect(thief.cookies.has("ol_session")).toBe(false);
    expect(await api.db.session.count()).toBe(sessions);
  });

  it("refuses an expired flow cookie", async () => {
    const client = api.client();
    idp.person = { sub: "slow-person", email: "slow@example.org", email_verified: true };
    const started = await client.fetch("/auth/oidc/start", { redirect: "manual" });
    const atProvider = await fetch(started.headers.get("location")!, { redirect: "manual" });
    const callback = new URL(atProvider.headers.get("location")!);
    clockOffsetMs = 11 * 60_000;
    const finished = await client.fetch(callback.pathname + callback.search, { redirect: "manual" });
    expect(new URL(finished.headers.get("location")!).searchParams.get("error")).toBe("oidc_expired");
    expect(await userByIdentity("slow-person")).toBeNull();
  });

  it("refuses a callback without a flow cookie", async () => {
    const response = await api.client().fetch("/auth/oidc/callback?code=abc&state=def", { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${PORTAL}/sign-in?error=oidc_state`);
  });

  it("passes on a refusal at the provider as a short code", async () => {
    idp.denyWith = "access_denied";
    const journey = await signInAtProvider(api.client(), { sub: "said-no" });
    expect(errorCode(journey)).toBe("oidc_denied");
  });

  it.each([
    ["a wrong nonce", { nonce: "not-the-nonce-we-sent" }],
    ["a wrong audience", { aud: "some-other-client" }],
    ["a wrong issuer", { iss: "http://127.0.0.1:1/evil" }],
    ["an expired ID token", { exp: Math.floor(Date.now() / 1000) - 3_600, iat: Math.floor(Date.now() / 1000) - 7_200 }],
  ])("refuses an ID token with %s", async (_case, overrides) => {
    idp.idTokenOverrides = overrides;
    const sub = `bad-token-${Object.keys(overrides).join("-")}`;
    const client = api.client();
    const journey = await signInAtProvider(client, { sub, email: `${sub}@example.org`, email_verified: true });
    expect(errorCode(journey)).toBe("oidc_token");
    expect(client.cookies.has("ol_session")).toBe(false);
    expect(await userByIdentity(sub)).toBeNull();
  });

  it("refuses an ID token signed with a key the provider does not publish", async () => {
    idp.signWithUnknownKey = true;
    const journey = await signInAtProvider(api.client(), {
      sub: "forged-signature",
      email: "forged@example.org",
      email_verified: true,
    });
    expect(errorCode(journey)).toBe("oidc_token");
    expect(await userByIdentity("forged-signature")).toBeNull();
  });

  it.each([
    ["an absolute URL", "https://evil.example/steal"],
    ["a protocol-relative URL", "//evil.example/steal"],
    ["a backslash trick", "/\\evil.example"],
    ["a tab inside", "/\t/evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["the sign-in page itself", "/sign-in?returnTo=/x"],
  ])("ignores %s as returnTo and goes to the portal home", async (_case, returnTo) => {
    const sub = `redirect-${++redirectCase}`;
    const journey = await signInAtProvider(
      api.client(),
      { sub, email: `${sub}@example.org`, email_verified: true },
      returnTo,
    );
    expect(journey.location.toString()).toBe(`${PORTAL}/`);
  });

  it("never logs codes, tokens or cookies", async () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.some((line) => line.includes("OIDC sign-in failed"))).toBe(true);
    const secrets = [...idp.secretsHandedOut];
    for (const line of logLines) for (const secret of secrets) expect(line).not.toContain(secret);
    for (const line of logLines) expect(line).not.toMatch(/ol_session=|ol_oidc_flow=|eyJ[A-Za-z0-9_-]{10,}\./);
  });
});

describe("an unreachable provider", () => {
  it("fails with oidc_unavailable, and discovers again once the provider is back", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const settings = {
      issuer: `http://127.0.0.1:${port}`,
      clientId: "c",
      clientSecret: "s",
      redirectUri: "http://127.0.0.1/cb",
      label: "X",
    };
    const provider = new OidcProvider(settings, true);
    const flow = {
      state: "s".repeat(43),
      nonce: "n".repeat(43),
      codeVerifier: "v".repeat(43),
      returnTo: "/",
      expiresAt: Date.now() + 60_000,
    };
    await expect(provider.authorizationUrl(flow, "c".repeat(43))).rejects.toMatchObject({ code: "oidc_unavailable" });

    const late = await new TestIdentityProvider().start(port);
    try {
      const url = await provider.authorizationUrl(flow, "c".repeat(43));
      expect(`${url.origin}${url.pathname}`).toBe(`http://127.0.0.1:${port}/authorize`);
    } finally {
      await late.close();
    }
  });
});

describe("without a provider configured", () => {
  it("offers no provider and sends a start to the sign-in page with a code", async () => {
    const plain = await startTestApi({ env: { PORTAL_URL: PORTAL } });
    try {
      const result = await plain.client().graphql(`{ authProviders { password oidc { label } } }`);
      expect(result.data.authProviders).toEqual({ password: true, oidc: null });
      const response = await plain.client().fetch("/auth/oidc/start", { redirect: "manual" });
      expect(response.headers.get("location")).toBe(`${PORTAL}/sign-in?error=oidc_unavailable`);
    } finally {
      await plain.close();
    }
  });
});
