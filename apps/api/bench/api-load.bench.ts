// API load benchmark (`pnpm bench`): the claim-detail and staff work-queue queries under
// concurrent load, through real HTTP, on a database seeded with BENCH_CLAIMS claims (100,000 by
// default), next to the raw SQL time of the same reads in the same run.
//
// Database: PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL points at a server (a
// scratch database is created and dropped), else embedded PGlite in a temporary folder. The
// API runs as its own process (src/main.ts), so the load generator does not share its CPU time
// slice with the server's event loop.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { connectDatabase, createPiiCipher, DEMO_PASSWORD, migrateDatabase, seedDemoData } from "@openleave/db";
import { createEmptyPostgresDatabase } from "@openleave/db/testing";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const CLAIM_DETAIL = `query($id: ID!) { claim(id: $id) {
  id claimNumber status version leaveReason applicationDate submittedAt
  program { name jurisdiction } claimant { firstName lastName taxIdMasked } employer { name }
  leavePeriods { kind startDate endDate decision } employerResponses { status dueDate } } }`;
const WORK_QUEUE = `{ workQueue(queue: ADJUDICATION, first: 25) { edges { node {
  id kind dueAt overdue claim { id claimNumber status leaveReason claimant { firstName lastName } } } } } }`;

const RAW_CLAIM_DETAIL = `
SELECT c.id, c."claimNumber", c.status, c.version, c."leaveReason", c."applicationDate", c."submittedAt",
  json_build_object('name', p.name, 'jurisdiction', p.jurisdiction) AS program,
  json_build_object('firstName', pe."firstName", 'lastName', pe."lastName", 'ssnLast4', pe."ssnLast4") AS claimant,
  json_build_object('name', e.name) AS employer,
  (SELECT json_agg(json_build_object('kind', l.kind, 'startDate', l."startDate", 'endDate', l."endDate", 'decision', l.decision) ORDER BY l."startDate")
     FROM "LeavePeriod" l WHERE l."claimId" = c.id) AS "leavePeriods",
  (SELECT json_agg(json_build_object('status', r.status, 'dueDate', r."dueDate")) FROM "EmployerResponse" r WHERE r."claimId" = c.id) AS "employerResponses"
FROM "Claim" c
JOIN "Program" p ON p.id = c."programId"
JOIN "Person" pe ON pe.id = c."claimantId"
LEFT JOIN "Employer" e ON e.id = c."employerId"
WHERE c.id = $1`;
const RAW_WORK_QUEUE = `
SELECT t.id, t.kind, t."dueAt", c.id AS "claimId", c."claimNumber", c.status, c."leaveReason", pe."firstName", pe."lastName"
FROM "Task" t
JOIN "Claim" c ON c.id = t."claimId"
JOIN "Person" pe ON pe.id = c."claimantId"
WHERE t.queue = 'ADJUDICATION' AND t.status IN ('OPEN', 'IN_PROGRESS')
ORDER BY t."dueAt", t.id
LIMIT 26`;

interface Measured {
  label: string;
  count: number;
  seconds: number;
  latenciesMs: number[];
}

