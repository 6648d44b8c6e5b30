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
    const db = withQueryLog(
      new PrismaClient({ adapter, log: options.onQuery ? [{ emit: "event", level: "query" }] : [] }),
      options,
    );
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
  // pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10, whose ArgType shape
  // differs from 6.19's. It never reads argTypes (PGlite serializes parameters itself), so
  // the mismatch is only in the type declarations.
  const adapter = new PrismaPGlite(pglite) as unknown as PrismaPg;
  const db = withQueryLog(
    new PrismaClient({ adapter, log: options.onQuery ? [{ emit: "event", level: "query" }] : [] }),
    options,
  );
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

function withQueryLog(db: PrismaClient, options: ConnectOptions): PrismaClient {
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
