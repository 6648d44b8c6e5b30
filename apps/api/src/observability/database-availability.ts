// Whether the database answers, as the requests see it. A request that fails because the
// database cannot be reached gets 503 with Retry-After (never a 500 with a stack); the log gets
// one line when the outage starts and one when it ends, not one per request. While it is down
// a ping every second notices it is back.
import type { Logger } from "./logger.ts";

/** Seconds clients are asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

export const SERVICE_UNAVAILABLE_MESSAGE =
  "The service is busy right now. Nothing was changed; please try again in a few seconds.";

// Prisma's codes for "cannot reach / lost the database", the pg driver's socket errors, and
// PostgreSQL's own SQLSTATEs for a server shutting down, starting or refusing connections.
const UNAVAILABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|Server has closed the connection|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error|Connection closed/i;

/** Whether an error (or anything in its cause chain) means the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as {
      code?: unknown;
      cause?: unknown;
      message?: unknown;
      originalCode?: unknown;
      kind?: unknown;
    };
    for (const code of [candidate.code, candidate.originalCode]) {
      if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    }
    if (typeof candidate.message === "string" && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

export class DatabaseAvailability {
  private down = false;
  private watcher: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: Logger,
    private readonly ping: () => Promise<void>,
    private readonly pingEveryMs = 1_000,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  /** Called with an error a request ended on; true when it is an outage (answer 503). */
  noteFailure(error: unknown): boolean {
    if (!isDatabaseUnavailable(error)) return false;
    if (!this.down) {
      this.down = true;
      this.log.warn("Database unavailable: answering 503 with Retry-After until it answers again");
      this.watch();
    }
    return true;
  }

  private watch() {
    this.watcher = setInterval(() => {
      this.ping().then(
        () => this.recovered(),
        () => undefined,
      );
    }, this.pingEveryMs);
    this.watcher.unref();
  }

  private recovered() {
    if (!this.down) return;
    this.down = false;
    clearInterval(this.watcher);
    this.watcher = undefined;
    this.log.info("Database available again");
  }

  stop() {
    clearInterval(this.watcher);
  }
}