async function main() {
  const keys = { encryptionKey: randomBytes(32), hashKey: randomBytes(32) };
  const workDir = mkdtempSync(path.join(tmpdir(), "openleave-bench-"));
  const database = await prepareDatabase(keys, workDir);
  try {
    console.log(
      `Seeded ${CLAIMS.toLocaleString("en-US")} benchmark claims on ${database.kind} in ${database.seedSeconds.toFixed(1)} s`,
    );
    const claimIds = database.claimIds;

    const raw = await database.measureRaw(claimIds);
    const port = await freePort();
    const api = await startApi(port, database.env, keys, workDir);
    try {
      const cookie = await signIn(api.url);
      // Warm up (JIT, connection pool, query plans) before measuring.
      await runLoad(
        api.url,
        cookie,
        (i) => ({ query: CLAIM_DETAIL, variables: { id: claimIds[i % claimIds.length] } }),
        200,
        CONCURRENCY,
        "warm-up",
      );
      const detail = await runLoad(
        api.url,
        cookie,
        (i) => ({ query: CLAIM_DETAIL, variables: { id: claimIds[(i * 7919) % claimIds.length] } }),
        REQUESTS,
        CONCURRENCY,
        "claim detail (GraphQL over HTTP)",
      );
      const queue = await runLoad(
        api.url,
        cookie,
        () => ({ query: WORK_QUEUE, variables: {} }),
        Math.ceil(REQUESTS / 3),
        CONCURRENCY,
        "work queue, first 25 (GraphQL over HTTP)",
      );
      printReport([detail, raw.detail, queue, raw.queue], database.kind);
    } finally {
      await api.stop();
    }
  } finally {
    await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function prepareDatabase(keys: { encryptionKey: Buffer; hashKey: Buffer }, workDir: string) {
  const bulkSql = readFileSync(path.resolve(import.meta.dirname, "bulk-claims.sql"), "utf8").replaceAll(
    ":count",
    String(CLAIMS),
  );
  const pii = createPiiCipher(keys);
  const started = Date.now();

  if (serverUrl) {
    const scratch = await createEmptyPostgresDatabase(serverUrl);
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    await migrateDatabase({ kind: "postgres", url: scratch.url });
    const handle = await connectDatabase({ kind: "postgres", url: scratch.url });
    await seedDemoData(handle.db, { pii });
    await handle.close();
    await client.query(bulkSql);
    const seedSeconds = (Date.now() - started) / 1000;
    const claimIds = (
      await client.query<{ id: string }>(
        `SELECT id FROM "Claim" WHERE "claimNumber" LIKE 'BENCH-%' ORDER BY random() LIMIT 5000`,
      )
    ).rows.map((r) => r.id);
    await client.end();
    const pool = new pg.Pool({ connectionString: scratch.url, max: CONCURRENCY });
    return {
      kind: "PostgreSQL",
      seedSeconds,
      claimIds,
      env: { DATABASE_URL: scratch.url } as Record<string, string>,
      async measureRaw(ids: string[]) {
        await timeSql(
          (sql, params) => pool.query(sql, params),
          RAW_CLAIM_DETAIL,
          () => [ids[0]],
          200,
          CONCURRENCY,
          "warm-up",
        );
        const detail = await timeSql(
          (sql, params) => pool.query(sql, params),
          RAW_CLAIM_DETAIL,
          (i) => [ids[(i * 7919) % ids.length]],
          REQUESTS,
          CONCURRENCY,
          "claim detail (raw SQL, same reads)",
        );
        const queue = await timeSql(
          (sql) => pool.query(sql),
          RAW_WORK_QUEUE,
          () => [],
          Math.ceil(REQUESTS / 3),
          CONCURRENCY,
          "work queue (raw SQL, same reads)",
        );
        await pool.end();
        return { detail, queue };
      },
      // BENCH_KEEP_DATABASE=1 keeps the scratch database for EXPLAIN sessions afterwards.
      drop: () =>
        process.env.BENCH_KEEP_DATABASE ? (console.log(`kept ${scratch.url}`), Promise.resolve()) : scratch.drop(),
    };
  }

  const directory = path.join(workDir, "pglite");
  const handle = await connectDatabase({ kind: "embedded", directory });
  await migrateDatabase({ kind: "embedded", pglite: handle.pglite! });
  await seedDemoData(handle.db, { pii });
  await handle.pglite!.exec(bulkSql);
  const seedSeconds = (Date.now() - started) / 1000;
  const claimIds = (
    await handle.pglite!.query<{ id: string }>(
      `SELECT id FROM "Claim" WHERE "claimNumber" LIKE 'BENCH-%' ORDER BY random() LIMIT 5000`,
    )
  ).rows.map((r) => r.id);
  const pglite = handle.pglite!;
  return {
    kind: "embedded PGlite",
    seedSeconds,
    claimIds,
    env: { OPENLEAVE_PGLITE_DIR: directory } as Record<string, string>,
    async measureRaw(ids: string[]) {
      // PGlite is one connection in one process: the raw reads run here before the API opens
      // the same folder, one at a time (the API serializes them the same way).
      const run = (sql: string, params: unknown[]) => pglite.query(sql, params);
      await timeSql(run, RAW_CLAIM_DETAIL, () => [ids[0]], 100, 1, "warm-up");
      const detail = await timeSql(
        run,
        RAW_CLAIM_DETAIL,
        (i) => [ids[(i * 7919) % ids.length]],
        REQUESTS,
        1,
        "claim detail (raw SQL, same reads)",
      );
      const queue = await timeSql(
        run,
        RAW_WORK_QUEUE,
        () => [],
        Math.ceil(REQUESTS / 3),
        1,
        "work queue (raw SQL, same reads)",
      );
      await handle.close();
      return { detail, queue };
    },
    drop: async () => {},
  };
}

async function timeSql(
  run: (sql: string, params: unknown[]) => Promise<unknown>,
  sql: string,
  params: (i: number) => unknown[],
  count: number,
  concurrency: number,
  label: string,
): Promise<Measured> {
  return measure(label, count, concurrency, (i) => run(sql, params(i)));
}

async function runLoad(
  url: string,
  cookie: string,
  body: (i: number) => { query: string; variables: Record<string, unknown> },
  count: number,
  concurrency: number,
  label: string,
): Promise<Measured> {
  return measure(label, count, concurrency, async (i) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(body(i)),
    });
    const json = (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
    if (json.errors || !json.data || Object.values(json.data).some((v) => v === null)) {
      throw new Error(`${label}: unexpected response ${JSON.stringify(json).slice(0, 300)}`);
    }
  });
}

