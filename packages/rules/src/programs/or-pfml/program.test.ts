import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

// Benefit years start on Sundays: 2023-09-03, 2024-07-07, 2025-07-06 and 2026-07-05 are Sundays.
const BASE = {
  id: "or",
  jurisdiction: "OR",
  program: "PFML",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2023-10-01",
  leaveStartDate: "2023-10-02",
  averageWeeklyWage: "1000.00",
};
const K12 = "North Clackamas School District HR page, Paid Leave Oregon examples with the 2023-24 state AWW $1,269.69";
const ROW_2023 = "parameters.md §4 2023 row (O2 B): SAWW $1,269.69, max $1,523.63, min $63.48";

describe("OR PFML: published worked examples (2023-24, SAWW $1,269.69)", () => {
  runCases(BASE, [
    {
      name: "AWW $500 (under 65% of the SAWW) → 100% = $500.00",
      source: K12,
      request: { averageWeeklyWage: "500.00" },
      expect: { weeklyBenefitAmount: "500.00", stateAverageWeeklyWage: "1269.69" },
    },
    {
      name: "AWW $1,000 → $825.2985 + 50% × $174.7015 = $912.64925 → $912.65",
      source: K12,
      request: { averageWeeklyWage: "1000.00" },
      expect: { weeklyBenefitAmount: "912.65" },
    },
    {
      name: "AWW $1,442.30 → $1,133.79925 → $1,133.80",
      source: K12,
      request: { averageWeeklyWage: "1442.30" },
      expect: { weeklyBenefitAmount: "1133.80" },
    },
    {
      name: "AWW $2,403.85 → capped at the $1,523.63 maximum",
      source: K12,
      request: { averageWeeklyWage: "2403.85" },
      expect: { weeklyBenefitAmount: "1523.63", maximumWeeklyBenefit: "1523.63", minimumWeeklyBenefit: "63.48" },
    },
  ]);
});

describe("OR PFML: tier edge, maximum and minimum (2023-24)", () => {
  runCases(BASE, [
    {
      name: "one cent under the breakpoint ($825.2985): AWW $825.29 → 100% = $825.29",
      source: "ORS 657B.050(1)(a)",
      request: { averageWeeklyWage: "825.29" },
      expect: { weeklyBenefitAmount: "825.29" },
    },
    {
      name: "just over the breakpoint: AWW $825.30 → $825.2985 + 50% × $0.0015 = $825.29925 → $825.30",
      source: "ORS 657B.050(1)(b); breakpoint kept exact",
      request: { averageWeeklyWage: "825.30" },
      expect: { weeklyBenefitAmount: "825.30" },
    },
    {
      name: "AWW $825.31 → $825.30425 → $825.30 (50% above the breakpoint)",
      source: "ORS 657B.050(1)(b)",
      request: { averageWeeklyWage: "825.31" },
      expect: { weeklyBenefitAmount: "825.30" },
    },
    {
      name: "AWW $2,221.95 → $1,523.62425 → $1,523.62 (a cent under the maximum)",
      source: `ORS 657B.050; ${ROW_2023}`,
      request: { averageWeeklyWage: "2221.95" },
      expect: { weeklyBenefitAmount: "1523.62" },
    },
    {
      name: "AWW $2,221.96 → $1,523.62925 → $1,523.63 = the maximum",
      source: ROW_2023,
      request: { averageWeeklyWage: "2221.96" },
      expect: { weeklyBenefitAmount: "1523.63" },
    },
    {
      name: "AWW $2,221.98 → $1,523.64 → capped at $1,523.63",
      source: ROW_2023,
      request: { averageWeeklyWage: "2221.98" },
      expect: { weeklyBenefitAmount: "1523.63" },
    },
    {
      name: "AWW $63.48 = the minimum → $63.48",
      source: ROW_2023,
      request: { averageWeeklyWage: "63.48" },
      expect: { weeklyBenefitAmount: "63.48" },
    },
    {
      name: "AWW $63.47 → raised to the $63.48 minimum",
      source: `ORS 657B.050(2)(b); ${ROW_2023}`,
      request: { averageWeeklyWage: "63.47" },
      expect: { weeklyBenefitAmount: "63.48" },
    },
  ]);
});

