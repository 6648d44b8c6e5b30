// Starts the API: configuration, database, HTTP — in one process, or in one worker per core
// under a primary (http/api-processes.ts). Exits on SIGTERM/SIGINT after in-flight
// requests finish. An unreachable PostgreSQL does not crash the process: /healthz stays 200,
// /readyz answers 503 until the database answers.
import path from "node:path";
import { connectDatabase, dataDirectory, pingDatabase, targetFromEnvironment } from "@openleave/db";
import { createPiiCipher, piiKeysFromEnvironment } from "@openleave/crypto";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createFileStorage } from "./domains/documents/create-file-storage.ts";
import { createMailer } from "./mail/create-mailer.ts";
import { createLogger } from "./observability/logger.ts";
import { runWorker } from "./jobs/worker.ts";
import { apiProcessCount, isFirstProcess, runPrimary, servesRequests } from "./http/api-processes.ts";

const bootLog = createLogger(process.env.LOG_LEVEL ?? "info");

async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const target = targetFromEnvironment();
  const where =
    target.kind === "postgres"
      ? describePostgres(target.url)
      : `embedded PGlite at ${target.kind === "embedded" ? target.directory : "memory"}`;

  let handle;
  try {
    handle = await connectDatabase(target);
  } catch (error) {
    log.fatal({ err: error }, `Could not open the database (${where}).`);
    process.exit(1);
  }
  try {
    await pingDatabase(handle.db);
    log.info(`Database reachable: ${where}`);
  } catch {
    log.error(`Database unreachable: ${where}. The API is up but /readyz answers 503 until the database answers.`);
  }

  log.info(
    config.storage.kind === "s3"
      ? `File storage: S3 bucket ${config.storage.bucket}${config.storage.endpoint ? ` at ${config.storage.endpoint}` : ""}`
      : `File storage: local disk at ${config.storage.directory}`,
  );
  const pii = createPiiCipher(
    piiKeysFromEnvironment({ developmentKeysFile: path.join(dataDirectory(), "dev-keys.json") }),
  );
  const mailer = createMailer(
    config,
    // Where a newcomer reads the links (never the message itself: it may hold a token).
    config.environment === "development"
      ? ({ subject }) => log.info(`Email "${subject}" is in the development outbox: ${config.publicUrl}/dev/outbox`)
      : undefined,
  );
  const app = await createApp({
    config,
    db: handle.db,
    pii,
    storage: createFileStorage(config.storage),
    mailer,
    log,
  });
  const url = await app.listen();
  log.info({ url }, `OpenLeave API listening on ${url} (GraphQL at ${url}/graphql)`);

  // PGlite is one process's: the job worker runs here. On PostgreSQL it is its own process
  // (`worker`, started by `pnpm dev`), unless RUN_WORKER_IN_API=1.
  const worker = new AbortController();
  const workerDone =
    target.kind !== "postgres" || (process.env.RUN_WORKER_IN_API === "1" && isFirstProcess())
      ? runWorker(
          {
            db: handle.db,
            pii,
            log,
            mailer,
            timers: { portalUrl: config.portalUrl, programPolicy: config.programPolicy },
          },
          { signal: worker.signal },
        )
      : Promise.resolve();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "Shutting down: finishing in-flight requests");
    // Never hang on the way out: an orchestrator would kill us anyway, later.
    setTimeout(() => {
      log.error("Shutdown took too long; exiting");
      process.exit(1);
    }, 20_000).unref();
    await app.close();
    worker.abort();
    await workerDone;
    log.info("HTTP server closed; closing the database");
    await handle.close();
    log.info("Stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

function describePostgres(url: string) {
  try {
    const parsed = new URL(url);
    return `PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL is not a valid URL)";
  }
}

function start() {
  const processes = apiProcessCount(process.env, targetFromEnvironment().kind);
  if (!servesRequests(processes)) return runPrimary(processes, bootLog);
  return main();
}

Promise.resolve()
  .then(start)
  .catch((error) => {
    if (error instanceof ConfigError) {
      bootLog.fatal(`Configuration error: ${error.message}`);
    } else {
      bootLog.fatal({ err: error }, "The API failed to start");
    }
    process.exit(1);
  });
