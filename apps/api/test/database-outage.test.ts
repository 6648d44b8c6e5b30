// The database goes away and comes back (issue 12, finding 6). The API reaches its own
// PostgreSQL database through a TCP proxy in this test, which is cut (every connection dropped,
// new ones refused, as when the server restarts) and restored. Meanwhile every request gets 503
// with Retry-After and a typed SERVICE_UNAVAILABLE error, the log says so once per change, and
// the API recovers by itself. PostgreSQL only: PGlite runs inside the process.
import { randomBytes } from "node:crypto";
import { createServer, Socket, type Server } from "node:net";
import { createPiiCipher } from "@openleave/crypto";
import { connectDatabase, seedDemoData, type DatabaseHandle } from "@openleave/db";
import { createTestDatabase, testDatabaseServerUrl, type TestDatabase } from "@openleave/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { LocalDiskStorage } from "../src/domains/documents/storage.ts";
import { DevelopmentMailbox } from "../src/mail/mailer.ts";
import { createLogger } from "../src/observability/logger.ts";
import { ApiClient, DEMO } from "./support/test-api.ts";
import { DEMO_PASSWORD } from "@openleave/db";
import { tmpdir } from "node:os";

/** A TCP proxy to PostgreSQL that can be cut and restored. */
class CuttableProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(port = 0) {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  /** Drops every connection and stops listening: clients get connection refused. */
  async cut() {
    const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  restore() {
    return this.start(this.port);
  }
}

const serverUrl = testDatabaseServerUrl();

describe.skipIf(!serverUrl)("when the database goes away and comes back", () => {
  let database: TestDatabase;
  let proxy: CuttableProxy;
  let handle: DatabaseHandle;
  let app: App;
  let url: string;
  const logLines: { level: number; msg: string; err?: unknown }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const pii = createPiiCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
    await seedDemoData(database.db, { pii });
    const target = new URL(database.url!);
    proxy = new CuttableProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const viaProxy = new URL(database.url!);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    handle = await connectDatabase(
      { kind: "postgres", url: viaProxy.toString() },
      { poolSize: 3, connectTimeoutMs: 2_000 },
    );
    const log = createLogger("debug", {
      write: (line: string) => void logLines.push(JSON.parse(line) as { level: number; msg: string }),
    });
    app = await createApp({
      config: loadConfig({ NODE_ENV: "test", LOG_LEVEL: "debug", SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000" }),
      db: handle.db,
      pii,
      storage: new LocalDiskStorage(tmpdir()),
      mailer: new DevelopmentMailbox(),
      log,
    });
    url = await app.listen(0, "127.0.0.1");
  });
  afterAll(async () => {
    await app?.close(1_000);
    await handle?.close();
    await proxy?.cut().catch(() => undefined);
    await database?.drop();
  });

  it("answers 503 with Retry-After and SERVICE_UNAVAILABLE, logs the change once, and recovers", async () => {
    const claimant = await new ApiClient(url).signIn(DEMO.claimant, DEMO_PASSWORD);
    const anonymous = new ApiClient(url);
    expect((await claimant.graphql(`{ myClaims { edges { node { id } } } }`)).status).toBe(200);

    await proxy.cut();
    const during = await Promise.all([
      ...Array.from({ length: 10 }, () => claimant.graphql(`{ myClaims { edges { node { id } } } }`)),
      ...Array.from({ length: 5 }, () => anonymous.graphql(`{ programs { id } }`)),
      ...Array.from({ length: 5 }, () =>
        anonymous.graphql(`mutation { signIn(input: { email: "a@example.com", password: "x" }) { __typename } }`),
      ),
    ]);
    for (const response of during) {
      expect(response.status).toBe(503);
      expect(response.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(response.errors?.[0]?.message).toMatch(/try again/);
    }
    const raw = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ programs { id } }" }),
    });
    expect(raw.status).toBe(503);
    expect(raw.headers.get("retry-after")).toBe("5");
    expect((await fetch(`${url}/readyz`)).status).toBe(503);

    // One line for the outage, no stack traces, no errors per request.
    expect(logLines.filter((line) => /Database unavailable/.test(line.msg))).toHaveLength(1);
    expect(logLines.filter((line) => line.level >= 50)).toEqual([]);

    await proxy.restore();
    const deadline = Date.now() + 60_000;
    while ((await fetch(`${url}/readyz`)).status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    let recovered = await claimant.graphql(`{ myClaims { edges { node { id } } } }`);
    while (recovered.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      recovered = await claimant.graphql(`{ myClaims { edges { node { id } } } }`);
    }
    expect(recovered.status).toBe(200);
    while (!logLines.some((line) => /Database available again/.test(line.msg)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(logLines.filter((line) => /Database available again/.test(line.msg))).toHaveLength(1);
    expect(logLines.filter((line) => line.level >= 50)).toEqual([]);
  }, 180_000);
});
