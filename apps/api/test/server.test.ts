// The HTTP shell: health and readiness, the checked-in schema, and what an unexpected failure
// looks like to a client (nothing internal).
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { printSchema } from "graphql";
import { connectDatabase } from "@openleave/db";
import { createPiiCipher } from "@openleave/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { LocalDiskStorage } from "../src/domains/documents/storage.ts";
import { buildSchema } from "../src/graphql/schema.ts";
import { DevelopmentMailbox } from "../src/mail/mailer.ts";
import { createLogger } from "../src/observability/logger.ts";
import { startTestApi, type TestApi } from "./support/test-api.ts";

describe("with a working database", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("answers /healthz and /readyz with 200", async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: "reachable" });
  });

  it("tags every response with a request id", async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers unknown paths with 404 JSON", async () => {
    const response = await fetch(`${api.url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Not found" });
  });

  it("allows the portal and admin origins, and no others, to call it from a browser", async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
    expect((await preflight("http://localhost:3000")).headers.get("access-control-allow-origin")).toBe(
      "http://localhost:3000",
    );
    expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("with the database unreachable", () => {
  let app: App;
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // A port nothing listens on: the client is created, every query fails to connect.
    const handle = await connectDatabase(
      { kind: "postgres", url: "postgresql://postgres@127.0.0.1:1/none" },
      { connectTimeoutMs: 500 },
    );
    app = await createApp({
      config: loadConfig({ NODE_ENV: "test" }),
      db: handle.db,
      pii: createPiiCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) }),
      storage: new LocalDiskStorage("/tmp/openleave-unused"),
      mailer: new DevelopmentMailbox(),
      log: createLogger("silent"),
    });
    url = await app.listen(0, "127.0.0.1");
    close = async () => {
      await app.close(500);
      await handle.close();
    };
  });
  afterAll(() => close());

  it("stays alive: /healthz 200, /readyz 503", async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "unavailable", database: "unreachable" });
  });

  it("tells a client the service is unavailable, with no stack trace, SQL or host", async () => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ programs { id } }" }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    const text = JSON.stringify(body);
    expect(body.errors[0]!.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(text).not.toMatch(/prisma|127\.0\.0\.1|stack|\.ts:|SELECT/i);
  });
});

describe("in production", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      env: { NODE_ENV: "production", OPENLEAVE_SIGNING_SECRET: "a-production-signing-secret-of-40-characters" },
    });
  });
  afterAll(() => api.close());

  it("refuses introspection, so the schema is not handed to anyone who asks", async () => {
    const result = await api.client().graphql(`{ __schema { types { name } } }`);
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it("marks session cookies Secure", async () => {
    const response = await api.client().fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`,
        variables: { input: { email: "adjudicator@openleave.test", password: "OpenLeave-demo-2026" } },
      }),
    });
    expect(response.headers.getSetCookie().find((c) => c.startsWith("ol_session="))).toMatch(/; Secure/);
  });
});

describe("the printed schema", () => {
  it("matches apps/api/schema.graphql (run `pnpm --filter @openleave/api schema:print` after changing the API)", () => {
    const checkedIn = readFileSync(path.resolve(import.meta.dirname, "../schema.graphql"), "utf8");
    expect(`${printSchema(buildSchema())}\n`).toBe(checkedIn);
  });
});