/** Runs `count` operations with `concurrency` in flight, recording each one's latency. */
async function measure(
  label: string,
  count: number,
  concurrency: number,
  operation: (i: number) => Promise<unknown>,
): Promise<Measured> {
  const latenciesMs: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = process.hrtime.bigint();
        await operation(i);
        latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  return { label, count, seconds: Number(process.hrtime.bigint() - started) / 1e9, latenciesMs };
}

function printReport(rows: Measured[], kind: string) {
  const percentile = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  console.log(`\nAPI load on ${kind}: ${CLAIMS.toLocaleString("en-US")} claims, ${CONCURRENCY} concurrent clients\n`);
  console.log(
    `${"".padEnd(44)}${"requests".padStart(9)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"req/s".padStart(9)}`,
  );
  for (const row of rows) {
    const sorted = [...row.latenciesMs].sort((a, b) => a - b);
    console.log(
      `${row.label.padEnd(44)}${String(row.count).padStart(9)}${percentile(sorted, 50).toFixed(1).padStart(9)}${percentile(sorted, 95).toFixed(1).padStart(9)}${(row.count / row.seconds).toFixed(0).padStart(9)}`,
    );
  }
  if (kind !== "PostgreSQL")
    console.log("\n(Raw SQL on PGlite runs one query at a time: PGlite has a single connection.)");
}

async function startApi(
  port: number,
  env: Record<string, string>,
  keys: { encryptionKey: Buffer; hashKey: Buffer },
  workDir: string,
) {
  const profile = process.env.BENCH_CPU_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, "--import", "tsx", path.resolve(import.meta.dirname, "../src/main.ts")],
    {
      env: {
        ...process.env,
        ...env,
        ...(env.DATABASE_URL ? {} : { DATABASE_URL: "" }),
        PORT: String(port),
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        OPENLEAVE_SIGNING_SECRET: randomBytes(32).toString("hex"),
        OPENLEAVE_PII_KEY: keys.encryptionKey.toString("base64"),
        OPENLEAVE_PII_HASH_KEY: keys.hashKey.toString("base64"),
        OPENLEAVE_DATA_DIR: workDir,
        SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the API did not become ready within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`,
      variables: { input: { email: "adjudicator@openleave.test", password: DEMO_PASSWORD } },
    }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("ol_session="));
  if (!session) throw new Error("could not sign in the benchmark's staff user");
  return session.split(";")[0]!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
