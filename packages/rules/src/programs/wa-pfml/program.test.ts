import { describe, expect, it } from "vitest";
import { tieredReplacement } from "../../weekly-benefit/tiered-replacement";
import { date } from "../../core/calendar-date";
import { Rounding, money, roundMoney } from "../../core/money";
import { valueAt } from "../../core/parameter";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { evaluateOk, quarters, runCases } from "../../../test/support/cases";
import * as P from "./parameters";

const BASE = {
  id: "wa",
  jurisdiction: "WA",
  program: "PFML",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2024-07-15",
  leaveStartDate: "2024-07-21",
};

const ROW_2024 = "parameters.md §1 WA 2024 row (SAWW $1,618, max $1,456) + WAC 192-610-051";

describe("WA PFML: WAC 192-610-051 worked examples (formula with a $1,400 state AWW)", () => {
  const on = date("2024-01-01");
  const tiers = (saww: string) => [
    { upTo: money(saww).times(valueAt(P.tierBreakpointShare, on)), rate: valueAt(P.lowerTierRate, on) },
    { upTo: null, rate: valueAt(P.upperTierRate, on) },
  ];
  const benefit = (aww: string) =>
    roundMoney(tieredReplacement(money(aww), tiers("1400")).amount, Rounding.DOWN_DOLLAR).toFixed(2);

  it("Example 1: AWW $600 below half the SAWW → 90% = $540 [WAC 192-610-051 ex. 1]", () => {
    expect(benefit("600")).toBe("540.00");
  });
  it("Example 2: AWW $950 → 90% × $700 + 50% × $250 = $755 [WAC 192-610-051 ex. 2]", () => {
    expect(benefit("950")).toBe("755.00");
  });
});

describe("WA PFML: average weekly wage and weekly benefit (2024)", () => {
  runCases(BASE, [
    {
      name: "two highest quarters ÷ 26; AWW exactly half the SAWW ($809) is replaced at 90% → $728.10, rounded down to $728",
      source: ROW_2024,
      request: {
        wageQuarters: quarters(
          ["2023-Q2", "5000", 300],
          ["2023-Q3", "5000", 300],
          ["2023-Q4", "10517", 300],
          ["2024-Q1", "10517", 300],
        ),
      },
      expect: {
        eligible: true,
        averageWeeklyWage: "809.00",
        weeklyBenefitAmount: "728.00",
        stateAverageWeeklyWage: "1618.00",
        basePeriod: {
          kind: "standard",
          quarters: ["2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"],
          wages: "31034.00",
          hours: 1200,
        },
      },
    },
    {
      name: "AWW is rounded down to the dollar: $21,059 ÷ 26 = $809.96 → $809",
      source: "WAC 192-610-051(1)",
      request: {
        wageQuarters: quarters(
          ["2023-Q2", "100", 300],
          ["2023-Q3", "100", 300],
          ["2023-Q4", "10529", 300],
          ["2024-Q1", "10530", 300],
        ),
      },
      expect: { averageWeeklyWage: "809.00", weeklyBenefitAmount: "728.00" },
    },
    {
      name: "one cent above half the SAWW: 728.10 + 0.005 → $728",
      source: ROW_2024,
      request: { averageWeeklyWage: "809.01" },
      expect: { weeklyBenefitAmount: "728.00" },
    },
    {
      name: "one cent below half the SAWW: 90% × 808.99 = 728.091 → $728",
      source: ROW_2024,
      request: { averageWeeklyWage: "808.99" },
      expect: { weeklyBenefitAmount: "728.00" },
    },
    {
      name: "just under the maximum: AWW $2,264 → $1,455.60 → $1,455",
      source: ROW_2024,
      request: { averageWeeklyWage: "2264.00" },
      expect: { weeklyBenefitAmount: "1455.00", maximumWeeklyBenefit: "1456.00" },
    },
    {
      name: "one cent below the maximum's edge: AWW $2,264.79 → $1,455.995 → rounds down to $1,455",
      source: ROW_2024,
      request: { averageWeeklyWage: "2264.79" },
      expect: { weeklyBenefitAmount: "1455.00" },
    },
    {
      name: "exactly at the maximum: AWW $2,264.80 → $1,456.00 = maximum",
      source: ROW_2024,
      request: { averageWeeklyWage: "2264.80" },
      expect: { weeklyBenefitAmount: "1456.00" },
    },
    {
      name: "one cent above the maximum's edge is capped: AWW $2,264.81 → $1,456.005 → $1,456",
      source: ROW_2024,
      request: { averageWeeklyWage: "2264.81" },
      expect: { weeklyBenefitAmount: "1456.00" },
    },
    {
      name: "above the maximum is capped at $1,456",
      source: ROW_2024,
      request: { averageWeeklyWage: "5000.00" },
      expect: { weeklyBenefitAmount: "1456.00" },
    },
    {
      name: "at the $100 minimum: AWW $100 → $90 → raised to $100",
      source: "parameters.md §1 WA minimum $100 (W12 A)",
      request: { averageWeeklyWage: "100.00" },
      expect: { weeklyBenefitAmount: "100.00", minimumWeeklyBenefit: "100.00" },
    },
    {
      name: "AWW $111.11 → $99.99 → $99 → raised to the $100 minimum",
      source: "parameters.md §1 WA minimum $100 (W12 A)",
      request: { averageWeeklyWage: "111.11" },
      expect: { weeklyBenefitAmount: "100.00" },
    },
    {
      name: "AWW $112 → $100.80 → $100, no floor needed",
      source: "parameters.md §1 WA minimum $100 (W12 A)",
      request: { averageWeeklyWage: "112.00" },
      expect: { weeklyBenefitAmount: "100.00" },
    },
    {
      name: "AWW below $100 is paid in full: AWW $80 → $80",
      source: "seed 003:3255 (minimum $100 or actual wages if less)",
      request: { averageWeeklyWage: "80.00" },
      expect: { weeklyBenefitAmount: "80.00", minimumWeeklyBenefit: "80.00" },
    },
  ]);
});

