import { mkdirSync } from "node:fs";
import { acquireDirectoryLock } from "./directory-lock.ts";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.ts";
import { embeddedDatabaseDirectory } from "./paths.ts";

export type Database = PrismaClient;

export type DatabaseTarget =
  { kind: "postgres"; url: string } | { kind: "embedded"; directory: string } | { kind: "memory" };

export interface DatabaseHandle {
  db: Database;
  target: DatabaseTarget;
  /** The PGlite instance when embedded, for raw SQL such as applying migrations in tests. */
  pglite?: PGlite;
  close(): Promise<void>;
}

/** DATABASE_URL selects PostgreSQL; without it the embedded PGlite database is used. */
export function targetFromEnvironment(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  return { kind: "embedded", directory: embeddedDatabaseDirectory() };
}

/**
 * Prisma 7 compiles each query shape to a plan once and reuses it (the plan cache; parameters
 * are bound per call). The API issues a few hundred distinct shapes; this leaves room for all of
 * them plus the ones tests and scripts add, so hot reads never recompile.
 */
const QUERY_PLAN_CACHE_SIZE = 2_000;

export interface ConnectOptions {
  /** PostgreSQL pool size per process. */
  poolSize?: number;
  /** Give up on a PostgreSQL connection attempt after this long, so /readyz can answer. */
  connectTimeoutMs?: number;
  /** Called with every SQL statement (for debugging and query-count tests). */
  onQuery?: (sql: string) => void;
}

export async function connectDatabase(
  target: DatabaseTarget = targetFromEnvironment(),
  options: ConnectOptions = {},
): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    const adapter = new PrismaPg({
      connectionString: target.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
      // JIT compilation pays off for long analytical queries; on these short reads its
      // start-up cost (hundreds of milliseconds) is pure overhead.
      options: "-c jit=off",
    });
    const db = createClient(adapter, options);
    return { db, target, close: () => db.$disconnect() };
  }
  // PGlite is single-process: a second process opening the same folder corrupts it, so the
  // folder is locked for as long as this handle is open.
  let releaseLock = () => {};
  if (target.kind === "embedded") {
    mkdirSync(target.directory, { recursive: true });
    releaseLock = acquireDirectoryLock(target.directory);
  }
  const pglite = target.kind === "memory" ? new PGlite() : new PGlite(target.directory);
  await pglite.waitReady;
  const db = createClient(new PrismaPGlite(pglite), options);
  return {
    db,
    target,
    pglite,
    async close() {
      await db.$disconnect();
      await pglite.close();
      releaseLock();
    },
  };
}

function createClient(adapter: PrismaPg | PrismaPGlite, options: ConnectOptions): PrismaClient {
  const db = new PrismaClient({
    adapter,
    queryPlanCacheMaxSize: QUERY_PLAN_CACHE_SIZE,
    log: options.onQuery ? [{ emit: "event", level: "query" }] : [],
  });
  if (options.onQuery)
    (db as unknown as { $on(event: "query", cb: (e: { query: string }) => void): void }).$on("query", (e) =>
      options.onQuery!(e.query),
    );
  return db;
}

/** A cheap round trip, used by readiness checks. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.$queryRawUnsafe("SELECT 1");
}
