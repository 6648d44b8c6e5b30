import { describe, expect, it } from "vitest";
import {
  appealDeadline,
  calculatePremium,
  employerResponseDeadline,
  evaluate,
  isErrorResult,
  prorateWeeklyBenefit,
} from "../..";
import { date } from "../../core/calendar-date";
import { resolveParameter } from "../../core/parameter";
import { RuleContext } from "../../evaluation/context";
import { parseEvaluationRequest } from "../../evaluation/request";
import { quarters, runCases } from "../../../test/support/cases";
import * as P from "./parameters";
import { mnPfml } from "./program";

const BASE = {
  id: "mn",
  jurisdiction: "MN",
  program: "PFML",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2026-02-02",
  leaveStartDate: "2026-02-09",
  averageWeeklyWage: "1000.00",
};
const DISPUTE = "parameters.md §12 2026 row and contradictions note 7 ($1,423 F1, F2 B vs $1,372 F3 A)";

function errorOf(request: Record<string, unknown>): { code: string; message: string } {
  const result = evaluate({ ...BASE, ...request });
  return isErrorResult(result) ? result.error : { code: "evaluated", message: "" };
}

describe("MN PFML: 2026 benefits answer PARAMETER_NOT_KNOWN until DEED's figures are confirmed", () => {
  runCases(BASE, [
    {
      name: "leave 2025-12-31 is before benefits began → BENEFITS_NOT_YET_PAYABLE",
      source: "parameters.md §12 (benefits from 1/1/2026)",
      request: { applicationDate: "2025-12-20", leaveStartDate: "2025-12-31" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "leave 2026-01-01: the state AWW (= maximum) is disputed → PARAMETER_NOT_KNOWN",
      source: DISPUTE,
      request: { applicationDate: "2026-01-01", leaveStartDate: "2026-01-01" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "leave 2026-12-31 → PARAMETER_NOT_KNOWN",
      source: DISPUTE,
      request: { applicationDate: "2026-12-31", leaveStartDate: "2026-12-31" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2027 figures are not in the data → PARAMETER_NOT_KNOWN",
      source: "parameters.md §12 (2026 only)",
      request: { applicationDate: "2027-01-04", leaveStartDate: "2027-01-04" },
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);

  it("the error names the dispute [contradictions note 7]", () => {
    expect(errorOf({})).toMatchObject({ code: "PARAMETER_NOT_KNOWN" });
    expect(errorOf({}).message).toContain("MN state average weekly wage");
    expect(errorOf({}).message).toContain("the published sources disagree");
  });

  it("with wage records the employee's AWW measure is not in the sources [rules-from-seeds §18]", () => {
    const error = errorOf({
      averageWeeklyWage: null,
      wageQuarters: quarters(["2025-Q1", "15000"], ["2025-Q2", "15000"]),
    });
    expect(error.code).toBe("PARAMETER_NOT_KNOWN");
    expect(error.message).toContain("measure of the employee's average weekly wage");
  });

  it("the eligibility amount (5.3% of the state average annual wage) was not found [parameters.md §12 (F1 B, F6 B)]", () => {
    expect(() => resolveParameter(P.minimumBasePeriodWages, date("2026-06-01"))).toThrow(
      /no value was found published/,
    );
  });
});

describe("MN PFML: the rules in place for when the figures are confirmed", () => {
  const context = (request: Record<string, unknown>) => {
    const parsed = parseEvaluationRequest({ ...BASE, ...request });
    const window = mnPfml.benefit.leaveWindow(parsed);
    const ctx = new RuleContext(mnPfml.benefit.parameterDate(parsed, window).date);
    return { parsed, window, ctx };
  };

  it("benefit year from the first day of leave; medical 12, family 12, together 20 [F5, F7 A]", () => {
    const { parsed, window, ctx } = context({});
    expect(window).toMatchObject({ kind: "benefit-year", start: "2026-02-09", end: "2027-02-07" });
    const entitlement = mnPfml.benefit.entitlement(parsed, window, ctx, undefined as never);
    expect(entitlement).toMatchObject({ maxWeeks: 12, maxCombinedWeeks: 20, remainingWeeks: 12 });
  });

  it("12 weeks of bonding earlier in the benefit year leave 8 weeks of medical leave [F7 A: 20 weeks in all]", () => {
    const { parsed, window, ctx } = context({
      leaveStartDate: "2026-06-01",
      priorLeave: [{ leaveReason: "BONDING", startDate: "2026-02-09", endDate: "2026-05-03" }],
    });
    expect(window.start).toBe("2026-02-09");
    expect(mnPfml.benefit.entitlement(parsed, window, ctx, undefined as never)).toMatchObject({ remainingWeeks: 8 });
  });

  it("no unpaid waiting period: the first week is paid retroactively [F8, F1 B]", () => {
    const { parsed, window, ctx } = context({});
    expect(mnPfml.benefit.waitingPeriodDays(parsed, window, ctx)).toBe(0);
    expect(ctx.steps.at(-1)).toMatchObject({ step: "waiting-period", result: 0 });
  });

  it("tier rates 90% / 66% / 55% at 50% and 100% of the state AWW, capped at the state AWW [F1, F2 B]", () => {
    const on = date("2026-01-01");
    const values = [
      P.firstTierRate,
      P.secondTierRate,
      P.thirdTierRate,
      P.firstBreakpointShare,
      P.secondBreakpointShare,
      P.maximumShareOfStateAverage,
    ].map((p) => resolveParameter(p, on).value.toString());
    expect(values).toEqual(["0.9", "0.66", "0.55", "0.5", "1", "1"]);
  });

  it("family members include a son- or daughter-in-law and someone who expects care; not a parent-in-law [F8 B]", () => {
    const covered = resolveParameter(P.familyRelationships, date("2026-01-01")).value;
    expect([
      covered.includes("CHILD_SPOUSE"),
      covered.includes("DEPENDENT_EXPECTING_CARE"),
      covered.includes("PARENT_IN_LAW"),
    ]).toEqual([true, true, false]);
  });
});

describe("MN PFML: premiums, deadlines and proration", () => {
  it("0.88% = medical 0.61% + family 0.27%, the employee at most half (0.44%) [F3 A, F5 A]", () => {
    const on = date("2026-01-01");
    const medical = resolveParameter(P.medicalPremiumRate, on).value;
    const family = resolveParameter(P.familyPremiumRate, on).value;
    expect(medical.plus(family).toString()).toBe("0.0088");
    expect(medical.plus(family).times(resolveParameter(P.employeePremiumShare, on).value).toString()).toBe("0.0044");
  });
  it("the 2026 wage base is disputed ($184,500 vs $185,000) → PARAMETER_NOT_KNOWN [DEED toolkit; PayrollOrg]", () => {
    expect(
      calculatePremium({
        jurisdiction: "MN",
        program: "PFML",
        date: "2026-03-06",
        wages: "1000.00",
        employerSize: 100,
      }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("30 or fewer employees: the small-employer limit follows the disputed state AWW → PARAMETER_NOT_KNOWN [F4 B]", () => {
    expect(() => resolveParameter(P.smallEmployerAverageWageLimit, date("2026-03-06"))).toThrow(/disagree/);
    expect(
      calculatePremium({ jurisdiction: "MN", program: "PFML", date: "2026-03-06", wages: "1000.00", employerSize: 30 }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("no deadlines or proration rule in the sources", () => {
    expect(appealDeadline({ jurisdiction: "MN", program: "PFML", decisionDate: "2026-03-02" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(employerResponseDeadline({ jurisdiction: "MN", program: "PFML", from: "2026-03-02" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "MN",
        program: "PFML",
        date: "2026-03-02",
        weeklyBenefitAmount: "800.00",
        hoursClaimed: 8,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ error: { code: "RULE_NOT_DOCUMENTED" } });
  });
});
