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
import { runCases } from "../../../test/support/cases";
import * as P from "./parameters";
import { mdFamli } from "./program";

const BASE = {
  id: "md",
  jurisdiction: "MD",
  program: "FAMLI",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2028-01-03",
  leaveStartDate: "2028-01-10",
  averageWeeklyWage: "1000.00",
};
const START =
  "parameters.md §10 start dates (HB 102); Littler (D1 B), PPI, Gordon Feinblatt (B): benefits from 2028-01-03";

describe("MD FAMLI: not paying before 2028-01-03; figures not published after", () => {
  runCases(BASE, [
    {
      name: "leave in 2026 → BENEFITS_NOT_YET_PAYABLE (no benefits paid 2020–2026)",
      source: "parameters.md §10 heading",
      request: { applicationDate: "2026-06-01", leaveStartDate: "2026-07-01" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "leave 2027-06-01 (contributions only) → BENEFITS_NOT_YET_PAYABLE",
      source: START,
      request: { applicationDate: "2027-05-20", leaveStartDate: "2027-06-01" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "leave 2028-01-02, the day before benefits begin → BENEFITS_NOT_YET_PAYABLE",
      source: START,
      request: { applicationDate: "2027-12-20", leaveStartDate: "2028-01-02" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "leave 2028-01-03: the state AWW is not published → PARAMETER_NOT_KNOWN",
      source: "seed 003:4713 (SAWW under §9-603; no value); rules-from-seeds note 26",
      request: { applicationDate: "2028-01-03", leaveStartDate: "2028-01-03" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "leave 2028-12-31 → PARAMETER_NOT_KNOWN",
      source: "seed 003:4713",
      request: { applicationDate: "2028-12-31", leaveStartDate: "2028-12-31" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "wage records: the HB 102 AWW rule is not in the sources → PARAMETER_NOT_KNOWN",
      source: "parameters.md §10; seed 003:4711 (2023 rule)",
      request: { averageWeeklyWage: null, wageQuarters: [{ quarter: "2027-Q3", wages: "15000" }] },
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);

  it("the not-yet-paying error names the first benefit date", () => {
    const result = evaluate({ ...BASE, applicationDate: "2027-12-20", leaveStartDate: "2028-01-02" });
    expect(isErrorResult(result) ? result.error.message : "").toContain("2028-01-03");
  });
});

describe("MD FAMLI: the rules in place for when the figures are published", () => {
  const context = (request: Record<string, unknown>) => {
    const parsed = parseEvaluationRequest({ ...BASE, ...request });
    const window = mdFamli.benefit.leaveWindow(parsed);
    const ctx = new RuleContext(mdFamli.benefit.parameterDate(parsed, window).date);
    return { parsed, window, ctx };
  };

  it("application year: 12 months from the Sunday of the application week [seed 003:4750-4754]", () => {
    expect(context({ applicationDate: "2028-01-05", leaveStartDate: "2028-01-10" }).window).toMatchObject({
      start: "2028-01-02",
      end: "2029-01-01",
    });
  });

  it("12 weeks for all reasons [D7 B; seed 003:4721]", () => {
    const { parsed, window, ctx } = context({ leaveReason: "FAMILY_CARE" });
    expect(mdFamli.benefit.entitlement(parsed, window, ctx, undefined as never)).toMatchObject({
      maxWeeks: 12,
      maxCombinedWeeks: 12,
      remainingWeeks: 12,
    });
  });

  it("bonding after 12 weeks of own-health leave in the same year: 12 more weeks (24) [D7 B; seed 003:4722-4724]", () => {
    const { parsed, window, ctx } = context({
      leaveReason: "BONDING",
      applicationDate: "2028-04-10",
      leaveStartDate: "2028-04-10",
      priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2028-01-10", endDate: "2028-04-02" }],
    });
    expect(mdFamli.benefit.entitlement(parsed, window, ctx, undefined as never)).toMatchObject({
      maxCombinedWeeks: 24,
      remainingWeeks: 12,
    });
  });

  it("family care after 12 weeks of own-health leave: none remain (the extra weeks are for bonding with own health only) [seed 003:4722-4724]", () => {
    const { parsed, window, ctx } = context({
      leaveReason: "FAMILY_CARE",
      applicationDate: "2028-04-10",
      leaveStartDate: "2028-04-10",
      priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2028-01-10", endDate: "2028-04-02" }],
    });
    expect(mdFamli.benefit.entitlement(parsed, window, ctx, undefined as never)).toMatchObject({
      maxCombinedWeeks: 12,
      remainingWeeks: 0,
    });
  });

  it("680 hours in the 12 months before leave; no waiting period [D3 A; D9 B]", () => {
    expect(resolveParameter(P.hoursLast12Months, date("2028-01-03")).value).toBe(680);
    const { parsed, window, ctx } = context({});
    expect(mdFamli.benefit.waitingPeriodDays(parsed, window, ctx)).toBe(0);
  });

  it("$50 minimum and $1,000 maximum through 2028; 90% up to 65% of the state AWW, 50% above [D2, D7 B]", () => {
    const on = date("2028-06-01");
    expect(
      [P.minimumWeeklyBenefit, P.maximumWeeklyBenefit, P.lowerTierRate, P.upperTierRate, P.tierBreakpointShare].map(
        (p) => resolveParameter(p, on).value.toString(),
      ),
    ).toEqual(["50", "1000", "0.9", "0.5", "0.65"]);
    expect(() => resolveParameter(P.maximumWeeklyBenefit, date("2029-01-01"))).toThrow(
      /published values cover dates through 2028-12-31/,
    );
  });
});

describe("MD FAMLI: contributions and deadlines", () => {
  it("contributions begin 2027-01-01 but the 2027 rate was not found → PARAMETER_NOT_KNOWN [parameters.md §10 (D2, D5 B)]", () => {
    expect(
      calculatePremium({
        jurisdiction: "MD",
        program: "FAMLI",
        date: "2027-03-05",
        wages: "1000.00",
        employerSize: 20,
      }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("before 2027 there are no contributions → PARAMETER_NOT_KNOWN (before the first value)", () => {
    expect(
      calculatePremium({
        jurisdiction: "MD",
        program: "FAMLI",
        date: "2026-06-05",
        wages: "1000.00",
        employerSize: 20,
      }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("the split is up to half from the employee, no employer share under 15 employees [D5, D6 B]", () => {
    const on = date("2027-01-01");
    expect([
      resolveParameter(P.employeeContributionShare, on).value.toString(),
      resolveParameter(P.smallEmployerThreshold, on).value,
    ]).toEqual(["0.5", 15]);
  });
  it("the appeals system is left to the Secretary: no periods [seed 003:4799-4804]", () => {
    expect(appealDeadline({ jurisdiction: "MD", program: "FAMLI", decisionDate: "2028-03-01" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(employerResponseDeadline({ jurisdiction: "MD", program: "FAMLI", from: "2028-03-01" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "MD",
        program: "FAMLI",
        date: "2028-03-01",
        weeklyBenefitAmount: "500.00",
        hoursClaimed: 8,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ error: { code: "RULE_NOT_DOCUMENTED" } });
  });
});
