import { CombinedError } from "@urql/core";
import { describe, expect, it } from "vitest";
import { minutesToWait, toMutationOutcome } from "./mutation-outcome";

describe("toMutationOutcome", () => {
  it("returns the success payload's data", () => {
    const outcome = toMutationOutcome({ __typename: "MutationSignInSuccess", data: { userId: "u1" } });
    expect(outcome).toEqual({ kind: "success", data: { userId: "u1" } });
  });

  it("keeps field issues from InvalidInputError", () => {
    const outcome = toMutationOutcome({
      __typename: "InvalidInputError",
      code: "INVALID_INPUT",
      message: "Fix these",
      issues: [{ path: ["input", "email"], message: "Enter your email address." }],
    });
    expect(outcome).toEqual({
      kind: "invalid-input",
      message: "Fix these",
      issues: [{ path: ["input", "email"], message: "Enter your email address." }],
    });
  });

  it("keeps the wait time from RateLimitedError", () => {
    const outcome = toMutationOutcome({
      __typename: "RateLimitedError",
      code: "RATE_LIMITED",
      message: "Locked",
      retryAfterSeconds: 900,
    });
    expect(outcome).toEqual({ kind: "rate-limited", message: "Locked", retryAfterSeconds: 900 });
  });

  it("treats UnauthenticatedError as an ended session", () => {
    expect(
      toMutationOutcome({ __typename: "UnauthenticatedError", code: "UNAUTHENTICATED", message: "Sign in" }),
    ).toEqual({ kind: "session-expired" });
  });

  it("passes other expected errors through with their message", () => {
    const outcome = toMutationOutcome({
      __typename: "StaleVersionError",
      code: "STALE_VERSION",
      message: "Reload and try again.",
    });
    expect(outcome).toEqual({ kind: "failed", code: "STALE_VERSION", message: "Reload and try again." });
  });

  it("treats a rejected CSRF token (a top-level error) as an ended session", () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: "Missing or invalid CSRF token", extensions: { code: "CSRF_TOKEN_INVALID" } }],
    });
    expect(toMutationOutcome(undefined, error)).toEqual({ kind: "session-expired" });
  });

  it("reports a network failure as unreachable", () => {
    const error = new CombinedError({ networkError: new TypeError("Failed to fetch") });
    expect(toMutationOutcome(undefined, error)).toEqual({ kind: "unreachable" });
  });

  it("reports a 503 SERVICE_UNAVAILABLE as busy", () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: "The service is busy right now.", extensions: { code: "SERVICE_UNAVAILABLE" } }],
    });
    expect(toMutationOutcome(undefined, error)).toEqual({ kind: "busy" });
  });

  it("reports a masked server error as unexpected", () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: "Something went wrong", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
    });
    expect(toMutationOutcome(undefined, error)).toEqual({ kind: "unexpected" });
  });

  it("reports a missing payload as unexpected", () => {
    expect(toMutationOutcome(null)).toEqual({ kind: "unexpected" });
  });
});

describe("minutesToWait", () => {
  it("rounds up to whole minutes and never says zero", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(900)).toBe(15);
    expect(minutesToWait(0)).toBe(1);
  });
});
