import { describe, expect, it } from "vitest";
import { evaluate, isErrorResult, type EvaluationResult } from "..";

const fourQuarters = (wages: string, extra: Record<string, unknown> = {}) =>
  ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"].map((quarter) => ({ quarter, wages, ...extra }));

function ok(request: Record<string, unknown>): EvaluationResult {
  const result = evaluate(request);
  if (isErrorResult(result)) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}
const codes = (result: EvaluationResult) => result.ineligibleReasons.map((r) => r.code);
const step = (result: EvaluationResult, id: string) => result.explanation.find((s) => s.step === id);

const MA = {
  jurisdiction: "MA",
  program: "PFML",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2026-03-02",
  leaveStartDate: "2026-03-09",
  wageQuarters: fourQuarters("15000"),
};

describe("self-employed workers who elected coverage", () => {
  it("adds nothing to an employee's claim", () => {
    expect(step(ok(MA), "self-employed-coverage")).toBeUndefined();
  });

  it("MA: needs contributions for 2 of the last 4 completed quarters before applying", () => {
    const paid = ok({
      ...MA,
      selfEmployment: { coverageStartDate: "2025-01-02", contributionQuarters: ["2025-Q3", "2025-Q4"] },
    });
    expect(paid.eligible).toBe(true);
    expect(step(paid, "self-employed-coverage")).toMatchObject({
      result: true,
      inputs: { contributionQuartersCounted: 2 },
    });

    // 2024-Q4 is outside the last four completed quarters (2025-Q1 to 2025-Q4).
    const short = ok({
      ...MA,
      selfEmployment: { coverageStartDate: "2024-10-01", contributionQuarters: ["2024-Q4", "2025-Q4"] },
    });
    expect(codes(short)).toEqual(["INSUFFICIENT_CONTRIBUTIONS"]);
    expect(short.ineligibleReasons[0]!.message).toContain("1 found");
  });

  it("CO: coverage begins on the election, so leave that starts before it is not covered", () => {
    const CO = {
      jurisdiction: "CO",
      program: "FAMLI",
      leaveReason: "OWN_HEALTH",
      applicationDate: "2026-03-02",
      leaveStartDate: "2026-03-09",
      wageQuarters: fourQuarters("9000"),
    };
    expect(
      codes(ok({ ...CO, selfEmployment: { coverageStartDate: "2026-03-10", contributionQuarters: ["2025-Q4"] } })),
    ).toEqual(["SELF_EMPLOYMENT_NOT_COVERED"]);
    expect(
      ok({ ...CO, selfEmployment: { coverageStartDate: "2025-06-01", contributionQuarters: ["2025-Q4"] } }).eligible,
    ).toBe(true);
    expect(codes(ok({ ...CO, selfEmployment: { coverageStartDate: "2025-06-01" } }))).toEqual([
      "INSUFFICIENT_CONTRIBUTIONS",
    ]);
  });

  it("WA: hours are presumed from earnings at the state minimum wage, and coverage starts the next quarter", () => {
    const WA = {
      jurisdiction: "WA",
      program: "PFML",
      leaveReason: "OWN_HEALTH",
      applicationDate: "2026-03-02",
      leaveStartDate: "2026-03-09",
      // $4,000 a quarter ÷ $16.66 (2025) = 240.09 hours; four quarters 960.36 ≥ 820.
      wageQuarters: fourQuarters("4000", { selfEmployment: true }),
    };
    const covered = ok({ ...WA, selfEmployment: { coverageStartDate: "2024-11-15" } });
    expect(covered.eligible).toBe(true);
    expect(step(covered, "self-employment-hours")).toMatchObject({
      result: { "2025-Q1": 240.09, "2025-Q2": 240.09, "2025-Q3": 240.09, "2025-Q4": 240.09 },
    });
    expect(covered.basePeriod?.hours).toBe(960.36);

    // Elected in February 2026: covered from 2026-04-01, after this leave starts.
    const late = ok({ ...WA, selfEmployment: { coverageStartDate: "2026-02-10" } });
    expect(codes(late)).toEqual(["SELF_EMPLOYMENT_NOT_COVERED"]);
    expect(late.ineligibleReasons[0]!.message).toContain("2026-04-01");

    // $3,000 a quarter: 180.07 hours each, 720.28 in all — fewer than 820.
    const few = ok({
      ...WA,
      wageQuarters: fourQuarters("3000", { selfEmployment: true }),
      selfEmployment: { coverageStartDate: "2024-11-15" },
    });
    expect(codes(few)).toEqual(["INSUFFICIENT_HOURS"]);

    // Earnings not marked as self-employment still need their hours.
    const unmarked = evaluate({
      ...WA,
      wageQuarters: fourQuarters("4000"),
      selfEmployment: { coverageStartDate: "2024-11-15" },
    });
    expect(isErrorResult(unmarked) && unmarked.error.code).toBe("HOURS_REQUIRED");
  });

  it("NJ and RI do not let the self-employed elect coverage", () => {
    const nj = ok({
      jurisdiction: "NJ",
      program: "FLI",
      leaveReason: "BONDING",
      applicationDate: "2025-06-02",
      leaveStartDate: "2025-06-09",
      birthOrPlacementDate: "2025-06-01",
      averageWeeklyWage: "1200",
      selfEmployment: { coverageStartDate: "2024-01-01" },
    });
    const ri = ok({
      ...MA,
      jurisdiction: "RI",
      program: "TDI",
      averageWeeklyWage: "1200",
      wageQuarters: undefined,
      selfEmployment: { coverageStartDate: "2024-01-01" },
    });
    expect(codes(ri)).toContain("SELF_EMPLOYMENT_NOT_COVERED");
    expect(codes(nj)).toContain("SELF_EMPLOYMENT_NOT_COVERED");
  });

  it("refuses a program whose self-employed terms the package does not model, rather than guess", () => {
    const result = evaluate({
      jurisdiction: "NY",
      program: "PFL",
      leaveReason: "BONDING",
      applicationDate: "2025-06-02",
      leaveStartDate: "2025-06-09",
      averageWeeklyWage: "1200",
      selfEmployment: { coverageStartDate: "2024-01-01" },
    });
    expect(isErrorResult(result) && result.error.code).toBe("RULE_NOT_DOCUMENTED");
  });

  it("checks the shape of selfEmployment", () => {
    const bad = evaluate({ ...MA, selfEmployment: { coverageStartDate: "2025-02-30" } });
    expect(isErrorResult(bad) && bad.error.code).toBe("INVALID_DATE");
    const badQuarter = evaluate({
      ...MA,
      selfEmployment: { coverageStartDate: "2025-01-02", contributionQuarters: ["2025-Q5"] },
    });
    expect(isErrorResult(badQuarter) && badQuarter.error.code).toBe("INVALID_QUARTER");
    const badFlag = evaluate({ ...MA, wageQuarters: [{ quarter: "2025-Q1", wages: "100", selfEmployment: "yes" }] });
    expect(isErrorResult(badFlag) && badFlag.error.code).toBe("INVALID_REQUEST");
  });
});
