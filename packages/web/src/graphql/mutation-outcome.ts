// Every OpenLeave mutation answers with a union: a `...Success { data }` or one of the
// `Error` types. Top-level GraphQL errors and network failures also happen. This turns all of
// those into one small set of outcomes that forms know how to show.
import type { CombinedError } from "@urql/core";
import { queryProblem } from "./query-problem";

export interface FieldIssue {
  path: readonly string[];
  message: string;
}

export type MutationOutcome<TData> =
  | { kind: "success"; data: TData }
  | { kind: "invalid-input"; message: string; issues: readonly FieldIssue[] }
  | { kind: "rate-limited"; message: string; retryAfterSeconds: number }
  /** Signed out meanwhile, or the CSRF token no longer matches the session: sign in again. */
  | { kind: "session-expired" }
  | { kind: "forbidden"; message: string }
  /** Any other expected error (not found, illegal transition, stale version…): show its message. */
  | { kind: "failed"; code: string; message: string }
  /** The API is up but cannot serve right now (503): nothing was changed, try again shortly. */
  | { kind: "busy" }
  /** The API (or the proxy in front of it) could not be reached. */
  | { kind: "unreachable" }
  | { kind: "unexpected" };

interface ErrorPayload {
  code: string;
  message: string;
  issues?: readonly FieldIssue[];
  retryAfterSeconds?: number;
}

type SuccessData<TPayload> = TPayload extends { data: infer TData } ? TData : never;

export function toMutationOutcome<TPayload extends object>(
  payload: TPayload | null | undefined,
  error?: CombinedError,
): MutationOutcome<SuccessData<TPayload>> {
  if (error) {
    const problem = queryProblem(error);
    return problem === "forbidden"
      ? { kind: "forbidden", message: error.graphQLErrors[0]?.message ?? "" }
      : { kind: problem };
  }
  if (!payload) return { kind: "unexpected" };
  if ("data" in payload) return { kind: "success", data: payload.data as SuccessData<TPayload> };
  if (isErrorPayload(payload)) return fromErrorPayload(payload);
  return { kind: "unexpected" };
}

function isErrorPayload(value: object): value is ErrorPayload {
  return "code" in value && typeof value.code === "string" && "message" in value && typeof value.message === "string";
}

function fromErrorPayload(payload: ErrorPayload): MutationOutcome<never> {
  switch (payload.code) {
    case "INVALID_INPUT":
      return { kind: "invalid-input", message: payload.message, issues: payload.issues ?? [] };
    case "RATE_LIMITED":
      return { kind: "rate-limited", message: payload.message, retryAfterSeconds: payload.retryAfterSeconds ?? 60 };
    case "UNAUTHENTICATED":
      return { kind: "session-expired" };
    case "FORBIDDEN":
      return { kind: "forbidden", message: payload.message };
    default:
      return { kind: "failed", code: payload.code, message: payload.message };
  }
}

/** Whole minutes to wait, never less than one, for "wait N minutes" messages. */
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
