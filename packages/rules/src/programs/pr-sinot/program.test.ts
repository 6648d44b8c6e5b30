import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, evaluate } from "../..";
import { quarters, runCases } from "../../../test/support/cases";
import { date } from "../../core/calendar-date";
import { ZERO, money } from "../../core/money";
import { RuleContext } from "../../evaluation/context";
import { parseEvaluationRequest } from "../../evaluation/request";
import { prSinot } from "./program";

const BASE = {
  id: "pr",
  jurisdiction: "PR",
  program: "SINOT",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2025-03-05",
  leaveStartDate: "2025-03-05",
  averageWeeklyWage: "500.00",
};
const NO_SCHEDULE = "rules-from-seeds §27.26 (the PR benefit schedule is in no document); parameters.md §17";

describe("PR SINOT: the benefit schedule is not published → every evaluation answers PARAMETER_NOT_KNOWN", () => {
  runCases(BASE, [
    { name: "2025, a given AWW", source: NO_SCHEDULE, error: "PARAMETER_NOT_KNOWN" },
    {
      name: "2025, base-year wage records",
      source: NO_SCHEDULE,
      request: { averageWeeklyWage: undefined, wageQuarters: quarters(["2024-Q1", "5000"]) },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2020-01-01",
      source: NO_SCHEDULE,
      request: { applicationDate: "2020-01-01", leaveStartDate: "2020-01-01" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2019 (not compiled either)",
      source: "parameters.md §17 (2020–2026)",
      request: { applicationDate: "2019-06-05", leaveStartDate: "2019-06-05" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "weekly pay alone cannot give the base year → WAGE_MEASURE_UNAVAILABLE",
      source: "F3:3852 (quarters)",
      request: { averageWeeklyWage: undefined, weeklyWages: [{ weekEnding: "2025-03-01", wages: "500" }] },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
  ]);
  it("the error names the missing schedule", () => {
    expect(evaluate(BASE)).toMatchObject({
      error: { code: "PARAMETER_NOT_KNOWN", message: expect.stringContaining("schedule") },
    });
  });
});

/** Runs one rule of the program directly, on the 2025 parameters, for the parts evaluate cannot reach. */
function rules(extra: Record<string, unknown> = {}) {
  const request = parseEvaluationRequest({ ...BASE, ...extra });
  const ctx = new RuleContext(date(request.leaveStartDate));
  const window = prSinot.benefit.leaveWindow(request);
  return { request, ctx, window };
}

describe("PR SINOT: the rules ready for the schedule (run directly)", () => {
  const eligible = (wages: string) => {
    const { request, ctx } = rules({ averageWeeklyWage: undefined, wageQuarters: quarters(["2024-Q1", wages]) });
    const measure = prSinot.benefit.measureWages(request, ctx);
    const test = prSinot.benefit.eligibilityTests[0];
    return test?.run({ request, wages: measure, weeklyBenefit: measure.averageWeeklyWage }, ctx).outcome;
  };
  it("$150 in the base year (2023-Q4 … 2024-Q3 for a 2025-03-05 filing) qualifies [11 L.P.R.A. §203(b)(1) (A); F3:3852]", () => {
    expect(eligible("150")).toBe("passed");
  });
  it("$149.99 does not [11 L.P.R.A. §203(b)(1)]", () => {
    expect(eligible("149.99")).toBe("failed");
  });
  it("26 weeks in 52; 20 weeks earlier leave 6 [11 L.P.R.A. §203(c)(1); F3:3895]", () => {
    const { request, ctx, window } = rules({
      priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-06-03", endDate: "2024-10-20" }],
    });
    const facts = {
      wages: { source: "given" as const, basePeriod: null, averageWeeklyWage: money("500") },
      weeklyBenefit: ZERO,
    };
    expect(prSinot.benefit.entitlement(request, window, ctx, facts)).toMatchObject({ maxWeeks: 26, remainingWeeks: 6 });
  });
  it("7-day waiting period; none for a recurrence within 90 days [§203(b)(2), (c)(1); F3:3860-3864]", () => {
    const fresh = rules();
    expect(prSinot.benefit.waitingPeriodDays(fresh.request, fresh.window, fresh.ctx)).toBe(7);
    const within = rules({
      priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-11-01", endDate: "2024-12-05" }],
    });
    expect(prSinot.benefit.waitingPeriodDays(within.request, within.window, within.ctx)).toBe(0);
    const after = rules({
      priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-11-01", endDate: "2024-12-04" }],
    });
    expect(prSinot.benefit.waitingPeriodDays(after.request, after.window, after.ctx)).toBe(7);
  });
});

describe("PR SINOT: contributions and deadlines", () => {
  it("0.6% of $1,000 = $6.00, at most half from the employee [F3:3868; Q1, Q2 (B)]", () => {
    expect(
      calculatePremium({ jurisdiction: "PR", program: "SINOT", date: "2025-04-04", wages: "1000.00", employerSize: 3 }),
    ).toMatchObject({ total: "6.00", employeeShare: "3.00", employerShare: "3.00" });
  });
  it("the first $9,000 a year only: $500 left after $8,500 → $3.00, employee $1.50 (at most $27 a year) [F3:3868; contradictions note 16]", () => {
    expect(
      calculatePremium({
        jurisdiction: "PR",
        program: "SINOT",
        date: "2025-04-04",
        wages: "1000.00",
        wagesYearToDate: "8500.00",
        employerSize: 3,
      }),
    ).toMatchObject({ taxableWages: "500.00", employeeShare: "1.50", total: "3.00" });
  });
  it("2027: not published → PARAMETER_NOT_KNOWN [parameters.md §17 (2020–2026)]", () => {
    expect(
      calculatePremium({ jurisdiction: "PR", program: "SINOT", date: "2027-01-08", wages: "1000.00", employerSize: 3 }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("no employer-response or appeal period in the documents → DEADLINE_NOT_DOCUMENTED", () => {
    expect(employerResponseDeadline({ jurisdiction: "PR", program: "SINOT", from: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(appealDeadline({ jurisdiction: "PR", program: "SINOT", decisionDate: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
  });
});
