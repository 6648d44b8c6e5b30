// The API's HTTP application: routes, per-request context, and lifecycle. main.ts wires it to
// configuration and the process; tests start it on an ephemeral port against a test database.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pingDatabase, type Database } from "@openleave/db";
import { type PiiCipher } from "@openleave/crypto";
import { createOidcRoutes } from "./auth/oidc/oidc-routes.ts";
import { handlePaymentBatchDownload } from "./domains/payments/payment-batch-download.ts";
import { SessionCache } from "./auth/session-cache.ts";
import { CSRF_HEADER, SESSION_COOKIE, csrfTokenMatches, resolveSession } from "./auth/sessions.ts";
import type { Config } from "./config.ts";
import type { FileStorage } from "./domains/documents/storage.ts";
import { handleDocumentDownload, handleDocumentUpload } from "./domains/documents/document-http.ts";
import { handleNoticeDownload } from "./domains/notices/notice-http.ts";
import type { RequestContext, Services } from "./graphql/context.ts";
import { buildSchema } from "./graphql/schema.ts";
import { PAYLOAD_TOO_LARGE_BODY, createGraphQLHandler } from "./http/graphql-handler.ts";
import { PayloadTooLargeError, clientAddress, createCookieJar, sendJson } from "./http/http-helpers.ts";
import { handleDevelopmentOutbox } from "./mail/development-outbox.ts";
import { DevelopmentMailbox, type Mailer } from "./mail/mailer.ts";
import {
  DatabaseAvailability,
  RETRY_AFTER_SECONDS,
  SERVICE_UNAVAILABLE_MESSAGE,
} from "./observability/database-availability.ts";
import type { Logger } from "./observability/logger.ts";

export interface AppDependencies {
  config: Config;
  db: Database;
  pii: PiiCipher;
  storage: FileStorage;
  mailer: Mailer;
  log: Logger;
  now?: () => Date;
}

