/**
 * The zod contract (`evaluationRequestSchema`, what the API builds against) and the engine's own
 * parser (what `evaluate` and the CLI enforce) must accept and refuse the same shapes. Drawn
 * requests mix valid and invalid fields; for each, the schema accepts exactly when the engine
 * does not answer with an input error.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ErrorCode, type EvaluationRequest, evaluate, evaluationRequestSchema, isErrorResult } from "../src";

/** Error codes that mean "the request's shape is wrong" (the schema's business). */
const INPUT_ERRORS: ReadonlySet<string> = new Set([
  ErrorCode.INVALID_REQUEST,
  ErrorCode.INVALID_LEAVE_REASON,
  ErrorCode.INVALID_RELATIONSHIP,
  ErrorCode.INVALID_DATE,
  ErrorCode.DATE_OUT_OF_RANGE,
  ErrorCode.INVALID_DATE_RANGE,
  ErrorCode.INVALID_QUARTER,
  ErrorCode.INVALID_AMOUNT,
  ErrorCode.NEGATIVE_AMOUNT,
  ErrorCode.INVALID_HOURS,
  ErrorCode.CONFLICTING_INPUT,
  ErrorCode.WAGES_REQUIRED,
]);

/** Mostly valid values, sometimes an invalid one, so that whole requests land on both sides. */
const mostly = <T>(valid: readonly T[], invalid: readonly T[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 12 }, { arbitrary: fc.constantFrom(...invalid), weight: 1 });
const dates = mostly(["2026-12-02", "2025-06-15"], ["2026-02-30", "1969-12-31", "2026-1-5", "2100-01-01"]);
const amounts = mostly(["1000.00", "1000", "12.5"], ["-5", "1,000", "1e3", "0.001", "abc"]);
const quarters = mostly(["2026-Q2", "2025-Q4"], ["2026-Q5", "26-Q1"]);
const hours = mostly<number | undefined>([520, 520.5, undefined], [520.555, -1, 3000]);
const requests = fc.record(
  {
    id: fc.constantFrom(1, "a", null),
    // Programs the engine knows (an unknown program is refused before the shape is checked).
    jurisdiction: fc.constantFrom("WA", "MA"),
    program: fc.constant("PFML"),
    leaveReason: mostly(["OWN_HEALTH", "BONDING"], ["VACATION"]),
    applicationDate: dates,
    leaveStartDate: dates,
    wageQuarters: fc.option(
      fc.array(fc.record({ quarter: quarters, wages: amounts, hours, employer: mostly(["e1", undefined], [""]) }), {
        maxLength: 3,
      }),
      { nil: undefined },
    ),
    averageWeeklyWage: fc.option(amounts, { nil: undefined }),
    familyRelationship: fc.option(mostly(["SPOUSE"], ["COUSIN"]), { nil: undefined }),
    priorLeave: fc.option(
      fc.array(fc.record({ leaveReason: mostly(["OWN_HEALTH"], ["NAP"]), startDate: dates, endDate: dates }), {
        maxLength: 2,
      }),
      { nil: undefined },
    ),
    employment: fc.option(
      fc.record({ hoursLast12Months: hours, employerSize: mostly([5, undefined], [2.5, -1]) }, { requiredKeys: [] }),
      { nil: undefined },
    ),
    wagesReportedThrough: fc.option(quarters, { nil: undefined }),
  },
  { requiredKeys: ["jurisdiction", "program"] },
);

function engineAcceptsShape(body: unknown): boolean {
  const result = evaluate(body);
  return !(isErrorResult(result) && INPUT_ERRORS.has(result.error.code));
}

describe("the zod contract and the engine's parser agree", () => {
  it("a valid request passes both", () => {
    const request: EvaluationRequest = {
      id: 1,
      jurisdiction: "WA",
      program: "PFML",
      leaveReason: "OWN_HEALTH",
      applicationDate: "2026-12-02",
      leaveStartDate: "2026-12-02",
      wageQuarters: [{ quarter: "2026-Q2", wages: "13000.00", hours: 520, employer: "employer-1" }],
      leaveFromEmployer: "employer-1",
      wagesReportedThrough: "2026-Q3",
    };
    expect(evaluationRequestSchema.safeParse(request).success).toBe(true);
    expect(engineAcceptsShape(request)).toBe(true);
  });

  it("both refuse an AWW given together with wage records, and a request with neither", () => {
    const base = {
      jurisdiction: "WA",
      program: "PFML",
      leaveReason: "OWN_HEALTH",
      applicationDate: "2026-12-02",
      leaveStartDate: "2026-12-02",
    };
    const both = { ...base, averageWeeklyWage: "1000.00", wageQuarters: [] };
    expect(evaluationRequestSchema.safeParse(both).success).toBe(false);
    expect(engineAcceptsShape(both)).toBe(false);
    expect(evaluationRequestSchema.safeParse(base).success).toBe(false);
    expect(engineAcceptsShape(base)).toBe(false);
  });

  it("on drawn requests, the schema accepts exactly what the engine accepts", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(requests, (body) => {
        const engine = engineAcceptsShape(body);
        expect(evaluationRequestSchema.safeParse(body).success).toBe(engine);
        if (engine) accepted++;
        else refused++;
      }),
      { numRuns: 600 },
    );
    // The draws must exercise both sides, or the agreement says nothing.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});
