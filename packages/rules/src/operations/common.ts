/**
 * Shared plumbing for the public operations other than `evaluate`: input checks that return
 * typed errors, and the never-throw wrapper.
 */
import { ErrorCode, RulesError, isRulesError } from "../core/errors";
import type { ErrorBody } from "../evaluation/result";
import { findProgram } from "../programs/index";
import type { ProgramDefinition } from "../programs/program";

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

export function programFor(input: { readonly jurisdiction?: unknown; readonly program?: unknown }): ProgramDefinition {
  if (typeof input.jurisdiction !== "string" || typeof input.program !== "string") {
    throw new RulesError(ErrorCode.INVALID_REQUEST, "jurisdiction and program are required strings");
  }
  return findProgram(input.jurisdiction, input.program);
}
