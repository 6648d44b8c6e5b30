import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

const BASE = {
  id: "co",
  jurisdiction: "CO",
  program: "FAMLI",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2024-03-01",
  leaveStartDate: "2024-03-04",
};
const CALCULATOR = "parameters.md Colorado FAMLI calculator table, 2024 snapshot (A)";

describe("CO FAMLI: the FAMLI calculator's published table (SAWW $1,421.16, max $1,100)", () => {
  runCases(BASE, [
    {
      name: "AWW $500 → $450",
      source: CALCULATOR,
      request: { averageWeeklyWage: "500.00" },
      expect: { weeklyBenefitAmount: "450.00", stateAverageWeeklyWage: "1421.16" },
    },
    {
      name: "AWW $1,000 → $784",
      source: CALCULATOR,
      request: { averageWeeklyWage: "1000.00" },
      expect: { weeklyBenefitAmount: "784.00" },
    },
    {
      name: "AWW $1,500 → $1,034",
      source: CALCULATOR,
      request: { averageWeeklyWage: "1500.00" },
      expect: { weeklyBenefitAmount: "1034.00" },
    },
    {
      name: "AWW $2,000 → $1,100 (maximum)",
      source: CALCULATOR,
      request: { averageWeeklyWage: "2000.00" },
      expect: { weeklyBenefitAmount: "1100.00", maximumWeeklyBenefit: "1100.00" },
    },
    {
      name: "AWW $3,000 → $1,100 (maximum)",
      source: CALCULATOR,
      request: { averageWeeklyWage: "3000.00" },
      expect: { weeklyBenefitAmount: "1100.00" },
    },
  ]);
});

describe("CO FAMLI: whole-dollar rounding and the tier edge", () => {
  runCases(BASE, [
    {
      name: "AWW $500.56: 90% = $450.504 rounds up to $451",
      source: `${CALCULATOR}; C.R.S. 8-13.3-506(1)(a)`,
      request: { averageWeeklyWage: "500.56" },
      expect: { weeklyBenefitAmount: "451.00" },
    },
    {
      name: "AWW $500.55: 90% = $450.495 rounds down to $450",
      source: `${CALCULATOR}; C.R.S. 8-13.3-506(1)(a)`,
      request: { averageWeeklyWage: "500.55" },
      expect: { weeklyBenefitAmount: "450.00" },
    },
    {
      name: "AWW exactly half the SAWW ($710.58): $639.522 → $640",
      source: "C.R.S. 8-13.3-506(1)(a)",
      request: { averageWeeklyWage: "710.58" },
      expect: { weeklyBenefitAmount: "640.00" },
    },
    {
      name: "one cent above half: $639.527 → $640",
      source: "C.R.S. 8-13.3-506(1)(a)",
      request: { averageWeeklyWage: "710.59" },
      expect: { weeklyBenefitAmount: "640.00" },
    },
    {
      name: "one cent below half: $639.513 → $640",
      source: "C.R.S. 8-13.3-506(1)(a)",
      request: { averageWeeklyWage: "710.57" },
      expect: { weeklyBenefitAmount: "640.00" },
    },
  ]);
});

