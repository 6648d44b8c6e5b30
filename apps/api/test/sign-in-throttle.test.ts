// Sign-in brakes under concurrency and behind proxies (issue 12, findings 1 and 5): a burst of
// requests sent at once gets no more password checks than the limits allow, and the address
// limit counts the address our own proxy saw, not what the client wrote in X-Forwarded-For.
import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "../src/http/http-helpers.ts";
import { loadConfig } from "../src/config.ts";
import { DEMO, startTestApi, type TestApi } from "./support/test-api.ts";
import { DEMO_PASSWORD } from "@openleave/db";

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { code message } } }`;

/** Sign-in attempts at once, each through a "proxy" that appended `forwardedFor` to X-Forwarded-For. */
async function burst(api: TestApi, attempts: { email: string; password: string; forwardedFor?: string }[]) {
  const responses = await Promise.all(
    attempts.map(({ email, password, forwardedFor }) =>
      api
        .client()
        .graphql(SIGN_IN, { input: { email, password } }, forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    ),
  );
  const codes = responses.map((r) => (r.data as any)?.signIn?.code ?? (r.data as any)?.signIn?.__typename);
  return {
    /** Requests that got as far as comparing the password (and failed). */
    checked: codes.filter((code) => code === "INVALID_INPUT").length,
    limited: codes.filter((code) => code === "RATE_LIMITED").length,
    codes,
  };
}

describe("behind one trusted proxy (TRUST_PROXY=true, as the development start set it)", () => {
  let api: TestApi;
  beforeAll(async () => {
    // "true", as the development start set it, means one trusted hop.
    api = await startTestApi({ env: { TRUST_PROXY: "true" } });
  });
  afterAll(() => api.close());

  it("100 wrong passwords at once: at most the lockout's 5 are checked, then the account is locked", async () => {
    const result = await burst(
      api,
      Array.from({ length: 100 }, () => ({
        email: DEMO.claimant,
        password: "wrong-guess",
        forwardedFor: "203.0.113.10",
      })),
    );
    expect(result.checked).toBeLessThanOrEqual(5);
    expect(result.checked + result.limited).toBe(100);
    const user = await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimant } });
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    // Even the right password, from elsewhere, waits for the lock to expire.
    const right = await burst(api, [{ email: DEMO.claimant, password: DEMO_PASSWORD, forwardedFor: "203.0.113.11" }]);
    expect(right.codes).toEqual(["RATE_LIMITED"]);
  });

  it("100 accounts sprayed at once from one address: at most 30 reach the password check", async () => {
    const result = await burst(
      api,
      Array.from({ length: 100 }, (_, i) => ({
        email: `nobody${i}@example.com`,
        password: "spray",
        forwardedFor: "203.0.113.20",
      })),
    );
    expect(result.checked).toBeLessThanOrEqual(30);
    expect(result.limited).toBeGreaterThanOrEqual(70);
  });

  it("35 spoofed leftmost addresses through the same proxy hop count as one address", async () => {
    const result = await burst(
      api,
      Array.from({ length: 35 }, (_, i) => ({
        email: `spoof${i}@example.com`,
        password: "spray",
        forwardedFor: `198.51.100.${i}, 203.0.113.30`,
      })),
    );
    expect(result.checked).toBeLessThanOrEqual(30);
    expect(result.limited).toBeGreaterThanOrEqual(5);
  });
});

describe("with no proxy trust (the default outside development)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("ignores X-Forwarded-For entirely", async () => {
    const result = await burst(
      api,
      Array.from({ length: 35 }, (_, i) => ({
        email: `spoof${i}@example.com`,
        password: "spray",
        forwardedFor: `198.51.100.${i}`,
      })),
    );
    expect(result.checked).toBeLessThanOrEqual(30);
  });
});

describe("the client address", () => {
  const request = (forwardedFor: string | undefined, socketAddress = "10.0.0.9") => {
    const socket = new Socket();
    Object.defineProperty(socket, "remoteAddress", { value: socketAddress });
    const req = new IncomingMessage(socket);
    if (forwardedFor !== undefined) req.headers["x-forwarded-for"] = forwardedFor;
    return req;
  };

  it("is the address that many hops from the right, never what the client wrote", () => {
    expect(clientAddress(request("6.6.6.6, 1.2.3.4"), 0)).toBe("10.0.0.9");
    expect(clientAddress(request("6.6.6.6, 1.2.3.4"), 1)).toBe("1.2.3.4");
    expect(clientAddress(request("6.6.6.6, 1.2.3.4, 172.16.0.2"), 2)).toBe("1.2.3.4");
    // Fewer entries than trusted hops: the farthest one there is.
    expect(clientAddress(request("1.2.3.4"), 3)).toBe("1.2.3.4");
    expect(clientAddress(request(undefined), 1)).toBe("10.0.0.9");
  });

  it("is configured as a number of hops, off unless asked for", () => {
    expect(loadConfig({ NODE_ENV: "production", OPENLEAVE_SIGNING_SECRET: "x".repeat(40) }).trustProxyHops).toBe(0);
    expect(loadConfig({ NODE_ENV: "test" }).trustProxyHops).toBe(0);
    expect(loadConfig({ NODE_ENV: "development" }).trustProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxyHops).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxyHops).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxyHops).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: "yes please" })).toThrow(/TRUST_PROXY/);
  });
});
