import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

const BASE = {
  id: "ny",
  jurisdiction: "NY",
  program: "PFL",
  leaveReason: "BONDING",
  applicationDate: "2025-03-01",
  leaveStartDate: "2025-03-10",
  employment: { startDate: "2020-01-01", regularHoursPerWeek: 40 },
};
const EXAMPLES_2021 = "parameters.md New York PFL worked examples, paidfamilyleave.ny.gov 2021 (A)";

function eightWeeks(amount: string, extra: readonly { weekEnding: string; wages: string }[] = []) {
  const weeks = [
    "2025-01-11",
    "2025-01-18",
    "2025-01-25",
    "2025-02-01",
    "2025-02-08",
    "2025-02-15",
    "2025-02-22",
    "2025-03-01",
  ].map((weekEnding) => ({ weekEnding, wages: amount }));
  return [...extra, ...weeks];
}

describe("NY PFL: the 2021 worked examples (67%, maximum $971.61)", () => {
  runCases({ ...BASE, applicationDate: "2021-05-20", leaveStartDate: "2021-06-01" }, [
    {
      name: "AWW $600 → $402",
      source: EXAMPLES_2021,
      request: { averageWeeklyWage: "600.00" },
      expect: { weeklyBenefitAmount: "402.00", stateAverageWeeklyWage: "1450.17" },
    },
    {
      name: "AWW $1,000 → $670",
      source: EXAMPLES_2021,
      request: { averageWeeklyWage: "1000.00" },
      expect: { weeklyBenefitAmount: "670.00" },
    },
    {
      name: "AWW $2,000 → the $971.61 maximum",
      source: EXAMPLES_2021,
      request: { averageWeeklyWage: "2000.00" },
      expect: { weeklyBenefitAmount: "971.61", maximumWeeklyBenefit: "971.61" },
    },
  ]);
});

