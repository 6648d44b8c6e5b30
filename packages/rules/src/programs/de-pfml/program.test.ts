import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

const EMPLOYED = { startDate: "2020-01-06", hoursLast12Months: 2000, employerSize: 100 };
const BASE = {
  id: "de",
  jurisdiction: "DE",
  program: "PFML",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2026-02-02",
  leaveStartDate: "2026-02-09",
  averageWeeklyWage: "1000.00",
  employment: EMPLOYED,
};
const ROW_2026 = "parameters.md §11 2026 row: 80% of AWW, min $100 or AWW, max $900";

/** Weeks of pay ending on Saturdays, counting back from the week ending `last`. */
function weeksOfPay(count: number, amount: string, last = "2026-01-31"): { weekEnding: string; wages: string }[] {
  const end = new Date(`${last}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, i) => ({
    weekEnding: new Date(end - i * 7 * 86_400_000).toISOString().slice(0, 10),
    wages: amount,
  }));
}

describe("DE PFML: 80% of the AWW between the minimum and the $900 maximum", () => {
  runCases(BASE, [
    {
      name: "AWW $1,000 → $800.00",
      source: `${ROW_2026}; 19 DAC 1401-5.1.2 (A)`,
      expect: {
        weeklyBenefitAmount: "800.00",
        maximumWeeklyBenefit: "900.00",
        minimumWeeklyBenefit: "100.00",
        stateAverageWeeklyWage: null,
      },
    },
    {
      name: "AWW $1,124.99 → $899.992 → $899.99",
      source: ROW_2026,
      request: { averageWeeklyWage: "1124.99" },
      expect: { weeklyBenefitAmount: "899.99" },
    },
    {
      name: "AWW $1,125.00 → $900.00 = the maximum",
      source: ROW_2026,
      request: { averageWeeklyWage: "1125.00" },
      expect: { weeklyBenefitAmount: "900.00" },
    },
    {
      name: "AWW $1,125.01 → capped at $900.00",
      source: ROW_2026,
      request: { averageWeeklyWage: "1125.01" },
      expect: { weeklyBenefitAmount: "900.00" },
    },
    {
      name: "AWW $125.00 → $100.00 = the minimum",
      source: ROW_2026,
      request: { averageWeeklyWage: "125.00" },
      expect: { weeklyBenefitAmount: "100.00" },
    },
    {
      name: "AWW $124.99 → $99.99 → raised to the $100 minimum",
      source: ROW_2026,
      request: { averageWeeklyWage: "124.99" },
      expect: { weeklyBenefitAmount: "100.00", minimumWeeklyBenefit: "100.00" },
    },
    {
      name: "AWW $90 (under $100) → the minimum is the full AWW: $90.00",
      source: `${ROW_2026} (E6 B); seed 003:1671`,
      request: { averageWeeklyWage: "90.00" },
      expect: { weeklyBenefitAmount: "90.00", minimumWeeklyBenefit: "90.00" },
    },
  ]);
});

describe("DE PFML: AWW = gross pay of the 52 weeks before the application ÷ 52", () => {
  const base = { ...BASE, averageWeeklyWage: null };
  runCases(base, [
    {
      name: "52 weeks of $1,000 (weeks ending 2025-02-08 … 2026-01-31) → $1,000 → $800; earlier and later weeks are ignored",
      source: "19 DAC 1401-1.0 and 1401-5.1.1 (A)",
      request: {
        weeklyWages: [
          ...weeksOfPay(52, "1000.00"),
          { weekEnding: "2025-02-01", wages: "9000.00" },
          { weekEnding: "2026-02-07", wages: "9000.00" },
        ],
      },
      expect: {
        averageWeeklyWage: "1000.00",
        weeklyBenefitAmount: "800.00",
        averageWeeklyWageSource: "wage-records",
        basePeriod: null,
      },
    },
    {
      name: "only 26 weeks of pay: the rest count as zero → $500 → $400",
      source: "19 DAC 1401-1.0 (prior 52 weeks ÷ 52)",
      request: { weeklyWages: weeksOfPay(26, "1000.00") },
      expect: { averageWeeklyWage: "500.00", weeklyBenefitAmount: "400.00" },
    },
    {
      name: "$52,000.26 ÷ 52 = $1,000.005 → $1,000.01 → $800.008 → $800.01 (cent rounding)",
      source: "19 DAC 1401-5.1; rounding per program.ts header",
      request: { weeklyWages: [...weeksOfPay(51, "1000.00"), { weekEnding: "2025-02-08", wages: "1000.26" }] },
      expect: { averageWeeklyWage: "1000.01", weeklyBenefitAmount: "800.01" },
    },
    {
      name: "quarterly totals cannot give the 52-week AWW → WAGE_MEASURE_UNAVAILABLE",
      source: "19 DAC 1401-5.1.1",
      request: { wageQuarters: quarters(["2025-Q4", "13000"]) },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
    {
      name: "weekly pay without employment facts → EMPLOYMENT_DATA_REQUIRED",
      source: "19 Del. C. §3701(3)",
      request: { weeklyWages: weeksOfPay(52, "1000.00"), employment: null },
      error: "EMPLOYMENT_DATA_REQUIRED",
    },
  ]);
});

describe("DE PFML: dates", () => {
  const at = (leaveStartDate: string) => ({
    applicationDate: leaveStartDate,
    leaveStartDate,
    averageWeeklyWage: "2000.00",
  });
  runCases(BASE, [
    {
      name: "leave 2025-12-31 is before benefits began → BENEFITS_NOT_YET_PAYABLE",
      source: "seed 003:1572 (benefits start 2026-01-01)",
      request: at("2025-12-31"),
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "2026-01-01: maximum $900",
      source: ROW_2026,
      request: at("2026-01-01"),
      expect: { weeklyBenefitAmount: "900.00" },
    },
    {
      name: "2027-12-31: still $900 (2026 and 2027)",
      source: "seed 003:1672; parameters.md §11 (E7 A)",
      request: at("2027-12-31"),
      expect: { weeklyBenefitAmount: "900.00" },
    },
    {
      name: "2028 maximum is indexed and not published → PARAMETER_NOT_KNOWN",
      source: "19 DAC 1401-5.2 (A)",
      request: at("2028-01-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("DE PFML: eligibility (12 months, 1,250 hours) and employer coverage", () => {
  const employed = (facts: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    employment: { ...EMPLOYED, ...facts },
    ...extra,
  });
  runCases(BASE, [
    {
      name: "12 months with the employer on the first day of leave qualifies",
      source: "19 Del. C. §3701(3); 19 DAC 1401-1.0",
      request: employed({ startDate: "2025-02-09" }),
      expect: { eligible: true },
    },
    {
      name: "a day short does not",
      source: "19 Del. C. §3701(3)",
      request: employed({ startDate: "2025-02-10" }),
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
    {
      name: "exactly 1,250 hours qualifies",
      source: "19 Del. C. §3701(3); seed 003:1616",
      request: employed({ hoursLast12Months: 1250 }),
      expect: { eligible: true },
    },
    {
      name: "1,249.5 hours does not",
      source: "seed 003:1616",
      request: employed({ hoursLast12Months: 1249.5 }),
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_HOURS"],
    },
    {
      name: "25 employees: medical leave is covered",
      source: "seed 003:1604; parameters.md §11 (E8 B)",
      request: employed({ employerSize: 25 }),
      expect: { eligible: true },
    },
    {
      name: "24 employees: medical leave is not (parental only)",
      source: "seed 003:1603",
      request: employed({ employerSize: 24 }),
      expect: { eligible: false },
      ineligible: ["EMPLOYER_NOT_COVERED"],
    },
    {
      name: "24 employees: parental leave is",
      source: "seed 003:1603",
      request: employed({ employerSize: 24 }, { leaveReason: "BONDING" }),
      expect: { eligible: true },
    },
    {
      name: "10 employees: parental leave is",
      source: "seed 003:1603",
      request: employed({ employerSize: 10 }, { leaveReason: "BONDING" }),
      expect: { eligible: true },
    },
    {
      name: "9 employees: not covered (unless the employer opted in)",
      source: "seed 003:1607; parameters.md §11 (E8 B)",
      request: employed({ employerSize: 9 }, { leaveReason: "BONDING" }),
      expect: { eligible: false },
      ineligible: ["EMPLOYER_NOT_COVERED"],
    },
    {
      name: "an estimate without employment facts skips these tests",
      source: "issue contract (estimate)",
      request: { employment: null },
      expect: { eligible: true },
    },
  ]);
});

describe("DE PFML: weeks per application year and medical + caregiving in any 24 months", () => {
  const base = { ...BASE, applicationDate: "2027-08-30", leaveStartDate: "2027-09-06" };
  runCases(base, [
    {
      name: "medical leave: 6 weeks, 12 in all",
      source: "parameters.md §11 (E8 B)",
      expect: { maxWeeks: 6, maxCombinedWeeks: 12, remainingWeeks: 6, waitingPeriodDays: 0 },
    },
    {
      name: "parental leave: 12 weeks",
      source: "seed 003:1681",
      request: { leaveReason: "BONDING" },
      expect: { maxWeeks: 12, remainingWeeks: 12 },
    },
    {
      name: "12 weeks of parental leave in the application year leave no medical leave",
      source: "seed 003:1679 (12 weeks per application year)",
      request: { priorLeave: [{ leaveReason: "BONDING", startDate: "2027-03-01", endDate: "2027-05-23" }] },
      expect: { eligible: false, remainingWeeks: 0 },
      ineligible: ["NO_WEEKS_REMAINING"],
    },
    {
      name: "6 weeks of medical leave 18 months ago (outside the application year) leave no caregiving leave: 6 in any 24 months",
      source: "seed 003:1682; parameters.md §11 (E8 B)",
      request: {
        leaveReason: "FAMILY_CARE",
        familyRelationship: "PARENT",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2026-03-02", endDate: "2026-04-12" }],
      },
      expect: { eligible: false, remainingWeeks: 0 },
      ineligible: ["NO_WEEKS_REMAINING"],
    },
    {
      name: "…but do not limit parental leave",
      source: "seed 003:1681-1682",
      request: {
        leaveReason: "BONDING",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2026-03-02", endDate: "2026-04-12" }],
      },
      expect: { remainingWeeks: 12 },
    },
    {
      name: "3 weeks of medical leave 20 months ago leave 3 weeks of caregiving leave",
      source: "seed 003:1682",
      request: {
        leaveReason: "FAMILY_CARE",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2026-01-05", endDate: "2026-01-25" }],
      },
      expect: { remainingWeeks: 3, remainingDays: 21 },
    },
    {
      name: "medical leave more than 24 months back does not count",
      source: "seed 003:1682 (any 24-month period)",
      request: {
        leaveReason: "FAMILY_CARE",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2025-07-07", endDate: "2025-08-17" }],
      },
      expect: { remainingWeeks: 6 },
    },
    {
      name: "care of a parent is covered",
      source: "DWT; Payroll People (parent, child or spouse)",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "PARENT" },
      expect: { eligible: true },
    },
    {
      name: "care of a sibling is not",
      source: "DWT; Payroll People (parent, child or spouse)",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "SIBLING" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "safe leave is not a DE reason",
      source: "seed 003:1621-1629",
      request: { leaveReason: "SAFE_LEAVE" },
      expect: { eligible: false, maxWeeks: 0 },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "parental leave 364 days after the birth is within the first year",
      source: "DWT (first year after birth or placement)",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2026-09-07" },
      expect: { eligible: true },
    },
    {
      name: "parental leave a year after the birth is too late",
      source: "DWT (first year after birth or placement)",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2026-09-06" },
      expect: { eligible: false },
      ineligible: ["BONDING_WINDOW_PASSED"],
    },
  ]);
});

describe("DE PFML: contributions, deadlines and proration", () => {
  it("25+ employees: 0.40% + 0.32% + 0.08% = 0.8% of $1,000 = $8.00, employee half [E1, E2 B; seed 003:1653-1659]", () => {
    expect(
      calculatePremium({ jurisdiction: "DE", program: "PFML", date: "2025-03-07", wages: "1000.00", employerSize: 25 }),
    ).toMatchObject({ total: "8.00", employeeShare: "4.00", employerShare: "4.00" });
  });
  it("10–24 employees: parental leave only, 0.32% = $3.20 [seed 003:1603]", () => {
    expect(
      calculatePremium({ jurisdiction: "DE", program: "PFML", date: "2025-03-07", wages: "1000.00", employerSize: 24 }),
    ).toMatchObject({ total: "3.20", employeeShare: "1.60" });
    expect(
      calculatePremium({ jurisdiction: "DE", program: "PFML", date: "2025-03-07", wages: "1000.00", employerSize: 10 }),
    ).toMatchObject({ total: "3.20" });
  });
  it("9 employees: not covered, nothing is due [seed 003:1607]", () => {
    expect(
      calculatePremium({ jurisdiction: "DE", program: "PFML", date: "2025-03-07", wages: "1000.00", employerSize: 9 }),
    ).toMatchObject({ total: "0.00", employerShareRequired: false });
  });
  it("wages over the 2025 Social Security base ($176,100) are not charged [E3 B]", () => {
    expect(
      calculatePremium({
        jurisdiction: "DE",
        program: "PFML",
        date: "2025-12-26",
        wages: "1000.00",
        wagesYearToDate: "175600.00",
        employerSize: 30,
      }),
    ).toMatchObject({ taxableWages: "500.00", total: "4.00" });
  });
  it("2027 rates are to be determined → PARAMETER_NOT_KNOWN [seed 003:1657]", () => {
    expect(
      calculatePremium({ jurisdiction: "DE", program: "PFML", date: "2027-01-08", wages: "1000.00", employerSize: 30 }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("initial appeal within 60 days of the denial: 2026-03-02 → 2026-05-01 [seed 003:1758]", () => {
    expect(appealDeadline({ jurisdiction: "DE", program: "PFML", decisionDate: "2026-03-02" })).toMatchObject({
      dueDate: "2026-05-01",
    });
  });
  it("no employer-response period and no partial-week formula are documented [seed 003:1687-1695, 1751]", () => {
    expect(employerResponseDeadline({ jurisdiction: "DE", program: "PFML", from: "2026-03-02" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "DE",
        program: "PFML",
        date: "2026-03-02",
        weeklyBenefitAmount: "800.00",
        daysClaimed: 2,
        typicalWorkDaysPerWeek: 5,
      }),
    ).toMatchObject({ error: { code: "RULE_NOT_DOCUMENTED" } });
  });
});