describe("WA PFML: 820-hour eligibility and the alternative qualifying period", () => {
  runCases(BASE, [
    {
      name: "exactly 820 hours in the qualifying period is eligible",
      source: "RCW 50A.15.010; seed 003:3122",
      request: {
        wageQuarters: quarters(
          ["2023-Q2", "9000", 205],
          ["2023-Q3", "9000", 205],
          ["2023-Q4", "9000", 205],
          ["2024-Q1", "9000", 205],
        ),
      },
      expect: { eligible: true, basePeriod: { kind: "standard", hours: 820 } },
    },
    {
      name: "819.99 hours (and no better alternative) is not eligible",
      source: "RCW 50A.15.010; seed 003:3122",
      request: {
        wageQuarters: quarters(
          ["2023-Q2", "9000", 204.99],
          ["2023-Q3", "9000", 205],
          ["2023-Q4", "9000", 205],
          ["2024-Q1", "9000", 205],
        ),
      },
      expect: { eligible: false, basePeriod: { kind: "standard", hours: 819.99 } },
      ineligible: ["INSUFFICIENT_HOURS"],
    },
    {
      name: "standard period short of 820 hours, last four completed quarters reach it → alternative period used",
      source: "seed 003:3130-3136 (alternative qualifying period)",
      request: {
        wageQuarters: quarters(
          ["2023-Q2", "4000", 200],
          ["2023-Q3", "4000", 200],
          ["2023-Q4", "4000", 200],
          ["2024-Q1", "4000", 200],
          ["2024-Q2", "5200", 240],
        ),
      },
      expect: {
        eligible: true,
        basePeriod: { kind: "alternative", quarters: ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"], hours: 840 },
        averageWeeklyWage: "353.00",
        weeklyBenefitAmount: "317.00",
      },
    },
    {
      name: "wages from several employers in one quarter are added together",
      source: "seed 003:3123 (820 hours can be with any WA employer)",
      request: {
        wageQuarters: quarters(
          ["2023-Q2", "5000", 100],
          ["2023-Q2", "5000", 105],
          ["2023-Q3", "9000", 205],
          ["2023-Q4", "9000", 205],
          ["2024-Q1", "9000", 205],
        ),
      },
      expect: { eligible: true, basePeriod: { wages: "37000.00", hours: 820 } },
    },
    {
      name: "a quarter with wages but no hours cannot be tested → HOURS_REQUIRED",
      source: "RCW 50A.15.010 (eligibility counts hours)",
      request: {
        wageQuarters: quarters(
          ["2023-Q2", "9000"],
          ["2023-Q3", "9000", 300],
          ["2023-Q4", "9000", 300],
          ["2024-Q1", "9000", 300],
        ),
      },
      error: "HOURS_REQUIRED",
    },
    {
      name: "a given AWW skips the hours test (estimate / staff override)",
      source: "issue contract: averageWeeklyWage skips wage-based eligibility tests",
      request: { averageWeeklyWage: "1000.00" },
      expect: { eligible: true, averageWeeklyWageSource: "given", basePeriod: null },
    },
    {
      name: "weekly pay alone cannot give WA's quarterly AWW",
      source: "WAC 192-610-051(1)",
      request: { weeklyWages: [{ weekEnding: "2024-07-13", wages: "1000" }] },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
    {
      name: "AWW and wage quarters together are ambiguous",
      source: "issue contract",
      request: { averageWeeklyWage: "1000", wageQuarters: [] },
      error: "CONFLICTING_INPUT",
    },
  ]);
});

describe("WA PFML: which date selects the parameters (the application date)", () => {
  runCases({ ...BASE, averageWeeklyWage: "5000.00" }, [
    {
      name: "filed 2023-12-31 uses the 2023 maximum $1,427",
      source: "parameters.md §1 WA 2023 row",
      request: { applicationDate: "2023-12-31", leaveStartDate: "2024-01-07" },
      expect: { weeklyBenefitAmount: "1427.00", stateAverageWeeklyWage: "1586.00" },
    },
    {
      name: "filed 2024-01-01 uses the 2024 maximum $1,456",
      source: "parameters.md §1 WA 2024 row",
      request: { applicationDate: "2024-01-01", leaveStartDate: "2024-01-07" },
      expect: { weeklyBenefitAmount: "1456.00", stateAverageWeeklyWage: "1618.00" },
    },
    {
      name: "filed 2025-12-31 uses the 2025 maximum $1,542",
      source: "parameters.md §1 WA 2025 row",
      request: { applicationDate: "2025-12-31", leaveStartDate: "2026-01-04" },
      expect: { weeklyBenefitAmount: "1542.00" },
    },
    {
      name: "filed 2026-01-01 uses the 2026 maximum $1,647",
      source: "parameters.md §1 WA 2026 row",
      request: { applicationDate: "2026-01-01", leaveStartDate: "2026-01-04" },
      expect: { weeklyBenefitAmount: "1647.00", stateAverageWeeklyWage: "1830.00" },
    },
    {
      name: "filed 2026-12-31 still uses 2026",
      source: "parameters.md §1 WA 2026 row",
      request: { applicationDate: "2026-12-31", leaveStartDate: "2027-01-03" },
      expect: { weeklyBenefitAmount: "1647.00" },
    },
    {
      name: "filed 2027-01-01: the 2027 figures are not published → PARAMETER_NOT_KNOWN",
      source: "parameters.md §1 (values through 2026; 2027 freeze bill graded C)",
      request: { applicationDate: "2027-01-01", leaveStartDate: "2027-01-03" },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "the first benefit year pays the statutory $1,000 maximum",
      source: "parameters.md §1 WA 2020 row ($1,000 statutory)",
      request: { applicationDate: "2020-01-02", leaveStartDate: "2020-01-05" },
      expect: { weeklyBenefitAmount: "1000.00", stateAverageWeeklyWage: "1255.00" },
    },
    {
      name: "leave before 2020-01-01 → BENEFITS_NOT_YET_PAYABLE",
      source: "seed 001:263 (benefits began January 2020)",
      request: { applicationDate: "2019-12-20", leaveStartDate: "2019-12-31" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
  ]);
});

describe("WA PFML: weeks per claim year", () => {
  runCases({ ...BASE, averageWeeklyWage: "1000.00" }, [
    {
      name: "medical leave: 12 weeks, 16 combined",
      source: "RCW 50A.15.020(3); seed 003:3273-3276",
      expect: { maxWeeks: 12, maxCombinedWeeks: 16, remainingWeeks: 12, remainingDays: 84 },
    },
    {
      name: "pregnancy incapacity: 14 medical, 18 combined",
      source: "seed 003:3274-3277",
      request: { leaveReason: "PREGNANCY" },
      expect: { maxWeeks: 14, maxCombinedWeeks: 18, remainingWeeks: 14 },
    },
    {
      name: "8 weeks of medical leave earlier in the claim year leave 4 medical weeks",
      source: "RCW 50A.15.020(3); claim year WAC 192-500-070",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-04", endDate: "2024-04-28" }] },
      expect: { remainingWeeks: 4, remainingDays: 28, leaveWindow: { start: "2024-03-03", end: "2025-03-01" } },
    },
    {
      name: "after 8 medical weeks, bonding has 8 left under the 16-week combined cap",
      source: "RCW 50A.15.020(3)",
      request: {
        leaveReason: "BONDING",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-04", endDate: "2024-04-28" }],
      },
      expect: { maxWeeks: 12, remainingWeeks: 8 },
    },
    {
      name: "after 14 weeks of pregnancy incapacity, bonding has 4 left under the 18-week cap",
      source: "seed 003:3277 (total of 18 weeks)",
      request: {
        leaveReason: "BONDING",
        priorLeave: [{ leaveReason: "PREGNANCY", startDate: "2024-03-04", endDate: "2024-06-09" }],
      },
      expect: { maxWeeks: 12, maxCombinedWeeks: 18, remainingWeeks: 4 },
    },
    {
      name: "leave in an earlier, finished claim year does not count",
      source: "WAC 192-500-070 (claim year of 52 weeks)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2023-01-02", endDate: "2023-03-26" }] },
      expect: { remainingWeeks: 12, leaveWindow: { start: "2024-07-14" } },
    },
    {
      name: "all 12 medical weeks used → no weeks remain (not eligible for more)",
      source: "RCW 50A.15.020(3)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-04", endDate: "2024-05-26" }] },
      expect: { remainingWeeks: 0, eligible: false },
      ineligible: ["NO_WEEKS_REMAINING"],
    },
  ]);
});