describe("NY PFL: AWW from the last 8 weeks of pay", () => {
  runCases(BASE, [
    {
      name: "only the last 8 weeks before leave count (older and later weeks are ignored)",
      source: "paidfamilyleave.ny.gov/handling-requests (A): last 8 weeks of gross wages",
      request: {
        weeklyWages: eightWeeks("1000.00", [
          { weekEnding: "2025-01-04", wages: "5000.00" },
          { weekEnding: "2025-03-15", wages: "9999.00" },
        ]),
      },
      expect: {
        averageWeeklyWage: "1000.00",
        weeklyBenefitAmount: "670.00",
        averageWeeklyWageSource: "wage-records",
        basePeriod: null,
      },
    },
    {
      name: "the average is rounded to the cent: $8,000.04 ÷ 8 = $1,000.005 → $1,000.01 → $670.01",
      source: "paidfamilyleave.ny.gov/handling-requests; rounding per program.ts header",
      request: { weeklyWages: [...eightWeeks("1000.00").slice(1), { weekEnding: "2025-01-11", wages: "1000.04" }] },
      expect: { averageWeeklyWage: "1000.01", weeklyBenefitAmount: "670.01" },
    },
    {
      name: "quarterly totals cannot give the 8-week AWW → WAGE_MEASURE_UNAVAILABLE",
      source: "paidfamilyleave.ny.gov/handling-requests",
      request: { wageQuarters: quarters(["2024-Q4", "13000"]) },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
    {
      name: "no week of pay before the leave → WAGE_MEASURE_UNAVAILABLE",
      source: "paidfamilyleave.ny.gov/handling-requests",
      request: { weeklyWages: [{ weekEnding: "2025-03-15", wages: "1000.00" }] },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
  ]);
});

describe("NY PFL: the 2025 maximum ($1,177.32) and the year boundaries", () => {
  runCases(BASE, [
    {
      name: "AWW $1,757.18 → $1,177.31 (just under the maximum)",
      source: "parameters.md §7a 2025 row (P9 A)",
      request: { averageWeeklyWage: "1757.18" },
      expect: { weeklyBenefitAmount: "1177.31" },
    },
    {
      name: "AWW = NYSAWW $1,757.19 → $1,177.3173 → $1,177.32 = maximum",
      source: "parameters.md §7a 2025 row (P9 A)",
      request: { averageWeeklyWage: "1757.19" },
      expect: { weeklyBenefitAmount: "1177.32", stateAverageWeeklyWage: "1757.19" },
    },
    {
      name: "AWW $1,757.20 → capped at $1,177.32",
      source: "parameters.md §7a 2025 row (P9 A)",
      request: { averageWeeklyWage: "1757.20" },
      expect: { weeklyBenefitAmount: "1177.32" },
    },
    {
      name: "2020: 60% of AWW, capped at $840.70",
      source: "parameters.md §7a 2020 row",
      request: { applicationDate: "2020-05-01", leaveStartDate: "2020-05-04", averageWeeklyWage: "2000.00" },
      expect: { weeklyBenefitAmount: "840.70", maxWeeks: 10 },
    },
    {
      name: "2020: AWW $1,000 → 60% = $600",
      source: "seed 001:188 (60% in 2020)",
      request: { applicationDate: "2020-05-01", leaveStartDate: "2020-05-04", averageWeeklyWage: "1000.00" },
      expect: { weeklyBenefitAmount: "600.00" },
    },
    {
      name: "2026-12-31 uses the 2026 maximum $1,228.53",
      source: "parameters.md §7a 2026 row",
      request: { applicationDate: "2026-12-01", leaveStartDate: "2026-12-31", averageWeeklyWage: "5000.00" },
      expect: { weeklyBenefitAmount: "1228.53" },
    },
    {
      name: "2027 figures are not published → PARAMETER_NOT_KNOWN",
      source: "parameters.md §7a (values through 2026)",
      request: { applicationDate: "2026-12-01", leaveStartDate: "2027-01-01", averageWeeklyWage: "5000.00" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2019: the replacement rate is not stated in any source → PARAMETER_NOT_KNOWN",
      source: "rules-from-seeds note 10",
      request: { applicationDate: "2019-07-01", leaveStartDate: "2019-07-20", averageWeeklyWage: "1000.00" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2018: the reference figures start in 2020 → PARAMETER_NOT_KNOWN",
      source: "parameters.md §7a (2020–2026)",
      request: { applicationDate: "2018-05-01", leaveStartDate: "2018-06-01", averageWeeklyWage: "1000.00" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "leave before 2018 → BENEFITS_NOT_YET_PAYABLE",
      source: "seed 003:211 (effective 2018)",
      request: { applicationDate: "2017-12-01", leaveStartDate: "2017-12-31", averageWeeklyWage: "1000.00" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
  ]);
});

describe("NY PFL: employment eligibility", () => {
  const weeks = { weeklyWages: eightWeeks("1000.00") };
  runCases(BASE, [
    {
      name: "20+ hours a week: exactly 26 weeks (182 days) of employment qualifies",
      source: "seed 003:250",
      request: { ...weeks, employment: { startDate: "2024-09-09", regularHoursPerWeek: 20 } },
      expect: { eligible: true },
    },
    {
      name: "20+ hours a week: one day short of 26 weeks does not",
      source: "seed 003:250",
      request: { ...weeks, employment: { startDate: "2024-09-10", regularHoursPerWeek: 40 } },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
    {
      name: "under 20 hours a week: 175 days worked qualifies",
      source: "seed 003:251",
      request: { ...weeks, employment: { regularHoursPerWeek: 19.5, daysWorked: 175 } },
      expect: { eligible: true },
    },
    {
      name: "under 20 hours a week: 174 days does not",
      source: "seed 003:251",
      request: { ...weeks, employment: { regularHoursPerWeek: 19.5, daysWorked: 174 } },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
    {
      name: "pay records without employment facts → EMPLOYMENT_DATA_REQUIRED",
      source: "seed 003:248-253",
      request: { ...weeks, employment: null },
      error: "EMPLOYMENT_DATA_REQUIRED",
    },
    {
      name: "an estimate from a given AWW without employment facts skips the test",
      source: "issue contract (estimate)",
      request: { averageWeeklyWage: "1000.00", employment: null },
      expect: { eligible: true },
    },
  ]);
});

describe("NY PFL: reasons, family members and weeks", () => {
  runCases({ ...BASE, averageWeeklyWage: "1000.00" }, [
    {
      name: "12 weeks of PFL, 26 with DBL",
      source: "seed 003:295, 306",
      expect: { maxWeeks: 12, maxCombinedWeeks: 26, remainingWeeks: 12, waitingPeriodDays: 0 },
    },
    {
      name: "20 weeks of disability (DBL) in the last 52 weeks leave 6 weeks of PFL",
      source: "seed 003:306 (PFL + DBL ≤ 26 weeks in 52)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-08-01", endDate: "2024-12-18" }] },
      expect: { remainingWeeks: 6, leaveWindow: { kind: "rolling-back", start: "2024-03-11", end: "2025-03-09" } },
    },
    {
      name: "10 weeks of PFL in the last 52 weeks leave 2",
      source: "seed 003:295, 312-314",
      request: { priorLeave: [{ leaveReason: "FAMILY_CARE", startDate: "2024-10-01", endDate: "2024-12-09" }] },
      expect: { remainingWeeks: 2 },
    },
    {
      name: "the employee's own illness is NY DBL, not PFL",
      source: "seed 003:255-260",
      request: { leaveReason: "OWN_HEALTH" },
      expect: { eligible: false, maxWeeks: 0 },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "a sibling is not covered for leave starting 2022-12-31",
      source: "seed 003:269 (siblings from 2023-01-01)",
      request: {
        leaveReason: "FAMILY_CARE",
        familyRelationship: "SIBLING",
        applicationDate: "2022-12-01",
        leaveStartDate: "2022-12-31",
      },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "a sibling is covered for leave starting 2023-01-01",
      source: "seed 003:269",
      request: {
        leaveReason: "FAMILY_CARE",
        familyRelationship: "SIBLING",
        applicationDate: "2022-12-01",
        leaveStartDate: "2023-01-01",
      },
      expect: { eligible: true },
    },
    {
      name: "bonding 364 days after the birth is within the first 12 months",
      source: "seed 003:257",
      request: { birthOrPlacementDate: "2024-03-11" },
      expect: { eligible: true },
    },
    {
      name: "bonding 12 months after the birth is too late",
      source: "seed 003:257",
      request: { birthOrPlacementDate: "2024-03-10" },
      expect: { eligible: false },
      ineligible: ["BONDING_WINDOW_PASSED"],
    },
  ]);
});

describe("NY PFL: contributions, deadlines and proration", () => {
  it("2025: 0.388% of $1,000 = $3.88, employee only [P10 B]", () => {
    expect(
      calculatePremium({ jurisdiction: "NY", program: "PFL", date: "2025-04-04", wages: "1000.00", employerSize: 5 }),
    ).toMatchObject({ employeeShare: "3.88", employerShare: "0.00", total: "3.88" });
  });
  it("the yearly maximum $354.53 caps the contribution: $353.08 already paid leaves $1.45 [parameters.md §7a 2025 row]", () => {
    expect(
      calculatePremium({
        jurisdiction: "NY",
        program: "PFL",
        date: "2025-12-26",
        wages: "1000.00",
        wagesYearToDate: "91000.00",
        employerSize: 5,
      }),
    ).toMatchObject({ employeeShare: "1.45" });
  });
  it("2026: 0.432% [parameters.md §7a 2026 row]", () => {
    expect(
      calculatePremium({ jurisdiction: "NY", program: "PFL", date: "2026-04-03", wages: "1000.00", employerSize: 5 }),
    ).toMatchObject({ employeeShare: "4.32" });
  });
  it("Part B is due within 3 business days, skipping Election Day 2024-11-05 → 2024-11-07 [12 NYCRR 380-5.1(a); GCL §24]", () => {
    expect(employerResponseDeadline({ jurisdiction: "NY", program: "PFL", from: "2024-11-01" })).toMatchObject({
      dueDate: "2024-11-07",
    });
  });
  it("a denial is appealed within 26 weeks [seed 003:345]", () => {
    expect(appealDeadline({ jurisdiction: "NY", program: "PFL", decisionDate: "2024-01-01" })).toMatchObject({
      dueDate: "2024-07-01",
    });
  });
  it("full-day increments: 2 of 5 workdays of $1,000 → $400 [seed 003:302]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "NY",
        program: "PFL",
        date: "2025-05-01",
        weeklyBenefitAmount: "1000.00",
        daysClaimed: 2,
        typicalWorkDaysPerWeek: 5,
      }),
    ).toMatchObject({ amount: "400.00" });
  });
  it("day-based programs need days, not hours → INVALID_HOURS", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "NY",
        program: "PFL",
        date: "2025-05-01",
        weeklyBenefitAmount: "1000.00",
        hoursClaimed: 8,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ error: { code: "INVALID_HOURS" } });
  });
});
