// The worker process (`pnpm --filter @openleave/api worker`): runs the job queue against
// PostgreSQL. The embedded PGlite database belongs to one process, so without DATABASE_URL the
// API runs this same loop in-process instead (see main.ts) and this refuses to start.
import path from "node:path";
import { connectDatabase, dataDirectory, targetFromEnvironment } from "@openleave/db";
import { createPiiCipher, piiKeysFromEnvironment } from "@openleave/crypto";
import { runWorker } from "./jobs/worker.ts";
import { createMailer } from "./mail/create-mailer.ts";
import { loadConfig } from "./config.ts";
import { createLogger } from "./observability/logger.ts";

const log = createLogger(process.env.LOG_LEVEL ?? "info");
const target = targetFromEnvironment();
if (target.kind !== "postgres") {
  log.error("The worker needs DATABASE_URL (PostgreSQL); on the embedded database the API runs the jobs itself.");
  process.exit(1);
}
const handle = await connectDatabase(target, { poolSize: 3 });
const pii = createPiiCipher(
  piiKeysFromEnvironment({ developmentKeysFile: path.join(dataDirectory(), "dev-keys.json") }),
);
const controller = new AbortController();
const stop = () => controller.abort();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
log.info("Worker started: timers, payment schedule and payment runs");
// SMTP when SMTP_URL is set, else the same development outbox as the API's (files in the data folder).
const config = loadConfig();
const mailer = createMailer(config);
await runWorker(
  {
    db: handle.db,
    pii,
    log,
    mailer,
    timers: { portalUrl: config.portalUrl, programPolicy: config.programPolicy },
  },
  { signal: controller.signal },
);
await handle.close();
log.info("Worker stopped");
