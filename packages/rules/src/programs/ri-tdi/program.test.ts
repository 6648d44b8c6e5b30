import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, evaluate } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

// Leave on Wednesday 2024-03-06: the benefit year starts Sunday 2024-03-03.
const BASE = {
  id: "ri",
  jurisdiction: "RI",
  program: "TDI",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2024-03-06",
  leaveStartDate: "2024-03-06",
  averageWeeklyWage: "1000.00",
};
const ROW = (year: number) => `parameters.md §9 ${year} row`;
const at = (leave: string, aww = "1000.00") => ({
  applicationDate: leave,
  leaveStartDate: leave,
  averageWeeklyWage: aww,
});

describe("RI TDI: 4.62% of the highest quarter, rounded up to the dollar (a given AWW stands for HQ ÷ 13)", () => {
  runCases(BASE, [
    {
      name: "AWW $1,000 → HQ $13,000 × 4.62% = $600.60 → $601",
      source: "R1 (A) RIGL 28-41-5",
      expect: {
        weeklyBenefitAmount: "601.00",
        minimumWeeklyBenefit: "130.00",
        maximumWeeklyBenefit: "1043.00",
        parameterDate: { date: "2024-03-03" },
        leaveWindow: { start: "2024-03-03", end: "2025-03-01" },
      },
    },
    {
      name: "AWW $1,779.88 → $1,068.9959 → $1,069",
      source: "R1 (A); R12 (B) $1,043 max → capped",
      request: at("2024-07-10", "1779.88"),
      expect: { weeklyBenefitAmount: "1069.00", maximumWeeklyBenefit: "1070.00" },
    },
    {
      name: "AWW $1,779.89 → $1,069.0019 → $1,070 = the maximum (benefit year from 2024-07-07)",
      source: "R13 (A) $1,070",
      request: at("2024-07-10", "1779.89"),
      expect: { weeklyBenefitAmount: "1070.00" },
    },
    {
      name: "AWW $5,000 → capped at $1,070",
      source: "R13 (A)",
      request: at("2024-07-10", "5000.00"),
      expect: { weeklyBenefitAmount: "1070.00" },
    },
    {
      name: "AWW $100 → $60.06 → $61 → raised to the $130 minimum (2024)",
      source: "R14 (B) $130",
      expect: { weeklyBenefitAmount: "130.00" },
      request: { averageWeeklyWage: "100.00" },
    },
  ]);
});

