import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

const BASE = {
  id: "ny-dbl",
  jurisdiction: "NY",
  program: "DBL",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2025-03-10",
  leaveStartDate: "2025-03-10",
  employment: { startDate: "2020-01-01" },
};
const WEEKS = [
  "2025-01-11",
  "2025-01-18",
  "2025-01-25",
  "2025-02-01",
  "2025-02-08",
  "2025-02-15",
  "2025-02-22",
  "2025-03-01",
];
const eightWeeks = (amount: string) => WEEKS.map((weekEnding) => ({ weekEnding, wages: amount }));
const STATUTE = "WCL §204(2) (P15 A); parameters.md §7b";

describe("NY DBL: 50% of the AWW, at most $170; an AWW under $20 is paid in full", () => {
  runCases({ ...BASE, employment: null }, [
    {
      name: "AWW $300 → $150",
      source: STATUTE,
      request: { averageWeeklyWage: "300.00" },
      expect: {
        weeklyBenefitAmount: "150.00",
        maximumWeeklyBenefit: "170.00",
        minimumWeeklyBenefit: null,
        stateAverageWeeklyWage: null,
      },
    },
    {
      name: "AWW $339.99 → $169.995 → $170.00 (halves up)",
      source: `${STATUTE}; rounding per program.ts`,
      request: { averageWeeklyWage: "339.99" },
      expect: { weeklyBenefitAmount: "170.00" },
    },
    {
      name: "AWW $339.97 → $169.985 → $169.99",
      source: STATUTE,
      request: { averageWeeklyWage: "339.97" },
      expect: { weeklyBenefitAmount: "169.99" },
    },
    {
      name: "AWW $340 → $170 = the maximum",
      source: STATUTE,
      request: { averageWeeklyWage: "340.00" },
      expect: { weeklyBenefitAmount: "170.00" },
    },
    {
      name: "AWW $340.01 → capped at $170",
      source: STATUTE,
      request: { averageWeeklyWage: "340.01" },
      expect: { weeklyBenefitAmount: "170.00" },
    },
    {
      name: "AWW $19.99 → the whole AWW, $19.99",
      source: `${STATUTE}; F1:188`,
      request: { averageWeeklyWage: "19.99" },
      expect: { weeklyBenefitAmount: "19.99" },
    },
    {
      name: "AWW $20.00 → half, $10.00 (the statutory cliff: no $20 floor since 1989)",
      source: `${STATUTE} (the 1989 text has no "nor less than twenty dollars")`,
      request: { averageWeeklyWage: "20.00" },
      expect: { weeklyBenefitAmount: "10.00" },
    },
  ]);
});

