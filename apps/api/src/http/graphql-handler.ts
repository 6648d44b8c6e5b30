// Apollo Server on plain Node HTTP, through Apollo's integration API
// (executeHTTPGraphQLRequest): no web framework between the socket and the schema.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { CSRF_HEADER } from "../auth/sessions.ts";
import type { Config } from "../config.ts";
import { DomainError } from "../errors/domain-errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import type { Logger } from "../observability/logger.ts";
import {
  RETRY_AFTER_SECONDS,
  SERVICE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
  type DatabaseAvailability,
} from "../observability/database-availability.ts";
import { readBody } from "./http-helpers.ts";

// Large enough for a 5 MB wage report CSV sent as a JSON string (escaping adds a little).
export const MAX_GRAPHQL_BODY_BYTES = 7 * 1024 * 1024;
/** The parser gives up after this many tokens, so a huge query cannot hold the event loop. */
export const MAX_QUERY_TOKENS = 10_000;
/** The query text itself (variables excluded); the portal's largest is a few kilobytes. */
export const MAX_QUERY_CHARACTERS = 100_000;

/** Error codes whose message is safe and useful to show to the client as-is. */
const CLIENT_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "CSRF_TOKEN_INVALID",
  "QUERY_TOO_COMPLEX",
  "QUERY_TOO_LARGE",
  "PAYLOAD_TOO_LARGE",
  "SERVICE_UNAVAILABLE",
]);

export async function createGraphQLHandler(options: {
  schema: GraphQLSchema;
  config: Config;
  log: Logger;
  availability: DatabaseAvailability;
}) {
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: options.config.environment !== "production",
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (HTTP first, then Apollo, then the database).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    formatError: (formatted, error) => maskUnexpected(tokenLimitAsTooLarge(formatted), error),
    plugins: [
      requireCsrfTokenForMutations(),
      logUnexpectedErrors(options.availability),
      busyMeans503(),
      // Apollo installs its cache-control plugin by default; it wraps every field's resolver
      // to compute HTTP cache hints, and nothing here is cacheable (every read is per person).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  /**
   * `extraHeaders` is read when the response is written, after the operation ran, so that
   * cookies set by sign-in and cleared by sign-out are included.
   */
  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    context: RequestContext,
    extraHeaders: () => Record<string, string | string[]>,
  ) {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown = undefined;
    if (req.method === "POST") {
      const raw = await readBody(req, MAX_GRAPHQL_BODY_BYTES);
      const contentType = headers.get("content-type") ?? "";
      if (contentType.startsWith("application/json")) {
        try {
          body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
        } catch {
          writeResponse(
            res,
            400,
            extraHeaders(),
            { "content-type": "application/json" },
            JSON.stringify({
              errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
            }),
          );
          return;
        }
      } else {
        body = raw.toString("utf8");
      }
    }
    const query = (body as { query?: unknown } | undefined)?.query;
    if (typeof query === "string" && query.length > MAX_QUERY_CHARACTERS) {
      writeResponse(
        res,
        400,
        extraHeaders(),
        { "content-type": "application/json" },
        JSON.stringify({
          errors: [queryTooLarge(`This query is ${query.length.toLocaleString("en-US")} characters long`)],
        }),
      );
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: async () => context,
    });
    const responseHeaders: Record<string, string> = {};
    for (const [name, value] of result.headers) responseHeaders[name] = value;
    if (result.body.kind === "complete") {
      writeResponse(res, result.status ?? 200, extraHeaders(), responseHeaders, result.body.string);
      return;
    }
    res.writeHead(result.status ?? 200, { ...responseHeaders, ...extraHeaders() });
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return { handle, stop: () => apollo.stop() };
}

/**
 * Cookie sessions are ambient authority, so a mutation made with a session must also present
 * the session's CSRF token (double submit, header `x-csrf-token`). Without a session there is
 * nothing to forge, so sign-in and password reset work without it.
 */
function requireCsrfTokenForMutations(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== "mutation" || !contextValue.actor) return;
          if (!contextValue.csrfVerified) {
            throw new GraphQLError(
              `Missing or invalid CSRF token: send the ${CSRF_HEADER} header from the ol_csrf cookie.`,
              {
                extensions: { code: "CSRF_TOKEN_INVALID", http: { status: 403 } },
              },
            );
          }
        },
      };
    },
  };
}

/** A response that carries SERVICE_UNAVAILABLE is a 503 with Retry-After, for clients and load balancers. */
function busyMeans503(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          if (!errors?.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE")) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

function logUnexpectedErrors(availability: DatabaseAvailability): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) continue;
            if (error.originalError instanceof DomainError) continue;
            // One log line per outage (from the availability monitor), not one per request.
            if (availability.noteFailure(error.originalError)) continue;
            contextValue.log.error(
              { err: error.originalError ?? error, requestId: contextValue.requestId, operationName },
              "unexpected error while executing a GraphQL operation",
            );
          }
        },
      };
    },
  };
}

function queryTooLarge(what: string): GraphQLFormattedError {
  return {
    message: `${what}; the most allowed is ${MAX_QUERY_CHARACTERS.toLocaleString("en-US")} characters and ${MAX_QUERY_TOKENS.toLocaleString("en-US")} tokens. Ask for fewer fields at once.`,
    extensions: { code: "QUERY_TOO_LARGE" },
  };
}

/** graphql-js reports the token limit as a syntax error ("more that N tokens", sic); clients get their own code. */
function tokenLimitAsTooLarge(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (
    formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" &&
    /contains more th[ae][nt] \d+ tokens/.test(formatted.message)
  )
    return queryTooLarge("This query has too many tokens");
  return formatted;
}

/** The typed answer to a body over the limit (the route sends it with status 413). */
export const PAYLOAD_TOO_LARGE_BODY = {
  errors: [
    {
      message: `The request is larger than ${MAX_GRAPHQL_BODY_BYTES / 1024 / 1024} MB. Send less at once (a wage report file over 5 MB must be split).`,
      extensions: { code: "PAYLOAD_TOO_LARGE" },
    },
  ],
};

/** Unexpected errors reach the client as a generic message: no stack, no SQL, no internals. */
function maskUnexpected(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_ERROR_CODES.has(code))
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError)
    return { message: original.message, path: formatted.path, extensions: { code: original.code } };
  if (isDatabaseUnavailable(original)) {
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: "SERVICE_UNAVAILABLE" },
    };
  }
  return {
    message:
      "Something went wrong on our side. Please try again; if it keeps happening, contact support with the request id.",
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

function writeResponse(
  res: ServerResponse,
  status: number,
  extraHeaders: Record<string, string | string[]>,
  headers: Record<string, string>,
  body: string,
) {
  res.writeHead(status, { ...headers, ...extraHeaders });
  res.end(body);
}
