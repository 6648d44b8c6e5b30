// Why a query (or the top level of a mutation) failed, in the few kinds a page can act on.
import type { CombinedError } from "@urql/core";

export type QueryProblem = "session-expired" | "forbidden" | "busy" | "unreachable" | "unexpected";

const SESSION_CODES = new Set(["UNAUTHENTICATED", "CSRF_TOKEN_INVALID"]);

export function queryProblem(error: CombinedError): QueryProblem {
  const codes = error.graphQLErrors.map((graphQLError) => graphQLError.extensions?.code);
  if (codes.some((code) => typeof code === "string" && SESSION_CODES.has(code))) return "session-expired";
  if (codes.includes("FORBIDDEN")) return "forbidden";
  // The API answers 503 + SERVICE_UNAVAILABLE while its database is away: try again shortly.
  if (codes.includes("SERVICE_UNAVAILABLE") || (error.response as Response | undefined)?.status === 503) return "busy";
  if (error.networkError || error.graphQLErrors.length === 0) return "unreachable";
  return "unexpected";
}
