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
import type { ExplanationValue } from "../../core/explanation";
import { type Parameter, resolveParameter } from "../../core/parameter";
import { quarters, runCases } from "../../../test/support/cases";
import { ZERO } from "../../core/money";
import { RuleContext } from "../../evaluation/context";
import { parseEvaluationRequest } from "../../evaluation/request";
import * as P from "./parameters";
import { dcPfl } from "./program";

// Claims filed 2022-10-01 – 2023-06-30: minimum wage $16.10 → bend point $966, maximum $1,049.
const BASE = {
  id: "dc",
  jurisdiction: "DC",
  program: "PFL",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2023-01-10",
  leaveStartDate: "2023-01-16",
  averageWeeklyWage: "1000.00",
};
const CALC_2022 = "DOES benefits calculator 2022-23 (G10 A): minimum wage $16.10, maximum $1,049";
const ROW_2023 = "parameters.md §13 10/1/2023 row: $1,118 (G3, G12 B); The Standard (G3 B): minimum wage $17";

describe("DC PFL: 90% up to the bend point (150% × 40 × minimum wage) + 50% above, capped", () => {
  runCases(BASE, [
    {
      name: "AWW $1,000 → 90% × $966 + 50% × $34 = $886.40",
      source: `${CALC_2022}; seed 003:1428-1429`,
      expect: { weeklyBenefitAmount: "886.40", maximumWeeklyBenefit: "1049.00", minimumWeeklyBenefit: null },
    },
    {
      name: "AWW at the $966 bend point → $869.40",
      source: CALC_2022,
      request: { averageWeeklyWage: "966.00" },
      expect: { weeklyBenefitAmount: "869.40" },
    },
    {
      name: "AWW $965.99 → $869.391 → $869.39",
      source: CALC_2022,
      request: { averageWeeklyWage: "965.99" },
      expect: { weeklyBenefitAmount: "869.39" },
    },
    {
      name: "AWW $966.01 → $869.405 → $869.41",
      source: CALC_2022,
      request: { averageWeeklyWage: "966.01" },
      expect: { weeklyBenefitAmount: "869.41" },
    },
    {
      name: "AWW $1,325.18 → $1,048.99, a cent under the maximum",
      source: CALC_2022,
      request: { averageWeeklyWage: "1325.18" },
      expect: { weeklyBenefitAmount: "1048.99" },
    },
    {
      name: "AWW $1,325.20 → $1,049.00 = the maximum",
      source: CALC_2022,
      request: { averageWeeklyWage: "1325.20" },
      expect: { weeklyBenefitAmount: "1049.00" },
    },
    {
      name: "AWW $1,325.22 → capped at $1,049.00",
      source: CALC_2022,
      request: { averageWeeklyWage: "1325.22" },
      expect: { weeklyBenefitAmount: "1049.00" },
    },
    {
      name: "claims filed from 2023-10-01: bend $1,020 → AWW $1,020 → $918.00",
      source: ROW_2023,
      request: { applicationDate: "2023-10-02", leaveStartDate: "2023-10-09", averageWeeklyWage: "1020.00" },
      expect: { weeklyBenefitAmount: "918.00", maximumWeeklyBenefit: "1118.00" },
    },
    {
      name: "claims filed from 2023-10-01: AWW $1,420 → $1,118.00 = the maximum",
      source: ROW_2023,
      request: { applicationDate: "2023-10-02", leaveStartDate: "2023-10-09", averageWeeklyWage: "1420.00" },
      expect: { weeklyBenefitAmount: "1118.00" },
    },
  ]);
});

