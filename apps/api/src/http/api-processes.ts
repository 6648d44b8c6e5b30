// How many API processes serve one host, and the primary that runs them. Node runs a process's
// JavaScript on one thread, so one API process can use one core: under load its thread is the
// bottleneck while the host's other cores idle. On PostgreSQL the API is stateless (each process
// caches sessions for at most SESSION_CACHE_SECONDS; see docs/ARCHITECTURE.md), so a primary
// can fork one worker per core and the workers share the listening port (node:cluster hands each
// new connection to the next worker). PGlite is one process's database: it always runs one.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { ConfigError } from "../config.ts";
import type { Logger } from "../observability/logger.ts";

/** A worker that dies sooner than this after starting is failing to start, not crashing. */
const HEALTHY_AFTER_MS = 10_000;
const RESTART_DELAY_MS = 1_000;

/**
 * API_PROCESSES: a number, or "auto" for one per core. Unset: one. On this project's 2-core
 * benchmark machine, where PostgreSQL and the load generator share the cores, two processes did
 * not measurably beat one (docs/benchmarks.md), so more is a deployment's choice, not a default.
 */
export function apiProcessCount(env: NodeJS.ProcessEnv, database: "postgres" | "embedded" | "memory"): number {
  if (database !== "postgres") return 1;
  const setting = env.API_PROCESSES?.trim() || "1";
  if (setting === "auto") return availableParallelism();
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1 || count > 256)
    throw new ConfigError(`API_PROCESSES must be "auto" or a whole number from 1 to 256, not "${setting}"`);
  return count;
}

/** Whether this process serves requests itself (a single process, or one of the primary's workers). */
export function servesRequests(count: number): boolean {
  return count === 1 || !cluster.isPrimary;
}

/** The first worker (or the only process): where once-per-host work such as an in-API job worker runs. */
export function isFirstProcess(): boolean {
  return cluster.isPrimary || cluster.worker?.id === 1;
}

/**
 * Runs the primary: forks `count` workers, replaces one that crashes (unless it could not even
 * start), and on SIGTERM/SIGINT passes the signal on and exits once every worker has finished its
 * in-flight requests and stopped.
 */
export function runPrimary(count: number, log: Logger) {
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  log.info(`Starting ${count} API processes (API_PROCESSES), one per core by default`);
  for (let i = 0; i < count; i++) fork();

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    if (lived < HEALTHY_AFTER_MS) {
      // Configuration errors and an unreachable database at start-up would only loop.
      log.fatal({ code, signal }, "An API process exited while starting; stopping the others");
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exitCode = 1;
      if (startedAt.size === 0) process.exit(1);
      return;
    }
    log.error({ code, signal }, "An API process stopped unexpectedly; starting another");
    setTimeout(fork, RESTART_DELAY_MS).unref();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "Shutting down the API processes");
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