describe("NY DBL: dates", () => {
  const at = (d: string) => ({ applicationDate: d, leaveStartDate: d, averageWeeklyWage: "1000.00", employment: null });
  runCases(BASE, [
    {
      name: "2019-12-31: rules before the reference data → PARAMETER_NOT_KNOWN",
      source: "parameters.md §7b (2020–2026)",
      request: at("2019-12-31"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2020-01-01: $170",
      source: "parameters.md §7b",
      request: at("2020-01-01"),
      expect: { weeklyBenefitAmount: "170.00" },
    },
    {
      name: "2026-12-31: $170",
      source: "parameters.md §7b; P19 (B)",
      request: at("2026-12-31"),
      expect: { weeklyBenefitAmount: "170.00" },
    },
    {
      name: "2027-01-01: the maximum is verified through 2026 only → PARAMETER_NOT_KNOWN",
      source: "contradictions note 17 (2026 status not found)",
      request: at("2027-01-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("NY DBL: AWW from the last 8 weeks, employment test", () => {
  runCases(BASE, [
    {
      name: "8 weeks of $500 → AWW $500 → $170 (max)",
      source: "F3:150; P14 (B)",
      request: { weeklyWages: eightWeeks("500.00") },
      expect: { averageWeeklyWage: "500.00", weeklyBenefitAmount: "170.00", averageWeeklyWageSource: "wage-records" },
    },
    {
      name: "8 weeks of $250.01 → $125.005 → $125.01",
      source: "F3:150",
      request: { weeklyWages: eightWeeks("250.01") },
      expect: { weeklyBenefitAmount: "125.01" },
    },
    {
      name: "quarterly totals → WAGE_MEASURE_UNAVAILABLE",
      source: "F3:150",
      request: { wageQuarters: quarters(["2024-Q4", "6500"]) },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
    {
      name: "exactly 4 consecutive weeks (28 days) qualifies",
      source: "F3:110 (4 consecutive weeks)",
      request: { weeklyWages: eightWeeks("300"), employment: { startDate: "2025-02-10" } },
      expect: { eligible: true },
    },
    {
      name: "27 days does not",
      source: "F3:110",
      request: { weeklyWages: eightWeeks("300"), employment: { startDate: "2025-02-11" } },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
    {
      name: "part-time: 25 days worked qualifies",
      source: "F3:111; F1:184",
      request: { weeklyWages: eightWeeks("300"), employment: { daysWorked: 25 } },
      expect: { eligible: true },
    },
    {
      name: "part-time: 24 days does not",
      source: "F3:111",
      request: { weeklyWages: eightWeeks("300"), employment: { daysWorked: 24 } },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
    {
      name: "pay records without employment facts → EMPLOYMENT_DATA_REQUIRED",
      source: "F3:108-113",
      request: { weeklyWages: eightWeeks("300"), employment: null },
      error: "EMPLOYMENT_DATA_REQUIRED",
    },
  ]);
});

describe("NY DBL: 26 weeks in 52, combined with PFL; waiting period; reasons", () => {
  runCases({ ...BASE, averageWeeklyWage: "300.00", employment: null }, [
    {
      name: "26 weeks, 26 combined, 7-day waiting period",
      source: "F3:132, 156, 164",
      expect: {
        maxWeeks: 26,
        maxCombinedWeeks: 26,
        remainingWeeks: 26,
        waitingPeriodDays: 7,
        leaveWindow: { kind: "rolling-back", start: "2024-03-11", end: "2025-03-09" },
      },
    },
    {
      name: "12 weeks of PFL bonding in the last 52 weeks leave 14 weeks of DBL",
      source: "F3:164 (combined PFL and DBL ≤ 26 weeks in 52); ny-pfl combined parameter",
      request: { priorLeave: [{ leaveReason: "BONDING", startDate: "2024-06-01", endDate: "2024-08-23" }] },
      expect: { remainingWeeks: 14, maxWeeks: 26 },
    },
    {
      name: "20 weeks of DBL in the last 52 weeks leave 6",
      source: "F3:156",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-04-01", endDate: "2024-08-18" }] },
      expect: { remainingWeeks: 6, waitingPeriodDays: 7 },
    },
    {
      name: "a disability that ended 2 months 30 days before is the same period: no new waiting period",
      source: "F3:136-137 (less than 3 months apart)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-11-01", endDate: "2024-12-11" }] },
      expect: { waitingPeriodDays: 0 },
    },
    {
      name: "one that ended exactly 3 months before starts a new period: 7 days",
      source: "F3:136",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-11-01", endDate: "2024-12-10" }] },
      expect: { waitingPeriodDays: 7 },
    },
    {
      name: "pregnancy is covered",
      source: "F3:127",
      request: { leaveReason: "PREGNANCY" },
      expect: { eligible: true },
    },
    {
      name: "family care is NY PFL",
      source: "F3:123-128",
      request: { leaveReason: "FAMILY_CARE" },
      expect: { eligible: false, maxWeeks: 0 },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
  ]);
});

describe("NY DBL: operations without documented rules", () => {
  it("the $0.60-a-week contribution cap does not fit the yearly premium operation → RULE_NOT_DOCUMENTED", () => {
    expect(
      calculatePremium({ jurisdiction: "NY", program: "DBL", date: "2025-04-04", wages: "1000.00", employerSize: 5 }),
    ).toMatchObject({ error: { code: "RULE_NOT_DOCUMENTED" } });
  });
  it("no employer-response or appeal period in the documents → DEADLINE_NOT_DOCUMENTED [rules-from-seeds §27.26]", () => {
    expect(employerResponseDeadline({ jurisdiction: "NY", program: "DBL", from: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(appealDeadline({ jurisdiction: "NY", program: "DBL", decisionDate: "2025-05-23" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
  });
});
