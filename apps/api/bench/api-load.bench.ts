// API load benchmark (part of `pnpm bench`): the hot reads of bench/hot-reads.ts — claim detail,
// the staff work queue, the claimant's and the employer's claim lists and the staff claim review
// — through real HTTP against the API running as its own process, at 16 and 100 concurrent
// clients, on a database seeded with BENCH_CLAIMS claims (100,000 by default). Each is measured
// next to its own hand-written SQL statement sent from the same process, in the same run.
//
// Database: PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL points at a server (a scratch
// database is created and dropped), else embedded PGlite in a temporary folder.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import {
  measureConcurrent,
  percentile,
  runBenchmark,
  throughput,
  type LatencySample,
  type Recorder,
} from "@openleave/bench";
import { prepareBenchDatabase, type BenchDatabase } from "./bench-database.ts";
import { signIn, startApi } from "./bench-api.ts";
import { HOT_READS, type HotRead } from "./hot-reads.ts";
import { apiProcessCount } from "../src/http/api-processes.ts";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const CLIENT_COUNTS = (process.env.BENCH_CONCURRENCY ?? "16,100").split(",").map(Number);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
/** How many claimant accounts the claimant reads rotate through (each has its own session). */
const CLAIMANTS = 40;
/** The acceptance bar: at 16 clients, each read's p95 within this many times its raw SQL p95. */
const MAX_P95_RATIO = 3;
const TARGET_CLIENTS = 16;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
// One API process, as the API starts by default; BENCH_API_PROCESSES=2 (or auto) measures a
// primary with workers instead (http/api-processes.ts).
const apiProcessesSetting = process.env.BENCH_API_PROCESSES ?? "";
const apiProcesses = apiProcessCount(
  { NODE_ENV: "production", API_PROCESSES: apiProcessesSetting },
  serverUrl ? "postgres" : "embedded",
);

await runBenchmark({ id: "api-load", title: "API hot reads under load, next to raw SQL" }, async (report) => {
  const keys = { encryptionKey: randomBytes(32), hashKey: randomBytes(32) };
  const workDir = mkdtempSync(path.join(tmpdir(), "openleave-bench-"));
  let database: BenchDatabase | undefined;
  try {
    database = await prepareBenchDatabase({ serverUrl, claims: CLAIMS, claimants: CLAIMANTS, keys, workDir });
    report.log(
      `Seeded ${CLAIMS.toLocaleString("en-US")} claims on ${database.kind} in ${database.seedSeconds.toFixed(1)} s`,
    );
    report.context({
      database: database.kind,
      claims: CLAIMS,
      requestsPerMeasurement: REQUESTS,
      clients: CLIENT_COUNTS.join(", "),
      apiProcesses,
      seedSeconds: Math.round(database.seedSeconds),
    });

    // The raw statements first: on PGlite the benchmark and the API cannot hold the database at once.
    const raw = new Map<string, LatencySample>();
    // Node CPU per request: the API process's, next to the benchmark's own for the raw statement
    // (the pg client's work). Unlike latency it hardly moves with the machine's load.
    const rawCpuMs = new Map<string, number>();
    for (const clients of CLIENT_COUNTS) {
      for (const read of HOT_READS) {
        await database.raw(read, 100, clients); // warm-up: plans, buffers, JIT
        const cpuBefore = process.cpuUsage();
        raw.set(`${read.key}@${clients}`, await database.raw(read, REQUESTS, clients));
        const cpu = process.cpuUsage(cpuBefore);
        rawCpuMs.set(`${read.key}@${clients}`, (cpu.user + cpu.system) / 1000 / REQUESTS);
      }
    }
    await database.releaseForApi();
    if (database.kind !== "PostgreSQL")
      report.note(
        "PGlite has one connection: its raw SQL baseline runs one statement at a time, whatever the client count.",
      );

    const api = await startApi({ env: { ...database.apiEnv, API_PROCESSES: String(apiProcesses) }, keys, workDir });
    try {
      const cookies = {
        staff: [await signIn(api.url, "adjudicator@openleave.test")],
        leaveAdmin: [await signIn(api.url, "hr@evergreen-robotics.test")],
        claimant: [] as string[],
      };
      for (const email of database.claimantEmails) cookies.claimant.push(await signIn(api.url, email));

      for (const clients of CLIENT_COUNTS) {
        for (const read of HOT_READS) {
          const request = (i: number) => graphql(api.url, read, cookies[read.as], i, database!);
          await measureConcurrent(200, clients, request); // warm-up: JIT, pool, plan cache, session cache
          const loadBefore = loadavg()[0]!;
          const cpuBefore = api.cpuSeconds();
          const sample = await measureConcurrent(REQUESTS, clients, request);
          const cpuAfter = api.cpuSeconds();
          recordRead(report, read, clients, sample, raw.get(`${read.key}@${clients}`)!);
          if (cpuBefore !== null && cpuAfter !== null) {
            report.figure({
              key: `${read.key}.c${clients}.cpu`,
              label: `${read.label}, ${clients} clients: Node CPU per request`,
              unit: "ms",
              value: ((cpuAfter - cpuBefore) * 1000) / REQUESTS,
              better: "lower",
              baseline: { label: "pg client CPU, raw SQL", value: rawCpuMs.get(`${read.key}@${clients}`)! },
            });
          }
          report.log(
            `${read.label}, ${clients} clients: done (load ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)})`,
          );
        }
      }
    } finally {
      await api.stop();
    }
  } finally {
    await database?.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
});

async function graphql(url: string, read: HotRead, cookies: string[], i: number, database: BenchDatabase) {
  const cookie = cookies[read.claimantIndex ? read.claimantIndex(i, cookies.length) : 0]!;
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query: read.query, variables: read.variables(i, database.ids) }),
  });
  const json = (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
  if (json.errors || !json.data || Object.values(json.data).some((v) => v === null)) {
    throw new Error(`${read.label}: unexpected response ${JSON.stringify(json).slice(0, 300)}`);
  }
}

function recordRead(report: Recorder, read: HotRead, clients: number, api: LatencySample, raw: LatencySample) {
  const key = `${read.key}.c${clients}`;
  const label = `${read.label}, ${clients} clients`;
  const rawLabel = "raw SQL, same read";
  report.figure({
    key: `${key}.p95`,
    label: `${label}: p95`,
    unit: "ms",
    value: percentile(api.latenciesMs, 95),
    better: "lower",
    baseline: { label: rawLabel, value: percentile(raw.latenciesMs, 95) },
    target: clients === TARGET_CLIENTS ? { maxRatio: MAX_P95_RATIO } : undefined,
  });
  report.figure({
    key: `${key}.p50`,
    label: `${label}: p50`,
    unit: "ms",
    value: percentile(api.latenciesMs, 50),
    better: "lower",
    baseline: { label: rawLabel, value: percentile(raw.latenciesMs, 50) },
  });
  report.figure({
    key: `${key}.throughput`,
    label: `${label}: throughput`,
    unit: "req/s",
    value: throughput(api),
    better: "higher",
    baseline: { label: rawLabel, value: throughput(raw) },
  });
}