describe("RI TDI: the benefit-year date selects the figures", () => {
  runCases(BASE, [
    {
      name: "leave Wednesday 2024-07-03: the benefit year starts Sunday 2024-06-30, before the July reset → $1,043",
      source: "R13 (A): benefit years starting on or after July 1",
      request: at("2024-07-03", "5000.00"),
      expect: { weeklyBenefitAmount: "1043.00", parameterDate: { date: "2024-06-30" } },
    },
    {
      name: "leave 2024-07-07 (a Sunday) → $1,070",
      source: "R13 (A)",
      request: at("2024-07-07", "5000.00"),
      expect: { weeklyBenefitAmount: "1070.00" },
    },
    {
      name: "benefit year from 2021-01-03: max $887, min $107",
      source: `${ROW(2021)}; R3 (A), R8 (B)`,
      request: at("2021-01-06", "5000.00"),
      expect: { weeklyBenefitAmount: "887.00", minimumWeeklyBenefit: "107.00" },
    },
    {
      name: "benefit year from 2021-07-04: max $978",
      source: "R7 (B): claims effective 7/4/2021 or later",
      request: at("2021-07-07", "5000.00"),
      expect: { weeklyBenefitAmount: "978.00" },
    },
    {
      name: "2025-07-06: max $1,103, min $139",
      source: `${ROW(2025)}; R17, R18 (B)`,
      request: at("2025-07-09", "5000.00"),
      expect: { weeklyBenefitAmount: "1103.00", minimumWeeklyBenefit: "139.00" },
    },
    {
      name: "2025-12-28 benefit year: still $1,103",
      source: ROW(2025),
      request: at("2025-12-31", "5000.00"),
      expect: { weeklyBenefitAmount: "1103.00" },
    },
    {
      name: "2026 benefit years (from 2026-01-04): minimum $148 (4.62% of 200 × $16.00, raised), maximum $1,103",
      source: "R.I. Gen. Laws §28-41-11 and §28-41-5 (A); $16.00 minimum wage (R20 A); R17 (B)",
      request: at("2026-01-07"),
      expect: { weeklyBenefitAmount: "601.00", minimumWeeklyBenefit: "148.00", maximumWeeklyBenefit: "1103.00" },
    },
    {
      name: "2026: AWW $100 → $60.06 → $61 → raised to the $148 minimum",
      source: "R.I. Gen. Laws §28-41-11 (A); $16.00 (R20 A)",
      request: at("2026-03-04", "100.00"),
      expect: { weeklyBenefitAmount: "148.00" },
    },
    {
      name: "2022 benefit years: the minimum is disputed ($114 derived vs the chart's $121) → PARAMETER_NOT_KNOWN",
      source: `${ROW(2022)}; F3:2841`,
      request: at("2022-03-09"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2023 benefit years: the chart's $121 minimum (4.62% of the published $2,600 quarter) → max $1,043",
      source: `${ROW(2023)}; F3:2802, F3:2841`,
      request: at("2023-09-06"),
      expect: { weeklyBenefitAmount: "601.00", minimumWeeklyBenefit: "121.00", maximumWeeklyBenefit: "1043.00" },
    },
    {
      name: "2020 benefit years: the $98 minimum is C/D only → PARAMETER_NOT_KNOWN",
      source: ROW(2020),
      request: at("2020-09-09"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2019 and earlier: not compiled → PARAMETER_NOT_KNOWN",
      source: "parameters.md §9 (2020–2026)",
      request: at("2019-09-11"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "after the July 2026 reset: not published → PARAMETER_NOT_KNOWN",
      source: ROW(2026),
      request: at("2026-07-08"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("RI TDI: wage records", () => {
  const records = quarters(
    ["2023-Q1", "6000"],
    ["2023-Q2", "6000"],
    ["2023-Q3", "6000"],
    ["2023-Q4", "6000"],
    ["2024-Q1", "6000"],
  );
  runCases(BASE, [
    {
      name: "2024 benefit years: HQ $6,000 ≥ 200 × $14.00, total $18,000 ≥ 1½ × HQ and ≥ $5,600 → eligible, $6,000 × 4.62% → $278",
      source: "R.I. Gen. Laws §28-41-11(b) (A); $14.00 from 2024-01-01 (PBN, GovDocs B)",
      request: { averageWeeklyWage: undefined, wageQuarters: records },
      expect: { eligible: true, weeklyBenefitAmount: "278.00", basePeriod: { kind: "standard", wages: "18000.00" } },
    },
    {
      name: "2026 benefit years: exactly 200 × $16.00 = $3,200 in a quarter and 400 × $16.00 = $6,400 in total qualify (benefit the $148 minimum)",
      source: "R.I. Gen. Laws §28-41-11(b) (A); $16.00 (R20 A)",
      request: {
        averageWeeklyWage: undefined,
        applicationDate: "2026-05-06",
        leaveStartDate: "2026-05-06",
        wageQuarters: quarters(["2025-Q1", "3200"], ["2025-Q2", "3200"]),
      },
      expect: { eligible: true, weeklyBenefitAmount: "148.00" },
    },
    {
      name: "2026: a cent under $3,200 in every quarter (and far under $19,200) does not qualify",
      source: "R.I. Gen. Laws §28-41-11(b) (A)",
      request: {
        averageWeeklyWage: undefined,
        applicationDate: "2026-05-06",
        leaveStartDate: "2026-05-06",
        wageQuarters: quarters(["2025-Q1", "3199.99"], ["2025-Q2", "3199.99"]),
      },
      expect: { eligible: false },
    },
    {
      name: "2026: $19,200 (3 × 400 × $16.00) in the base period qualifies by the second test, without the 1½ × HQ ratio",
      source: "R.I. Gen. Laws §28-41-11(b)(2) (A)",
      request: {
        averageWeeklyWage: undefined,
        applicationDate: "2026-05-06",
        leaveStartDate: "2026-05-06",
        wageQuarters: quarters(["2025-Q1", "19200"]),
      },
      expect: { eligible: true, weeklyBenefitAmount: "888.00" }, // $19,200 × 4.62% = $887.04, raised to $888
    },
    {
      name: "leave starting 2026-12-02 (benefit year from 2026-11-29): the maximum after the July 2026 reset was not found → PARAMETER_NOT_KNOWN",
      source: "searched DLT releases and PBN for the July 2026 maximum (2026-12-03)",
      request: {
        averageWeeklyWage: undefined,
        applicationDate: "2026-12-02",
        leaveStartDate: "2026-12-02",
        wageQuarters: quarters(
          ["2025-Q3", "13000"],
          ["2025-Q4", "13000"],
          ["2026-Q1", "13000"],
          ["2026-Q2", "13000"],
          ["2026-Q3", "13000"],
        ),
      },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "quarterly records are needed (weekly pay alone) → WAGE_MEASURE_UNAVAILABLE",
      source: "F3:2809",
      request: { averageWeeklyWage: undefined, weeklyWages: [{ weekEnding: "2024-03-02", wages: "1000" }] },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
  ]);
  it("2021 benefit years: 200 × $11.50 = $2,300 (§28-41-11; DLT's $107 minimum agrees) → wage records evaluate [Jackson Lewis, GovDocs B]", () => {
    const request = { ...BASE, applicationDate: "2021-09-08", leaveStartDate: "2021-09-08" };
    expect(
      evaluate({
        ...request,
        averageWeeklyWage: undefined,
        wageQuarters: quarters(["2020-Q2", "6000"], ["2020-Q3", "6000"], ["2020-Q4", "6000"], ["2021-Q1", "6000"]),
      }),
    ).toMatchObject({ eligible: true, weeklyBenefitAmount: "278.00", minimumWeeklyBenefit: "107.00" });
    expect(evaluate(request)).toMatchObject({ weeklyBenefitAmount: "601.00", eligible: true });
  });
});

describe("RI TDI: weeks, the combined cap with TCI, waiting period, reasons", () => {
  runCases(BASE, [
    {
      name: "30 weeks per benefit year; no unpaid waiting period (paid from day one after 7 days out)",
      source: "F3:2817, 2847; R22 (A); contradictions note 13",
      expect: { maxWeeks: 30, maxCombinedWeeks: 30, remainingWeeks: 30, waitingPeriodDays: 0 },
    },
    {
      name: "6 weeks of TCI earlier in the benefit year leave 24 weeks of TDI",
      source: "F3:2848, 2856 (TDI + TCI ≤ 30 weeks per benefit year)",
      request: {
        leaveStartDate: "2024-06-05",
        applicationDate: "2024-06-05",
        priorLeave: [{ leaveReason: "BONDING", startDate: "2024-03-06", endDate: "2024-04-16" }],
      },
      expect: { remainingWeeks: 24, parameterDate: { date: "2024-03-03" } },
    },
    {
      name: "a leave after the benefit year ends opens a new one",
      source: "F3:2865",
      request: {
        leaveStartDate: "2025-03-05",
        applicationDate: "2025-03-05",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-06", endDate: "2024-09-30" }],
      },
      expect: { remainingWeeks: 30, leaveWindow: { start: "2025-03-02" } },
    },
    {
      name: "pregnancy is covered",
      source: "F3:2813",
      request: { leaveReason: "PREGNANCY" },
      expect: { eligible: true },
    },
    {
      name: "bonding is RI TCI",
      source: "F3:2811-2813",
      request: { leaveReason: "BONDING" },
      expect: { eligible: false },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
  ]);
});

describe("RI TDI: contributions and deadlines", () => {
  it("2025: 1.3% employee-only on $1,000 = $13.00 [R15 (A)]", () => {
    expect(
      calculatePremium({ jurisdiction: "RI", program: "TDI", date: "2025-04-04", wages: "1000.00", employerSize: 3 }),
    ).toMatchObject({ employeeShare: "13.00", employerShare: "0.00" });
  });
  it("2025: the $89,200 wage base leaves $200 taxable after $89,000 → $2.60 [R15 (A)]", () => {
    expect(
      calculatePremium({
        jurisdiction: "RI",
        program: "TDI",
        date: "2025-12-26",
        wages: "1000.00",
        wagesYearToDate: "89000.00",
        employerSize: 3,
      }),
    ).toMatchObject({ taxableWages: "200.00", employeeShare: "2.60" });
  });
  it("2026: 1.1% up to the $100,000 statutory base [R20, R21 (A)]", () => {
    expect(
      calculatePremium({
        jurisdiction: "RI",
        program: "TDI",
        date: "2026-12-26",
        wages: "1000.00",
        wagesYearToDate: "99500.00",
        employerSize: 3,
      }),
    ).toMatchObject({ taxableWages: "500.00", employeeShare: "5.50" });
  });
  it("2021: rate and base only in weak sources → PARAMETER_NOT_KNOWN [R9 (C)]", () => {
    expect(
      calculatePremium({ jurisdiction: "RI", program: "TDI", date: "2021-04-02", wages: "1000.00", employerSize: 3 }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("no employer-response or appeal period in the documents → DEADLINE_NOT_DOCUMENTED", () => {
    expect(employerResponseDeadline({ jurisdiction: "RI", program: "TDI", from: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(appealDeadline({ jurisdiction: "RI", program: "TDI", decisionDate: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
  });
});