describe("DC PFL: the filing date selects the figures; unknown bend points answer PARAMETER_NOT_KNOWN", () => {
  const filed = (applicationDate: string, leaveStartDate = applicationDate) => ({
    applicationDate,
    leaveStartDate,
    averageWeeklyWage: "2000.00",
  });
  runCases(BASE, [
    {
      name: "leave 2020-06-30 is before benefits began → BENEFITS_NOT_YET_PAYABLE",
      source: "seed 003:1365 (benefits began 2020-07-01)",
      request: filed("2020-06-30"),
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "claims filed from 2020-07-01: the $840 launch bend point is disputed → PARAMETER_NOT_KNOWN",
      source: "parameters.md §13 7/1/2020 row (G4 B) vs D.C. Code §32-1003 ($15.00 from 2020-07-01)",
      request: filed("2020-07-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "claims filed 2021-10-01 (given AWW $1,000): the $15.20 wage from July 2021 → bend $912 → $864.80, maximum $1,009",
      source: "WJLA and IB Law Firm (B): $15.20 replaced by $16.10 on 2022-07-01; $1,009 (G6 A)",
      request: { ...filed("2021-10-01"), averageWeeklyWage: "1000.00" },
      expect: { weeklyBenefitAmount: "864.80", maximumWeeklyBenefit: "1009.00" },
    },
    {
      name: "claims filed 2022-09-30: the July 2022 wage ($16.10) or the earlier one ($15.20)? disputed → PARAMETER_NOT_KNOWN",
      source: "parameters.md §13 (the wage is published with the October figures)",
      request: filed("2022-09-30"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "claims filed 2022-10-01: $16.10 and $1,049",
      source: CALC_2022,
      request: filed("2022-10-01"),
      expect: { weeklyBenefitAmount: "1049.00" },
    },
    {
      name: "a claim filed 2022-10-03 for leave that began 2022-09-26 uses the filing date's figures",
      source: "D.C. Code §32-541.04(d) (retroactive claims within 30 days); 7 DCMR 3503 (claims filed)",
      request: filed("2022-10-03", "2022-09-26"),
      expect: { parameterDate: { date: "2022-10-03" }, weeklyBenefitAmount: "1049.00" },
    },
    {
      name: "claims filed 2023-06-30: still $16.10",
      source: CALC_2022,
      request: filed("2023-06-30"),
      expect: { weeklyBenefitAmount: "1049.00" },
    },
    {
      name: "claims filed 2023-07-01: the wage after the July change is published only with the October figures → PARAMETER_NOT_KNOWN",
      source: "parameters.md §13 10/1/2023 row",
      request: filed("2023-07-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "claims filed 2024-06-30: $17.00 and $1,118",
      source: ROW_2023,
      request: filed("2024-06-30"),
      expect: { weeklyBenefitAmount: "1118.00" },
    },
    {
      name: "claims filed 2024-07-01: $17.50 from July or $17.00 until the October figures? disputed → PARAMETER_NOT_KNOWN",
      source: "Mayor/DOES release 2024-06-28 (A); parameters.md §13 10/1/2024 row",
      request: filed("2024-07-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "claims filed 2024-10-01 (AWW $1,200): $17.50 → bend $1,050 → 945.00 + 75.00 = $1,020.00, maximum $1,153",
      source: "Mayor/DOES release 2024-06-28 (A), GW Hatchet (B); $1,153 (G1 B)",
      request: { ...filed("2024-10-01"), averageWeeklyWage: "1200.00" },
      expect: { weeklyBenefitAmount: "1020.00", maximumWeeklyBenefit: "1153.00" },
    },
    {
      name: "claims filed 2025-10-01 (AWW $1,200): $17.95 → bend $1,077 → 969.30 + 61.50 = $1,030.80",
      source: "Littler, LaborLawCenter, Checkwriters (B): $17.95 from 2025-07-01; $1,190 (G2 B)",
      request: { ...filed("2025-10-01"), averageWeeklyWage: "1200.00" },
      expect: { weeklyBenefitAmount: "1030.80", maximumWeeklyBenefit: "1190.00" },
    },
    {
      name: "claims filed 2026-06-30 (AWW $2,000): $17.95 still, capped at $1,190",
      source: "Littler (B); $1,190 (G2 B)",
      request: filed("2026-06-30"),
      expect: { weeklyBenefitAmount: "1190.00" },
    },
    {
      name: "claims filed 2026-07-01: the July 2026 District minimum wage was not found → PARAMETER_NOT_KNOWN",
      source: "searched: DOES and Mayor releases, payroll and law-firm alerts (2026-12-03)",
      request: filed("2026-07-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "claims filed 2026-12-02 (today): still not known → PARAMETER_NOT_KNOWN",
      source: "the July 2026 wage was not found",
      request: filed("2026-12-02"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);

  it("the published maxima are on record even where the bend point is not known ($1,009 → $1,190) [G6 A, G1, G2 B]", () => {
    const max = (on: string) => resolveParameter(P.maximumWeeklyBenefit, date(on)).value.toString();
    expect([
      max("2021-09-25"),
      max("2021-09-26"),
      max("2024-09-30"),
      max("2024-10-01"),
      max("2025-10-01"),
      max("2026-09-30"),
    ]).toEqual(["1000", "1009", "1118", "1153", "1190", "1190"]);
  });
});

describe("DC PFL: AWW from wage records (five quarters, lowest dropped, ÷ 52)", () => {
  const wages = quarters(
    ["2021-Q3", "0"],
    ["2021-Q4", "1000"],
    ["2022-Q1", "13000"],
    ["2022-Q2", "13000"],
    ["2022-Q3", "13000"],
    ["2022-Q4", "13000"],
  );
  runCases({ ...BASE, averageWeeklyWage: null }, [
    {
      name: "quarters 2021-Q4 … 2022-Q4 before the leave: the $1,000 quarter is dropped, $52,000 ÷ 52 = $1,000 → $886.40",
      source: "7 DCMR 3503.1(b)(1)-(2) (G13 A); Proskauer (÷ 52, B)",
      request: { wageQuarters: wages },
      expect: {
        basePeriod: { quarters: ["2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"], wages: "53000.00" },
        averageWeeklyWage: "1000.00",
        weeklyBenefitAmount: "886.40",
      },
    },
    {
      name: "parental leave: the quarters before the birth (2021-Q3 … 2022-Q3); $40,000 ÷ 52 = $769.23 → $692.31",
      source: "7 DCMR 3503.1(b)(1) (quarters before the qualifying event)",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2022-12-20", wageQuarters: wages },
      expect: {
        basePeriod: { quarters: ["2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3"] },
        averageWeeklyWage: "769.23",
        weeklyBenefitAmount: "692.31",
      },
    },
  ]);

  it("claims filed 2021-10-01 – 2022-07-25 use ten quarters, not captured → PARAMETER_NOT_KNOWN for the AWW rule [7 DCMR 3503.1(b)(1)]", () => {
    const result = evaluate({
      ...BASE,
      averageWeeklyWage: null,
      applicationDate: "2022-07-25",
      leaveStartDate: "2022-07-25",
      wageQuarters: wages,
    });
    expect(isErrorResult(result) ? result.error.code : "evaluated").toBe("PARAMETER_NOT_KNOWN");
    expect(isErrorResult(result) ? result.error.message : "").toContain("quarters used for the average weekly wage");
    const rule = (on: string) => {
      try {
        return JSON.stringify(resolveParameter(P.averageWeeklyWageRule, date(on)).value);
      } catch {
        return "unknown";
      }
    };
    expect([rule("2021-09-30"), rule("2021-10-01"), rule("2022-07-25"), rule("2022-07-26")]).toEqual([
      '{"quartersConsidered":5,"quartersUsed":4}',
      "unknown",
      "unknown",
      '{"quartersConsidered":5,"quartersUsed":4}',
    ]);
  });
});

describe("DC PFL: weeks per reason and combined, prenatal with parental leave", () => {
  runCases(BASE, [
    {
      name: "medical leave: 12 weeks, 12 in all, no waiting week",
      source: "seed 003:1453, 1455; D.C. Code §32-541.04(b)(3)",
      expect: {
        maxWeeks: 12,
        maxCombinedWeeks: 12,
        remainingWeeks: 12,
        waitingPeriodDays: 0,
        leaveWindow: { kind: "rolling-back", start: "2022-01-17", end: "2023-01-15" },
      },
    },
    {
      name: "prenatal leave: 2 weeks",
      source: "seed 003:1454",
      request: { leaveReason: "PRENATAL" },
      expect: { eligible: true, maxWeeks: 2, maxCombinedWeeks: 12 },
    },
    {
      name: "parental leave after 2 weeks of prenatal leave: 12 weeks remain (14 combined)",
      source: "seed 003:1455 (parental + prenatal 14)",
      request: {
        leaveReason: "BONDING",
        priorLeave: [{ leaveReason: "PRENATAL", startDate: "2022-11-07", endDate: "2022-11-20" }],
      },
      expect: { remainingWeeks: 12, maxCombinedWeeks: 14 },
    },
    {
      name: "prenatal leave after 12 weeks of parental leave: 2 weeks remain",
      source: "seed 003:1455",
      request: {
        leaveReason: "PRENATAL",
        priorLeave: [{ leaveReason: "BONDING", startDate: "2022-10-03", endDate: "2022-12-25" }],
      },
      expect: { remainingWeeks: 2, maxCombinedWeeks: 14 },
    },
    {
      name: "family leave after 12 weeks of parental leave: none remain (12 combined)",
      source: "seed 003:1455",
      request: {
        leaveReason: "FAMILY_CARE",
        priorLeave: [{ leaveReason: "BONDING", startDate: "2022-10-03", endDate: "2022-12-25" }],
      },
      expect: { eligible: false, remainingWeeks: 0, maxCombinedWeeks: 12 },
      ineligible: ["NO_WEEKS_REMAINING"],
    },
    {
      name: "care of a domestic partner is covered",
      source: "seed 003:1400",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "DOMESTIC_PARTNER" },
      expect: { eligible: true },
    },
    {
      name: "care of a parent-in-law is covered",
      source: "seed 003:1398",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "PARENT_IN_LAW" },
      expect: { eligible: true },
    },
    {
      name: "care of a grandchild is not",
      source: "seed 003:1396-1402",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "GRANDCHILD" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "military exigency is not a DC reason",
      source: "seed 003:1393-1406",
      request: { leaveReason: "MILITARY_EXIGENCY" },
      expect: { eligible: false, maxWeeks: 0 },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "parental leave 364 days after the birth",
      source: "seed 003:1404",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2022-01-17" },
      expect: { eligible: true },
    },
    {
      name: "parental leave a year after the birth is too late",
      source: "seed 003:1404",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2022-01-16" },
      expect: { eligible: false },
      ineligible: ["BONDING_WINDOW_PASSED"],
    },
    {
      name: "more than 50% of work time in DC: 50.01% qualifies",
      source: "seed 003:1386; parameters.md §13 (G14 B)",
      request: { employment: { percentWorkTimeInJurisdiction: 50.01 } },
      expect: { eligible: true },
    },
    {
      name: "exactly 50% does not",
      source: "seed 003:1386 (more than 50%)",
      request: { employment: { percentWorkTimeInJurisdiction: 50 } },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
  ]);

  it("weeks, waiting week and reasons before and at their effective dates (claims filed) [G5 A, G7 B, G8 A; seed 003:1441-1455]", () => {
    const at = <T extends ExplanationValue>(parameter: Parameter<T>, on: string) =>
      JSON.stringify(resolveParameter(parameter, date(on)).value);
    expect([
      at(P.medicalWeeks, "2021-09-30"),
      at(P.medicalWeeks, "2021-10-01"),
      at(P.medicalWeeks, "2022-09-30"),
      at(P.medicalWeeks, "2022-10-01"),
    ]).toEqual(["2", "6", "6", "12"]);
    expect([
      at(P.parentalWeeks, "2022-09-30"),
      at(P.parentalWeeks, "2022-10-01"),
      at(P.familyWeeks, "2022-09-30"),
      at(P.familyWeeks, "2022-10-01"),
    ]).toEqual(["8", "12", "6", "12"]);
    expect([
      at(P.combinedWeeks, "2022-09-30"),
      at(P.combinedWeeks, "2022-10-01"),
      at(P.combinedWithPrenatalWeeks, "2021-10-01"),
      at(P.combinedWithPrenatalWeeks, "2022-10-01"),
    ]).toEqual(["8", "12", "10", "14"]);
    expect([
      at(P.waitingPeriodDays, "2021-10-01"),
      at(P.waitingPeriodDays, "2021-10-02"),
      at(P.waitingPeriodDays, "2022-07-25"),
    ]).toEqual(["7", "0", "0"]);
    expect([
      at(P.coveredReasons, "2021-09-30").includes("PRENATAL"),
      at(P.coveredReasons, "2021-10-01").includes("PRENATAL"),
    ]).toEqual([false, true]);
  });
});

describe("DC PFL: employer tax, deadlines and proration", () => {
  it("0.62% until 2022-06-30, employer only, no wage cap [seed 003:1418-1420]", () => {
    expect(
      calculatePremium({
        jurisdiction: "DC",
        program: "PFL",
        date: "2022-06-30",
        wages: "1000.00",
        wagesYearToDate: "900000.00",
        employerSize: 3,
      }),
    ).toMatchObject({ employerShare: "6.20", employeeShare: "0.00", total: "6.20" });
  });
  it("0.26% from 2022-07-01 [G9, G11 B; seed 003:1422]", () => {
    expect(
      calculatePremium({ jurisdiction: "DC", program: "PFL", date: "2022-07-01", wages: "1000.00", employerSize: 3 }),
    ).toMatchObject({ total: "2.60" });
  });
  it("0.75% from 2024-07-01 [G1 B]", () => {
    expect(
      calculatePremium({ jurisdiction: "DC", program: "PFL", date: "2024-07-01", wages: "1000.00", employerSize: 3 }),
    ).toMatchObject({ total: "7.50", employerShare: "7.50" });
  });
  it("the rate from July 2026 is not in the data → PARAMETER_NOT_KNOWN", () => {
    expect(
      calculatePremium({ jurisdiction: "DC", program: "PFL", date: "2026-07-01", wages: "1000.00", employerSize: 3 }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("appeal within 60 days of the adverse determination; no employer-response period [seed 003:1510-1516]", () => {
    expect(appealDeadline({ jurisdiction: "DC", program: "PFL", decisionDate: "2023-02-01" })).toMatchObject({
      dueDate: "2023-04-02",
    });
    expect(employerResponseDeadline({ jurisdiction: "DC", program: "PFL", from: "2023-02-01" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
  });
  it("one day of a five-day week: 1/5 of $886.40 = $177.28 [seed 003:1437]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "DC",
        program: "PFL",
        date: "2023-02-01",
        weeklyBenefitAmount: "886.40",
        daysClaimed: 1,
        typicalWorkDaysPerWeek: 5,
      }),
    ).toMatchObject({ amount: "177.28" });
  });
});

describe("DC PFL: waiting week and weeks before 2022-10-01 (rules tested directly: the bend point is not known for those claims)", () => {
  const context = (request: Record<string, unknown>) => {
    const parsed = parseEvaluationRequest({ ...BASE, ...request });
    const window = dcPfl.benefit.leaveWindow(parsed);
    const ctx = new RuleContext(dcPfl.benefit.parameterDate(parsed, window).date);
    return { parsed, window, ctx };
  };

  it("claims filed through 2021-10-01 wait one week [D.C. Code §32-541.04(b)(1) (G8 A)]", () => {
    const { parsed, window, ctx } = context({ applicationDate: "2021-10-01", leaveStartDate: "2021-09-27" });
    expect(dcPfl.benefit.waitingPeriodDays(parsed, window, ctx)).toBe(7);
  });
  it("…only once in 52 weeks: an earlier leave in the window already served it [§32-541.04(b)(1)]", () => {
    const { parsed, window, ctx } = context({
      applicationDate: "2021-06-01",
      leaveStartDate: "2021-06-07",
      priorLeave: [{ leaveReason: "FAMILY_CARE", startDate: "2021-01-04", endDate: "2021-01-22" }],
    });
    expect(dcPfl.benefit.waitingPeriodDays(parsed, window, ctx)).toBe(0);
  });
  it("claims filed after 2021-10-01 do not wait [§32-541.04(b)(2)]", () => {
    const { parsed, window, ctx } = context({ applicationDate: "2021-10-02", leaveStartDate: "2021-09-27" });
    expect(dcPfl.benefit.waitingPeriodDays(parsed, window, ctx)).toBe(0);
  });
  it("claims filed 2021-10-01 – 2022-09-30: parental 8 + prenatal 2 = 10 weeks combined; medical 6 [seed 003:1443-1447]", () => {
    const bonding = context({
      leaveReason: "BONDING",
      applicationDate: "2022-03-01",
      leaveStartDate: "2022-03-07",
      priorLeave: [{ leaveReason: "PRENATAL", startDate: "2022-01-10", endDate: "2022-01-23" }],
    });
    expect(dcPfl.benefit.entitlement(bonding.parsed, bonding.window, bonding.ctx, undefined as never)).toMatchObject({
      maxWeeks: 8,
      maxCombinedWeeks: 10,
      remainingWeeks: 8,
    });
    const medical = context({ applicationDate: "2022-03-01", leaveStartDate: "2022-03-07" });
    expect(dcPfl.benefit.entitlement(medical.parsed, medical.window, medical.ctx, undefined as never)).toMatchObject({
      maxWeeks: 6,
      maxCombinedWeeks: 8,
    });
  });
  it("claims filed at launch (2020-07-01): medical 2 weeks, combined 8; prenatal leave not yet a reason [G5 A]", () => {
    const medical = context({ applicationDate: "2020-07-01", leaveStartDate: "2020-07-06" });
    expect(dcPfl.benefit.entitlement(medical.parsed, medical.window, medical.ctx, undefined as never)).toMatchObject({
      maxWeeks: 2,
      maxCombinedWeeks: 8,
    });
    const prenatal = context({ leaveReason: "PRENATAL", applicationDate: "2021-09-30", leaveStartDate: "2021-09-30" });
    const test = dcPfl.benefit.eligibilityTests.find((t) => t.id === "reason-in-force");
    const outcome = test?.run(
      {
        request: prenatal.parsed,
        wages: { source: "given", basePeriod: null, averageWeeklyWage: ZERO },
        weeklyBenefit: ZERO,
      },
      prenatal.ctx,
    );
    expect(outcome).toMatchObject({ outcome: "failed", reason: { code: "LEAVE_REASON_NOT_COVERED" } });
  });
});
