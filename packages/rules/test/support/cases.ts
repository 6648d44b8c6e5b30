/**
 * Table-driven program cases. Every case names the rule it pins (`name`) and where the
 * expected figure comes from (`source`: a worked example, a statute, a parameters.md row).
 */
import { expect, it } from "vitest";
import { evaluate, isErrorResult } from "../../src";
import type { EvaluationResult } from "../../src";

export interface ProgramCase {
  readonly name: string;
  readonly source: string;
  readonly request?: Record<string, unknown>;
  /** Fields the result must have (compared with toMatchObject). */
  readonly expect?: Partial<Record<keyof EvaluationResult, unknown>>;
  /** Or the error code the request must produce. */
  readonly error?: string;
  /** Ineligible reason codes, in order (exactly these). */
  readonly ineligible?: readonly string[];
}

export function runCases(base: Record<string, unknown>, cases: readonly ProgramCase[]): void {
  for (const c of cases) {
    it(`${c.name} [${c.source}]`, () => {
      const result = evaluate({ ...base, ...c.request });
      if (c.error !== undefined) {
        expect(isErrorResult(result) ? result.error.code : "no error").toBe(c.error);
        return;
      }
      if (isErrorResult(result)) throw new Error(`unexpected error ${result.error.code}: ${result.error.message}`);
      if (c.expect !== undefined) expect(result).toMatchObject(c.expect);
      if (c.ineligible !== undefined) expect(result.ineligibleReasons.map((r) => r.code)).toEqual(c.ineligible);
    });
  }
}

/** Quarterly wage records from a compact list of [quarter, wages, hours?]. */
export function quarters(...rows: readonly (readonly [string, string, number?])[]): Record<string, unknown>[] {
  return rows.map(([quarter, wages, hours]) => (hours === undefined ? { quarter, wages } : { quarter, wages, hours }));
}

/** Evaluates and returns a successful result, failing the test on an error result. */
export function evaluateOk(request: Record<string, unknown>): EvaluationResult {
  const result = evaluate(request);
  if (isErrorResult(result)) throw new Error(`unexpected error ${result.error.code}: ${result.error.message}`);
  return result;
}
