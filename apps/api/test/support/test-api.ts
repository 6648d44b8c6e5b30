// Starts the real API on an ephemeral port against a fresh test database seeded with the demo
// world, and gives tests an HTTP client that keeps cookies and sends the CSRF header.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { DEMO_PASSWORD, seedDemoData } from "@openleave/db";
import { createPiiCipher, type PiiCipher } from "@openleave/crypto";
import { createTestDatabase, type TestDatabase } from "@openleave/db/testing";
import { createApp, type App } from "../../src/app.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import { createFileStorage } from "../../src/domains/documents/create-file-storage.ts";
import { S3Storage } from "../../src/domains/documents/s3-storage.ts";
import { DevelopmentMailbox } from "../../src/mail/mailer.ts";
import { createLogger } from "../../src/observability/logger.ts";

export interface TestApi {
  url: string;
  database: TestDatabase;
  db: TestDatabase["db"];
  pii: PiiCipher;
  mailbox: DevelopmentMailbox;
  config: Config;
  app: App;
  /** A new client with its own cookie jar. */
  client(): ApiClient;
  /** A client signed in as one of the demo accounts. */
  signedIn(email: string): Promise<ApiClient>;
  close(): Promise<void>;
}

export async function startTestApi(
  options: {
    env?: Record<string, string>;
    now?: () => Date;
    logLines?: string[];
    /** Called with every SQL statement the API's client sends (statement-count tests). */
    onQuery?: (sql: string) => void;
  } = {},
): Promise<TestApi> {
  const database = await createTestDatabase({ onQuery: options.onQuery });
  const pii = createPiiCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
  const uploads = mkdtempSync(path.join(tmpdir(), "openleave-uploads-"));
  const config = loadConfig({ NODE_ENV: "test", UPLOAD_DIR: uploads, LOG_LEVEL: "silent", ...options.env });
  const mailbox = new DevelopmentMailbox();
  // Local disk in the temporary folder, or the S3 server the test names in S3_* variables.
  const storage = createFileStorage(config.storage);
  await seedDemoData(database.db, { pii, storeFile: (key, bytes, mimeType) => storage.put(key, bytes, mimeType) });
  const app = await createApp({
    config,
    db: database.db,
    pii,
    storage,
    mailer: mailbox,
    // With logLines, every log line is captured (at debug level) for tests that inspect logs.
    log: options.logLines
      ? createLogger("debug", { write: (line: string) => void options.logLines!.push(line) })
      : createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    now: options.now,
  });
  const url = await app.listen(0, "127.0.0.1");
  // Signed upload URLs must point at this server's ephemeral port.
  config.publicUrl = url;
  if (config.oidc && !options.env?.OIDC_REDIRECT_URI) config.oidc.redirectUri = `${url}/auth/oidc/callback`;
  const api: TestApi = {
    url,
    database,
    db: database.db,
    pii,
    mailbox,
    config,
    app,
    client: () => new ApiClient(url),
    async signedIn(email: string) {
      const client = new ApiClient(url);
      await client.signIn(email, DEMO_PASSWORD);
      return client;
    },
    async close() {
      await app.close(1_000);
      if (storage instanceof S3Storage) storage.close();
      await database.drop();
      rmSync(uploads, { recursive: true, force: true });
    },
  };
  return api;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class ApiClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async graphql<T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await this.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...this.csrfHeader(), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status };
  }

  /** Runs a mutation whose result is a union; returns the success `data` or throws with the error. */
  async mutate<T = any>(field: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.graphql(query, variables);
    if (result.errors?.length) throw new Error(`${field}: ${JSON.stringify(result.errors)}`);
    const payload = (result.data as Record<string, any>)[field];
    if (payload?.__typename && !payload.__typename.endsWith("Success"))
      throw new Error(`${field}: ${JSON.stringify(payload)}`);
    return payload.data as T;
  }

  async signIn(email: string, password: string) {
    const result = await this.graphql(
      `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { code message } } }`,
      { input: { email, password } },
    );
    const payload = (result.data as any)?.signIn;
    if (payload?.__typename !== "MutationSignInSuccess")
      throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result)}`);
    return this;
  }

  csrfHeader(): Record<string, string> {
    const token = this.cookies.get("ol_csrf");
    return token ? { "x-csrf-token": token } : {};
  }

  async fetch(pathname: string, init: RequestInit = {}) {
    const cookie = [...this.cookies.entries()].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; ");
    const request = () =>
      fetch(`${this.baseUrl}${pathname}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
      });
    // On a busy machine the server may close an idle keep-alive socket just as the client
    // reuses it; the request never reached the server, so sending it again is safe.
    const response = await request().catch((error: { cause?: { code?: string } }) => {
      if (error.cause?.code === "ECONNRESET" && !(init.body instanceof ReadableStream)) return request();
      throw error;
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = decodeURIComponent(rest.join("="));
      const expired = attributes.some((a) => a.trim().toLowerCase() === "max-age=0");
      if (expired || value === "") this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    return response;
  }
}

/**
 * Withdraws the demo claims of this person that are still in force, for test files that file
 * new claims for them: one leave can be claimed only once, and the demo claims cover the weeks
 * ahead.
 */
export async function clearLeaveCalendar(api: TestApi, email: string) {
  const user = await api.db.user.findUniqueOrThrow({ where: { email } });
  await api.db.claim.updateMany({
    where: { claimantId: user.personId!, status: { notIn: ["DRAFT", "WITHDRAWN", "DENIED"] } },
    data: { status: "WITHDRAWN", withdrawnAt: new Date() },
  });
}

export const DEMO = {
  claimant: "maria.garcia@openleave.test",
  claimantAisha: "aisha.khan@openleave.test",
  claimantJames: "james.oconnor@openleave.test",
  claimantDev: "dev.patel@openleave.test",
  leaveAdmin: "hr@evergreen-robotics.test",
  unverifiedLeaveAdmin: "owner@pugetsoundbakery.test",
  leaveAdminMa: "leave@baystatehealth.test",
  adjudicator: "adjudicator@openleave.test",
  supervisor: "supervisor@openleave.test",
  appealsOfficer: "appeals@openleave.test",
  programAdmin: "admin@openleave.test",
  programAdmin2: "admin2@openleave.test",
} as const;