describe("OR PFML: the benefit year selects the figures (first full week after July 1)", () => {
  runCases(BASE, [
    {
      name: "leave 2023-09-02 is before benefits began → BENEFITS_NOT_YET_PAYABLE",
      source: "seed 003:3515 (benefits start 2023-09-03)",
      request: { applicationDate: "2023-08-20", leaveStartDate: "2023-09-02" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "leave 2023-09-03 (a Sunday) opens its benefit year that day, with the 2023-24 figures",
      source: "OAR 471-070-1000(3)-(4); parameters.md §4 2023 row",
      request: { applicationDate: "2023-08-20", leaveStartDate: "2023-09-03" },
      expect: {
        leaveWindow: { kind: "benefit-year", start: "2023-09-03", end: "2024-08-31" },
        parameterDate: { date: "2023-09-03" },
        stateAverageWeeklyWage: "1269.69",
      },
    },
    {
      name: "leave Saturday 2024-07-06: the benefit year starts Sunday 2024-06-30, still 2023-24 figures (max $1,523.63)",
      source: "OAR 471-070-1000(3)(b); parameters.md §4",
      request: { applicationDate: "2024-07-01", leaveStartDate: "2024-07-06", averageWeeklyWage: "5000.00" },
      expect: { parameterDate: { date: "2024-06-30" }, weeklyBenefitAmount: "1523.63" },
    },
    {
      name: "leave Sunday 2024-07-07 (first full week after July 1): 2024-25 figures (SAWW $1,307.17, max $1,568.60, min $65.36)",
      source: "OAR 471-070-1000(3)(b); parameters.md §4 2024 row (O7 B)",
      request: { applicationDate: "2024-07-01", leaveStartDate: "2024-07-07", averageWeeklyWage: "5000.00" },
      expect: { stateAverageWeeklyWage: "1307.17", weeklyBenefitAmount: "1568.60", minimumWeeklyBenefit: "65.36" },
    },
    {
      name: "leave Monday 2024-07-08: benefit year from 2024-07-07, 2024-25 figures",
      source: "OAR 471-070-1000(3)-(4)",
      request: { applicationDate: "2024-07-01", leaveStartDate: "2024-07-08", averageWeeklyWage: "5000.00" },
      expect: { parameterDate: { date: "2024-07-07" }, weeklyBenefitAmount: "1568.60" },
    },
    {
      name: "a benefit year opened in June 2024 keeps the 2023-24 figures after July (the whole benefit year)",
      source: "OAR 471-070-1000(3)(c)",
      request: {
        applicationDate: "2024-08-20",
        leaveStartDate: "2024-09-02",
        averageWeeklyWage: "5000.00",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-06-10", endDate: "2024-06-21" }],
      },
      expect: {
        leaveWindow: { start: "2024-06-09" },
        stateAverageWeeklyWage: "1269.69",
        weeklyBenefitAmount: "1523.63",
      },
    },
    {
      name: "leave Saturday 2025-07-05: benefit year from 2025-06-29, 2024-25 figures",
      source: "parameters.md §4 2025 row (7/6/2025–)",
      request: { applicationDate: "2025-07-01", leaveStartDate: "2025-07-05", averageWeeklyWage: "5000.00" },
      expect: { weeklyBenefitAmount: "1568.60" },
    },
    {
      name: "leave Sunday 2025-07-06: 2025-26 figures (SAWW $1,363.80, max $1,636.56, min $68.19)",
      source: "parameters.md §4 2025 row (O7 B)",
      request: { applicationDate: "2025-07-01", leaveStartDate: "2025-07-06", averageWeeklyWage: "5000.00" },
      expect: { stateAverageWeeklyWage: "1363.80", weeklyBenefitAmount: "1636.56", minimumWeeklyBenefit: "68.19" },
    },
    {
      name: "leave Saturday 2026-07-04: benefit year from 2026-06-28, last benefit year of the 2025-26 figures",
      source: "parameters.md §4 2026 row ($1,363.80 until the July 2026 reset)",
      request: { applicationDate: "2026-07-01", leaveStartDate: "2026-07-04", averageWeeklyWage: "5000.00" },
      expect: { weeklyBenefitAmount: "1636.56" },
    },
    {
      name: "leave Sunday 2026-07-05: the July 2026 figures were not found → PARAMETER_NOT_KNOWN",
      source: "parameters.md §4 2026 row",
      request: { applicationDate: "2026-07-01", leaveStartDate: "2026-07-05" },
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("OR PFML: wage records", () => {
  const sixQuarters = quarters(
    ["2022-Q2", "5000"],
    ["2022-Q3", "5000"],
    ["2022-Q4", "5000"],
    ["2023-Q1", "5000"],
    ["2023-Q2", "5000"],
    ["2023-Q3", "5000"],
  );
  runCases({ ...BASE, averageWeeklyWage: null }, [
    {
      name: "base year 2022-Q3–2023-Q2 ($20,000) ÷ 52 = $384.62 → under 65% of the state AWW → 100% = $384.62",
      source: "American Fidelity, North Clackamas SD (B): base-year wages ÷ 52; ORS 657B.050 (A)",
      request: { wageQuarters: sixQuarters },
      expect: {
        eligible: true,
        averageWeeklyWage: "384.62",
        weeklyBenefitAmount: "384.62",
        basePeriod: { kind: "standard", quarters: ["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"], wages: "20000.00" },
      },
    },
    {
      name: "American Fidelity's worked example: $52,000 in the base year → $1,000 a week → $924.83 (2024-25 state AWW $1,307.17)",
      source: "American Fidelity (B), exactly",
      request: {
        applicationDate: "2024-12-04",
        leaveStartDate: "2024-12-04",
        wageQuarters: quarters(["2023-Q3", "13000"], ["2023-Q4", "13000"], ["2024-Q1", "13000"], ["2024-Q2", "13000"]),
      },
      expect: { averageWeeklyWage: "1000.00", weeklyBenefitAmount: "924.83", stateAverageWeeklyWage: "1307.17" },
    },
    {
      name: "2025-26: $52,000 → $1,000 → 886.47 + 56.765 = $943.235 → $943.24 (state AWW $1,363.80)",
      source: "base-year wages ÷ 52 (B); ORS 657B.050; O7 (B) $1,363.80",
      request: {
        applicationDate: "2025-12-03",
        leaveStartDate: "2025-12-03",
        wageQuarters: quarters(["2024-Q3", "13000"], ["2024-Q4", "13000"], ["2025-Q1", "13000"], ["2025-Q2", "13000"]),
      },
      expect: { averageWeeklyWage: "1000.00", weeklyBenefitAmount: "943.24" },
    },
    {
      name: "leave starting 2026-12-02: the July 2026 state AWW was not found (grade-C candidate only) → PARAMETER_NOT_KNOWN",
      source: "searched OED pages and secondary alerts (2026-12-03)",
      request: {
        applicationDate: "2026-12-02",
        leaveStartDate: "2026-12-02",
        wageQuarters: quarters(["2025-Q3", "13000"], ["2025-Q4", "13000"], ["2026-Q1", "13000"], ["2026-Q2", "13000"]),
      },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "weekly pay instead of quarters → WAGE_MEASURE_UNAVAILABLE",
      source: "ORS 657B.010 (base year of calendar quarters)",
      request: { weeklyWages: [{ weekEnding: "2023-09-30", wages: "1000.00" }] },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
  ]);
});

describe("OR PFML: weeks, reasons, family members and the bonding window", () => {
  runCases(BASE, [
    {
      name: "12 weeks for all reasons, no waiting period",
      source: "seed 003:3656, 3617",
      expect: { maxWeeks: 12, maxCombinedWeeks: 12, remainingWeeks: 12, waitingPeriodDays: 0 },
    },
    {
      name: "pregnancy-related limitations: 14 weeks",
      source: "seed 003:3657; parameters.md §4 (O10 B)",
      request: { leaveReason: "PREGNANCY" },
      expect: { maxWeeks: 14, maxCombinedWeeks: 14 },
    },
    {
      name: "two weeks of pregnancy leave earlier in the benefit year leave 12 weeks of bonding",
      source: "seed 003:3656-3657",
      request: {
        leaveReason: "BONDING",
        leaveStartDate: "2023-11-06",
        priorLeave: [{ leaveReason: "PREGNANCY", startDate: "2023-10-02", endDate: "2023-10-15" }],
      },
      expect: { leaveWindow: { start: "2023-10-01" }, remainingWeeks: 12, maxCombinedWeeks: 14 },
    },
    {
      name: "12 weeks of family leave already taken in the benefit year leave none for medical leave",
      source: "seed 003:3656 (12 weeks for all reasons)",
      request: {
        leaveStartDate: "2024-03-04",
        priorLeave: [{ leaveReason: "FAMILY_CARE", startDate: "2023-10-02", endDate: "2023-12-24" }],
      },
      expect: { eligible: false, remainingWeeks: 0 },
      ineligible: ["NO_WEEKS_REMAINING"],
    },
    {
      name: "leave in an earlier, ended benefit year does not count",
      source: "OAR 471-070-1000(4) (52-week benefit year)",
      request: {
        leaveStartDate: "2024-12-02",
        priorLeave: [{ leaveReason: "FAMILY_CARE", startDate: "2023-10-02", endDate: "2023-12-24" }],
      },
      expect: { leaveWindow: { start: "2024-12-01" }, remainingWeeks: 12 },
    },
    {
      name: "safe leave is covered",
      source: "seed 003:3572",
      request: { leaveReason: "SAFE_LEAVE" },
      expect: { eligible: true, maxWeeks: 12 },
    },
    {
      name: "military exigency leave is not covered",
      source: "seed 003:3573 (military spousal leave excluded)",
      request: { leaveReason: "MILITARY_EXIGENCY" },
      expect: { eligible: false, maxWeeks: 0 },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "a child's spouse is a family member",
      source: "seed 003:3579",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "CHILD_SPOUSE" },
      expect: { eligible: true },
    },
    {
      name: "someone related by affinity (chosen family) is a family member",
      source: "seed 003:3584; OAR 471-070-1000(1)",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "CHOSEN_FAMILY" },
      expect: { eligible: true },
    },
    {
      name: "a household member as such is not listed",
      source: "seed 003:3575-3584",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "HOUSEHOLD_MEMBER" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "bonding 364 days after the birth is within the first year",
      source: "seed 003:3598",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2022-10-03" },
      expect: { eligible: true },
    },
    {
      name: "bonding a year after the birth is too late",
      source: "seed 003:3598",
      request: { leaveReason: "BONDING", birthOrPlacementDate: "2022-10-02" },
      expect: { eligible: false },
      ineligible: ["BONDING_WINDOW_PASSED"],
    },
  ]);
});

describe("OR PFML: contributions, deadlines and proration", () => {
  it("2024: 1% of $1,000, employee 60% = $6.00, employer 40% = $4.00 [parameters.md §4 2024 row; seed 003:3628]", () => {
    expect(
      calculatePremium({ jurisdiction: "OR", program: "PFML", date: "2024-05-03", wages: "1000.00", employerSize: 25 }),
    ).toMatchObject({ employeeShare: "6.00", employerShare: "4.00", total: "10.00", employerShareRequired: true });
  });
  it("24 employees: no employer contribution (fewer than 25) [O4 A; seed 003:3629]", () => {
    expect(
      calculatePremium({ jurisdiction: "OR", program: "PFML", date: "2024-05-03", wages: "1000.00", employerSize: 24 }),
    ).toMatchObject({ employeeShare: "6.00", employerShare: "0.00", employerShareRequired: false });
  });
  it("2023 wage cap $132,900: with $132,500 paid, only $400 of $1,000 is charged [O4 A]", () => {
    expect(
      calculatePremium({
        jurisdiction: "OR",
        program: "PFML",
        date: "2023-12-29",
        wages: "1000.00",
        wagesYearToDate: "132500.00",
        employerSize: 100,
      }),
    ).toMatchObject({ taxableWages: "400.00", employeeShare: "2.40", employerShare: "1.60" });
  });
  it("2025 wage cap $176,100 [O9 B]", () => {
    expect(
      calculatePremium({
        jurisdiction: "OR",
        program: "PFML",
        date: "2025-12-31",
        wages: "1000.00",
        wagesYearToDate: "176000.00",
        employerSize: 100,
      }),
    ).toMatchObject({ taxableWages: "100.00" });
  });
  it("2026 rate, split and cap were not found → PARAMETER_NOT_KNOWN [parameters.md §4 2026 row]", () => {
    expect(
      calculatePremium({
        jurisdiction: "OR",
        program: "PFML",
        date: "2026-01-02",
        wages: "1000.00",
        employerSize: 100,
      }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("no employer-response or state-plan appeal period is documented → DEADLINE_NOT_DOCUMENTED [seed 003:3768-3788]", () => {
    expect(employerResponseDeadline({ jurisdiction: "OR", program: "PFML", from: "2024-01-02" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(appealDeadline({ jurisdiction: "OR", program: "PFML", decisionDate: "2024-01-02" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
  });
  it("workday increments: 2 of 5 workdays of $912.65 → $365.06 (nearest cent) [seed 003:3674-3676]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "OR",
        program: "PFML",
        date: "2024-01-02",
        weeklyBenefitAmount: "912.65",
        daysClaimed: 2,
        typicalWorkDaysPerWeek: 5,
      }),
    ).toMatchObject({ amount: "365.06" });
  });
  it("less than one workday is not payable [seed 003:3670]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "OR",
        program: "PFML",
        date: "2024-01-02",
        weeklyBenefitAmount: "912.65",
        daysClaimed: 0.5,
        typicalWorkDaysPerWeek: 5,
      }),
    ).toMatchObject({ amount: "0.00" });
  });
});
