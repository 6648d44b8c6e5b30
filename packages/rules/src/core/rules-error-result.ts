/**
 * The error result of the public operations other than `evaluate`, and the never-throw wrapper
 * that turns a RulesError (or a bug) into one.
 */
import { ErrorCode, isRulesError } from "./errors";
import type { ErrorBody } from "../evaluation/result";

export interface RulesErrorResult {
  readonly error: ErrorBody;
}

export function isRulesErrorResult(value: unknown): value is RulesErrorResult {
  return typeof value === "object" && value !== null && "error" in value;
}

/** Runs `work`, turning any RulesError (or bug) into an error result. Never throws. */
export function guarded<T>(work: () => T): T | RulesErrorResult {
  try {
    return work();
  } catch (error) {
    if (isRulesError(error)) return { error: { code: error.code, message: error.message } };
    const detail = error instanceof Error ? error.message : String(error);
    return { error: { code: ErrorCode.INTERNAL_ERROR, message: `internal error: ${detail}` } };
  }
}