export interface App {
  server: Server;
  services: Services;
  listen(port?: number, host?: string): Promise<string>;
  /** Stops taking requests, lets in-flight ones finish (up to the grace period), then stops Apollo. */
  close(gracePeriodMs?: number): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;
const READINESS_TIMEOUT_MS = 2_000;
/** Room for every session active on one replica at peak; an entry is a few hundred bytes. */
const SESSION_CACHE_ENTRIES = 20_000;

export async function createApp(deps: AppDependencies): Promise<App> {
  const services: Services = {
    db: deps.db,
    pii: deps.pii,
    storage: deps.storage,
    mailer: deps.mailer,
    config: deps.config,
    log: deps.log,
    sessions: new SessionCache({ ttlMs: deps.config.sessionCacheSeconds * 1000, maxEntries: SESSION_CACHE_ENTRIES }),
    now: deps.now ?? (() => new Date()),
  };
  const oidc = createOidcRoutes(services);
  // The one origin allowed to frame a document shown inline (the staff console).
  const consoleOrigin = new URL(deps.config.adminUrl).origin;
  // Links in emails are tokens: the outbox page exists only in development (see development-outbox.ts).
  const developmentOutbox =
    deps.config.environment === "development" && deps.mailer instanceof DevelopmentMailbox ? deps.mailer : undefined;
  const availability = new DatabaseAvailability(deps.log, () => pingDatabase(services.db));
  const graphql = await createGraphQLHandler({
    schema: buildSchema(),
    config: deps.config,
    log: deps.log,
    availability,
  });

  async function buildContext(
    req: IncomingMessage,
    requestId: string,
    cookies: ReturnType<typeof createCookieJar>,
  ): Promise<RequestContext> {
    const session = await resolveSession(services.db, cookies.get(SESSION_COOKIE), services.now(), services.sessions);
    const presented = req.headers[CSRF_HEADER];
    return {
      ...services,
      log: services.log.child({ requestId }),
      requestId,
      actor: session?.actor ?? null,
      ip: clientAddress(req, deps.config.trustProxyHops),
      userAgent: req.headers["user-agent"],
      cookies,
      csrfVerified:
        !!session && csrfTokenMatches(session.csrfHash, Array.isArray(presented) ? presented[0] : presented),
    };
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const started = process.hrtime.bigint();
    const incomingId = req.headers["x-request-id"];
    const requestId = typeof incomingId === "string" && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    const url = new URL(req.url ?? "/", "http://localhost");
    const cors = corsHeaders(req, deps.config.allowedOrigins);
    res.setHeader("x-request-id", requestId);
    for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);

    res.on("finish", () => {
      if (url.pathname === "/healthz" || url.pathname === "/readyz") return;
      deps.log.info(
        {
          requestId,
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });

    try {
      if (req.method === "OPTIONS") {
        res.writeHead(204, preflightHeaders(cors));
        res.end();
        return;
      }
      if (url.pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
      if (url.pathname === "/readyz") return await readiness(res);
      if (url.pathname === "/dev/outbox" && req.method === "GET" && developmentOutbox)
        return handleDevelopmentOutbox(req, res, url, developmentOutbox);

      const cookies = createCookieJar(req, deps.config.cookieSecure);
      if (url.pathname === "/graphql") {
        if (req.method !== "GET" && req.method !== "POST") return sendJson(res, 405, { error: "Use GET or POST." });
        const context = await buildContext(req, requestId, cookies);
        return await graphql.handle(req, res, context, () =>
          cookies.setCookieHeaders.length ? { "set-cookie": cookies.setCookieHeaders } : ({} as Record<string, string>),
        );
      }
      if (req.method === "GET" && url.pathname === "/auth/oidc/start")
        return await oidc.start({ req, res, url, cookies, requestId });
      if (req.method === "GET" && url.pathname === "/auth/oidc/callback")
        return await oidc.callback({ req, res, url, cookies, requestId });
      const upload = /^\/files\/uploads\/([0-9a-f-]{36})$/.exec(url.pathname);
      if (upload && (req.method === "PUT" || req.method === "POST")) {
        return await handleDocumentUpload(req, res, { services, requestId, documentId: upload[1]!, url });
      }
      const download = /^\/files\/documents\/([0-9a-f-]{36})$/.exec(url.pathname);
      if (download && req.method === "GET") {
        const context = await buildContext(req, requestId, cookies);
        return await handleDocumentDownload(res, context, download[1]!, {
          inline: url.searchParams.get("view") === "inline",
          consoleOrigin,
        });
      }
      const paymentFile = /^\/files\/payment-batches\/([0-9a-f-]{36})$/.exec(url.pathname);
      if (paymentFile && req.method === "GET") {
        const context = await buildContext(req, requestId, cookies);
        return await handlePaymentBatchDownload(res, context, paymentFile[1]!);
      }
      const notice = /^\/files\/notices\/([0-9a-f-]{36})$/.exec(url.pathname);
      if (notice && req.method === "GET") {
        const context = await buildContext(req, requestId, cookies);
        return await handleNoticeDownload(res, context, notice[1]!);
      }
      sendJson(res, 404, { error: "Not found" });
    } catch (error) {
      if (availability.noteFailure(error)) {
        // The database is down: say so, with when to try again, instead of a 500 and a stack.
        if (res.headersSent) return void res.end();
        return sendJson(
          res,
          503,
          url.pathname === "/graphql"
            ? { errors: [{ message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE" } }] }
            : { error: SERVICE_UNAVAILABLE_MESSAGE },
          { "retry-after": String(RETRY_AFTER_SECONDS) },
        );
      }
      if (error instanceof PayloadTooLargeError)
        return sendJson(
          res,
          413,
          url.pathname === "/graphql" ? PAYLOAD_TOO_LARGE_BODY : { error: "The request is too large." },
        );
      deps.log.error({ err: error, requestId, path: url.pathname }, "unhandled error in request");
      if (!res.headersSent) sendJson(res, 500, { error: "Internal server error", requestId });
      else res.end();
    }
  }

  async function readiness(res: ServerResponse) {
    try {
      await withTimeout(pingDatabase(services.db), READINESS_TIMEOUT_MS);
      sendJson(res, 200, { status: "ready", database: "reachable" });
    } catch {
      sendJson(res, 503, { status: "unavailable", database: "unreachable" });
    }
  }

  const server = createServer((req, res) => void route(req, res));
  server.keepAliveTimeout = 5_000;

  return {
    server,
    services,
    listen(port = deps.config.port, host = deps.config.host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve(`http://${host === "0.0.0.0" ? "localhost" : host}:${address.port}`);
        });
      });
    },
    async close(gracePeriodMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), gracePeriodMs);
      await closed;
      clearTimeout(forced);
      availability.stop();
      await graphql.stop();
    },
  };
}

function corsHeaders(req: IncomingMessage, allowedOrigins: string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !allowedOrigins.includes(origin)) return {};
  return { "access-control-allow-origin": origin, "access-control-allow-credentials": "true", vary: "Origin" };
}

function preflightHeaders(cors: Record<string, string>): Record<string, string> {
  if (!cors["access-control-allow-origin"]) return {};
  return {
    ...cors,
    "access-control-allow-methods": "GET, POST, PUT, OPTIONS",
    "access-control-allow-headers": `content-type, ${CSRF_HEADER}, apollo-require-preflight, x-request-id`,
    "access-control-max-age": "600",
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