describe("WA PFML: waiting period", () => {
  runCases({ ...BASE, averageWeeklyWage: "1000.00" }, [
    {
      name: "medical leave has a 7-day waiting period",
      source: "RCW 50A.15.020(1)(a)",
      expect: { waitingPeriodDays: 7 },
    },
    {
      name: "no waiting period for bonding",
      source: "RCW 50A.15.020(1)(a)",
      request: { leaveReason: "BONDING" },
      expect: { waitingPeriodDays: 0 },
    },
    {
      name: "no waiting period for military exigency",
      source: "RCW 50A.15.020(1)(a)",
      request: { leaveReason: "MILITARY_EXIGENCY", familyRelationship: "SPOUSE" },
      expect: { waitingPeriodDays: 0 },
    },
    {
      name: "medical leave upon the birth of a child from 2022-06-09: no waiting period",
      source: "parameters.md §1 WA waiting period (W10 B, W17 B); seed 003:3203",
      request: {
        leaveReason: "PREGNANCY",
        applicationDate: "2022-06-09",
        leaveStartDate: "2022-06-09",
        birthOrPlacementDate: "2022-06-01",
      },
      expect: { waitingPeriodDays: 0 },
    },
    {
      name: "the day before that change, medical leave upon birth still waited 7 days",
      source: "parameters.md §1 WA waiting period (from 6/9/2022)",
      request: {
        leaveReason: "PREGNANCY",
        applicationDate: "2022-06-08",
        leaveStartDate: "2022-06-08",
        birthOrPlacementDate: "2022-06-01",
      },
      expect: { waitingPeriodDays: 7 },
    },
    {
      name: "pregnancy leave before the birth waits 7 days",
      source: "RCW 50A.15.020(1)(a)",
      request: { leaveReason: "PREGNANCY" },
      expect: { waitingPeriodDays: 7 },
    },
    {
      name: "once per claim year: a second medical leave in the same claim year has no waiting period",
      source: "seed 003:3201 (only one waiting period per claim year)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-04", endDate: "2024-03-24" }] },
      expect: { waitingPeriodDays: 0 },
    },
  ]);
});