describe("CO FAMLI: the leave start date selects the parameters (July SAWW resets; 2025 maximum)", () => {
  runCases(BASE, [
    {
      name: "leave 2024-06-30 uses SAWW $1,421.16 → $784",
      source: "parameters.md §3 1/1/2024–6/30/2024 row",
      request: { applicationDate: "2024-06-01", leaveStartDate: "2024-06-30", averageWeeklyWage: "1000.00" },
      expect: { weeklyBenefitAmount: "784.00", stateAverageWeeklyWage: "1421.16" },
    },
    {
      name: "leave 2024-07-01 uses SAWW $1,471.34 → $794",
      source: "parameters.md §3 7/1/2024–12/31/2024 row (C5 A)",
      request: { applicationDate: "2024-06-01", leaveStartDate: "2024-07-01", averageWeeklyWage: "1000.00" },
      expect: { weeklyBenefitAmount: "794.00", stateAverageWeeklyWage: "1471.34" },
    },
    {
      name: "leave beginning 2024-12-31 keeps the $1,100 statutory maximum",
      source: "C.R.S. 8-13.3-506(1)(b); parameters.md §3",
      request: { applicationDate: "2024-12-01", leaveStartDate: "2024-12-31", averageWeeklyWage: "3000.00" },
      expect: { weeklyBenefitAmount: "1100.00" },
    },
    {
      name: "leave beginning 2025-01-01 gets the 90% maximum $1,324.21",
      source: "parameters.md §3 1/1/2025–6/30/2025 row (C5 A)",
      request: { applicationDate: "2024-12-01", leaveStartDate: "2025-01-01", averageWeeklyWage: "3000.00" },
      expect: { weeklyBenefitAmount: "1324.21" },
    },
    {
      name: "leave beginning 2025-06-30 still $1,324.21",
      source: "parameters.md §3",
      request: { applicationDate: "2025-06-01", leaveStartDate: "2025-06-30", averageWeeklyWage: "3000.00" },
      expect: { weeklyBenefitAmount: "1324.21" },
    },
    {
      name: "leave beginning 2025-07-01 gets $1,381.45 (SAWW $1,534.94)",
      source: "parameters.md §3 7/1/2025–6/30/2026 row (C10 A)",
      request: { applicationDate: "2025-06-01", leaveStartDate: "2025-07-01", averageWeeklyWage: "3000.00" },
      expect: { weeklyBenefitAmount: "1381.45", stateAverageWeeklyWage: "1534.94" },
    },
    {
      name: "leave beginning 2026-06-30 still $1,381.45",
      source: "parameters.md §3",
      request: { applicationDate: "2026-06-01", leaveStartDate: "2026-06-30", averageWeeklyWage: "3000.00" },
      expect: { weeklyBenefitAmount: "1381.45" },
    },
    {
      name: "leave beginning 2026-07-01: the July 2026 SAWW is not published → PARAMETER_NOT_KNOWN",
      source: "parameters.md §3 (figures through 6/30/2026)",
      request: { applicationDate: "2026-06-01", leaveStartDate: "2026-07-01", averageWeeklyWage: "3000.00" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "leave before 2024-01-01 → BENEFITS_NOT_YET_PAYABLE",
      source: "seed 003:1050 (benefits January 1, 2024)",
      request: { applicationDate: "2023-12-01", leaveStartDate: "2023-12-31", averageWeeklyWage: "1000.00" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
  ]);
});

describe("CO FAMLI: AWW from wage records and the $2,500 test", () => {
  runCases(BASE, [
    {
      name: "AWW is the highest base-period quarter ÷ 13: $13,000 → $1,000 → $784",
      source: "C.R.S. 8-13.3-503(2)",
      request: {
        wageQuarters: quarters(
          ["2022-Q4", "6500"],
          ["2023-Q1", "6500"],
          ["2023-Q2", "13000"],
          ["2023-Q3", "6500"],
          ["2023-Q4", "20000"],
        ),
      },
      expect: {
        averageWeeklyWage: "1000.00",
        weeklyBenefitAmount: "784.00",
        basePeriod: { kind: "standard", quarters: ["2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3"] },
      },
    },
    {
      name: "the AWW is kept to the cent: $10,000 ÷ 13 = $769.23 → $668.847 → $669",
      source: "C.R.S. 8-13.3-503(2); rounding per program.ts header",
      request: {
        wageQuarters: quarters(["2022-Q4", "100"], ["2023-Q1", "100"], ["2023-Q2", "10000"], ["2023-Q3", "100"]),
      },
      expect: { averageWeeklyWage: "769.23", weeklyBenefitAmount: "669.00" },
    },
    {
      name: "exactly $2,500 in the base period qualifies",
      source: "C.R.S. 8-13.3-503(3)(a); seed 003:1090",
      request: {
        wageQuarters: quarters(["2022-Q4", "625"], ["2023-Q1", "625"], ["2023-Q2", "625"], ["2023-Q3", "625"]),
      },
      expect: { eligible: true, averageWeeklyWage: "48.08", weeklyBenefitAmount: "43.00" },
    },
    {
      name: "$2,499.99 in both base periods does not qualify",
      source: "C.R.S. 8-13.3-503(3)(a); seed 003:1090",
      request: {
        wageQuarters: quarters(["2022-Q4", "624.99"], ["2023-Q1", "625"], ["2023-Q2", "625"], ["2023-Q3", "625"]),
      },
      expect: { eligible: false, basePeriod: { kind: "standard", wages: "2499.99" } },
      ineligible: ["INSUFFICIENT_WAGES"],
    },
    {
      name: "short in the standard period but $2,500 in the last four quarters → alternative base period",
      source: "seed 003:1091-1092 (alternative base period)",
      request: {
        wageQuarters: quarters(
          ["2022-Q4", "500"],
          ["2023-Q1", "500"],
          ["2023-Q2", "500"],
          ["2023-Q3", "500"],
          ["2023-Q4", "1000"],
        ),
      },
      expect: {
        eligible: true,
        basePeriod: { kind: "alternative", quarters: ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"], wages: "2500.00" },
        averageWeeklyWage: "76.92",
      },
    },
    {
      name: "the alternative is only a fallback: once the standard period reaches $2,500 it is used, even if the alternative's best quarter is higher",
      source: "seed 003:1091-1092; C.R.S. 8-70-103(1.5) (alternative when not eligible in the base period)",
      request: {
        wageQuarters: quarters(
          ["2022-Q4", "0"],
          ["2023-Q1", "2500.00"],
          ["2023-Q2", "0"],
          ["2023-Q3", "0"],
          ["2023-Q4", "20884.96"],
        ),
      },
      expect: { eligible: true, basePeriod: { kind: "standard", wages: "2500.00" }, averageWeeklyWage: "192.31" },
    },
  ]);
});

describe("CO FAMLI: weeks, reasons and relationships", () => {
  runCases({ ...BASE, averageWeeklyWage: "1000.00" }, [
    {
      name: "12 weeks for all reasons",
      source: "C.R.S. 8-13.3-505(1); seed 003:1216",
      expect: { maxWeeks: 12, maxCombinedWeeks: 12, remainingWeeks: 12, waitingPeriodDays: 0 },
    },
    {
      name: "pregnancy or childbirth complications: 16 weeks",
      source: "seed 003:1217; parameters.md §3 (C12 B)",
      request: { leaveReason: "PREGNANCY" },
      expect: { maxWeeks: 16, maxCombinedWeeks: 16 },
    },
    {
      name: "2 weeks of complications leave first leave all 12 weeks for bonding (16 in total)",
      source: "seed 003:1217 (additional 4 weeks)",
      request: {
        leaveReason: "BONDING",
        priorLeave: [{ leaveReason: "PREGNANCY", startDate: "2024-01-08", endDate: "2024-01-21" }],
      },
      expect: {
        maxWeeks: 12,
        maxCombinedWeeks: 16,
        remainingWeeks: 12,
        leaveWindow: { start: "2024-01-08", end: "2025-01-07" },
      },
    },
    {
      name: "6 weeks of complications leave leave 10 weeks for bonding",
      source: "seed 003:1216-1217",
      request: {
        leaveReason: "BONDING",
        priorLeave: [{ leaveReason: "PREGNANCY", startDate: "2024-01-08", endDate: "2024-02-18" }],
      },
      expect: { remainingWeeks: 10 },
    },
    {
      name: "the application year runs 12 months forward: a leave after it ends starts a new year",
      source: "7 CCR 1107-3.2.2 (measured forward)",
      request: {
        applicationDate: "2025-01-05",
        leaveStartDate: "2025-01-10",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-01-08", endDate: "2024-03-31" }],
      },
      expect: { remainingWeeks: 12, leaveWindow: { start: "2025-01-10", end: "2026-01-09" } },
    },
    {
      name: "safe leave is covered",
      source: "seed 003:1116",
      request: { leaveReason: "SAFE_LEAVE" },
      expect: { eligible: true, maxWeeks: 12 },
    },
    {
      name: "caring for a covered servicemember is not a separate FAMLI reason",
      source: "seed 003:1110-1116",
      request: { leaveReason: "MILITARY_CAREGIVER" },
      expect: { eligible: false },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: 'someone "like a family member" is covered',
      source: "seed 003:1127",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "CHOSEN_FAMILY" },
      expect: { eligible: true },
    },
    {
      name: "bonding starting 364 days after the birth is within the first year",
      source: "seed 003:1114",
      request: {
        leaveReason: "BONDING",
        birthOrPlacementDate: "2024-01-15",
        applicationDate: "2025-01-10",
        leaveStartDate: "2025-01-14",
      },
      expect: { eligible: true },
    },
    {
      name: "bonding starting a year after the birth is too late",
      source: "seed 003:1114",
      request: {
        leaveReason: "BONDING",
        birthOrPlacementDate: "2024-01-15",
        applicationDate: "2025-01-10",
        leaveStartDate: "2025-01-15",
      },
      expect: { eligible: false },
      ineligible: ["BONDING_WINDOW_PASSED"],
    },
  ]);
});

describe("CO FAMLI: premiums, deadlines and proration", () => {
  it("2025: 0.9% of $10,000 split 50/50 [parameters.md §3; seed 003:1177-1181]", () => {
    expect(
      calculatePremium({
        jurisdiction: "CO",
        program: "FAMLI",
        date: "2025-03-31",
        wages: "10000.00",
        employerSize: 10,
      }),
    ).toMatchObject({ employeeShare: "45.00", employerShare: "45.00", total: "90.00" });
  });
  it("fewer than 10 employees: employee half only [C9 A; seed 003:1182]", () => {
    expect(
      calculatePremium({
        jurisdiction: "CO",
        program: "FAMLI",
        date: "2025-03-31",
        wages: "10000.00",
        employerSize: 9,
      }),
    ).toMatchObject({ employeeShare: "45.00", employerShare: "0.00", employerShareRequired: false });
  });
  it("2026: 0.88% [C9 A, C11 A]", () => {
    expect(
      calculatePremium({
        jurisdiction: "CO",
        program: "FAMLI",
        date: "2026-03-31",
        wages: "10000.00",
        employerSize: 10,
      }),
    ).toMatchObject({ total: "88.00", employeeShare: "44.00" });
  });
  it("wages above the 2025 Social Security base $176,100 are not charged [C9 A]", () => {
    expect(
      calculatePremium({
        jurisdiction: "CO",
        program: "FAMLI",
        date: "2025-12-31",
        wages: "1000.00",
        wagesYearToDate: "176000.00",
        employerSize: 10,
      }),
    ).toMatchObject({ taxableWages: "100.00", total: "0.90" });
  });
  it("no employer-response period is documented → DEADLINE_NOT_DOCUMENTED [rules-from-seeds: not stated]", () => {
    expect(employerResponseDeadline({ jurisdiction: "CO", program: "FAMLI", from: "2024-05-01" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
  });
  it("appeal within 45 days of the determination [C.R.S. 8-13.3-512; seed 003:1328]", () => {
    expect(appealDeadline({ jurisdiction: "CO", program: "FAMLI", decisionDate: "2024-05-01" })).toMatchObject({
      dueDate: "2024-06-15",
    });
  });
  it("weekly usage = hours of leave ÷ regular schedule: 13 of 40 hours of $784 → $254.80 [7 CCR 1107-3.5.3]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "CO",
        program: "FAMLI",
        date: "2024-05-01",
        weeklyBenefitAmount: "784.00",
        hoursClaimed: 13,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ amount: "254.80" });
  });
});