describe("WA PFML: reasons and family members", () => {
  runCases({ ...BASE, averageWeeklyWage: "1000.00", leaveReason: "FAMILY_CARE" }, [
    {
      name: "a household member expecting care was not yet covered on 2021-07-23",
      source: "seed 003:3182-3186 (effective 2021-07-24)",
      request: { familyRelationship: "HOUSEHOLD_MEMBER", applicationDate: "2021-07-20", leaveStartDate: "2021-07-23" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "a household member expecting care is covered from 2021-07-24",
      source: "seed 003:3182-3186 (effective 2021-07-24)",
      request: { familyRelationship: "HOUSEHOLD_MEMBER", applicationDate: "2021-07-20", leaveStartDate: "2021-07-24" },
      expect: { eligible: true },
    },
    {
      name: "a grandparent is covered",
      source: "seed 003:3179",
      request: { familyRelationship: "GRANDPARENT" },
      expect: { eligible: true },
    },
    {
      name: "safe leave is not a WA PFML reason",
      source: "seed 003:3154-3164 (medical and family leave reasons)",
      request: { leaveReason: "SAFE_LEAVE" },
      expect: { eligible: false, maxWeeks: 0, waitingPeriodDays: 0 },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
  ]);
});

describe("WA PFML: premiums, deadlines and proration", () => {
  it("2024: 0.74% of $10,000 = $74.00, employee 71.43% ($52.86), employer 28.57% ($21.14) [parameters.md §1 2024 row, W14 A]", () => {
    expect(
      calculatePremium({
        jurisdiction: "WA",
        program: "PFML",
        date: "2024-05-31",
        wages: "10000.00",
        employerSize: 120,
      }),
    ).toMatchObject({
      employeeShare: "52.86",
      employerShare: "21.14",
      total: "74.00",
      employerShareRequired: true,
    });
  });
  it("an employer with 49 employees need not pay the employer share; 50 must [W16 A; seed 003:3223]", () => {
    expect(
      calculatePremium({
        jurisdiction: "WA",
        program: "PFML",
        date: "2024-05-31",
        wages: "10000.00",
        employerSize: 49,
      }),
    ).toMatchObject({ employerShare: "0.00", employeeShare: "52.86", employerShareRequired: false });
    expect(
      calculatePremium({
        jurisdiction: "WA",
        program: "PFML",
        date: "2024-05-31",
        wages: "10000.00",
        employerSize: 50,
      }),
    ).toMatchObject({ employerShareRequired: true });
  });
  it("wages above the $168,600 Social Security base are not charged [W14 A]", () => {
    expect(
      calculatePremium({
        jurisdiction: "WA",
        program: "PFML",
        date: "2024-12-15",
        wages: "1000.00",
        wagesYearToDate: "168000.00",
        employerSize: 120,
      }),
    ).toMatchObject({ taxableWages: "600.00", total: "4.44" });
  });
  it("2026: 1.13% total [W16 A]", () => {
    expect(
      calculatePremium({
        jurisdiction: "WA",
        program: "PFML",
        date: "2026-03-31",
        wages: "1000.00",
        employerSize: 120,
      }),
    ).toMatchObject({ total: "11.30" });
  });
  it("employer contest is due 18 days after notice [RCW 50A.15.050(1)]", () => {
    expect(employerResponseDeadline({ jurisdiction: "WA", program: "PFML", from: "2024-03-01" })).toMatchObject({
      dueDate: "2024-03-19",
    });
  });
  it("appeal is due 30 days after the determination [RCW 50A.50.010(1)]", () => {
    expect(appealDeadline({ jurisdiction: "WA", program: "PFML", decisionDate: "2024-03-01" })).toMatchObject({
      dueDate: "2024-03-31",
    });
  });
  it("proration: $800 weekly benefit, 8 of 40 hours → $160 [WAC 192-620-035 example]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "WA",
        program: "PFML",
        date: "2024-05-01",
        weeklyBenefitAmount: "800",
        hoursClaimed: 8,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ amount: "160.00" });
  });
  it("no proration when the hours claimed equal the typical week: $1,000 [WAC 192-610-051 ex. 3]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "WA",
        program: "PFML",
        date: "2024-05-01",
        weeklyBenefitAmount: "1000",
        hoursClaimed: 40,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ amount: "1000.00" });
  });
  it("7.9 hours round down to 7, below the 8-hour minimum claim → $0 [RCW 50A.15.020(2)(b)-(c)]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "WA",
        program: "PFML",
        date: "2024-05-01",
        weeklyBenefitAmount: "800",
        hoursClaimed: 7.9,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ amount: "0.00" });
  });
  it("prorated benefits round down to the dollar: $777 × 9/40 = $174.825 → $174 [RCW 50A.15.020(2)(a)]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "WA",
        program: "PFML",
        date: "2024-05-01",
        weeklyBenefitAmount: "777",
        hoursClaimed: 9.5,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ amount: "174.00" });
  });
});

describe("WA PFML: explanation", () => {
  it("shows each parameter with its value, effective date and citation, and the rounding [design brief]", () => {
    const result = evaluateOk({ ...BASE, averageWeeklyWage: "1000.00" });
    const benefit = result.explanation.find((s) => s.step === "weekly-benefit-amount");
    expect(benefit?.rounding?.rule).toBe("down-dollar");
    const saww = benefit?.parameters?.find((p) => p.id === "wa-pfml.state-average-weekly-wage");
    expect(saww?.from).toBe("2024-01-01");
    expect(String(saww?.value)).toBe("1618");
    expect(saww?.cite.length).toBeGreaterThan(0);
    expect(result.parameterDate).toEqual({ date: "2024-07-15", rule: "application (claim filing) date" });
  });
});
