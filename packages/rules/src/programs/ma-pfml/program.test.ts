import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

const BASE = {
  id: "ma",
  jurisdiction: "MA",
  program: "PFML",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2024-07-15",
  leaveStartDate: "2024-07-21",
};
const ROW_2024 = "parameters.md §2 MA 2024 row (SAWW $1,796.72, max $1,149.90) + mass.gov formula (M6 A)";

describe("MA PFML: individual AWW (Mass Legal Services worked examples)", () => {
  runCases(BASE, [
    {
      name: "two highest quarters ÷ 26, rounded up: $0, $5,000, $6,000, $8,000 → $538.46 → IAWW $539; benefit 80% = $431.20",
      source: "parameters.md Massachusetts worked examples (M14 B)",
      request: {
        wageQuarters: quarters(["2023-Q3", "0"], ["2023-Q4", "5000"], ["2024-Q1", "6000"], ["2024-Q2", "8000"]),
      },
      expect: {
        averageWeeklyWage: "539.00",
        weeklyBenefitAmount: "431.20",
        eligible: true,
        basePeriod: { kind: "standard", quarters: ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"], wages: "19000.00" },
      },
    },
    {
      name: "wages in only two quarters: highest ÷ 13: $14,200 ÷ 13 = $1,092.31 → IAWW $1,093; the $24,200 earned is below 30 × $816.01, so not eligible",
      source: "parameters.md Massachusetts worked examples (M14 B); 30× rule (M13 B)",
      request: {
        wageQuarters: quarters(["2023-Q3", "0"], ["2023-Q4", "0"], ["2024-Q1", "10000"], ["2024-Q2", "14200"]),
      },
      expect: { averageWeeklyWage: "1093.00", weeklyBenefitAmount: "816.01", eligible: false },
      ineligible: ["WAGES_BELOW_BENEFIT_MULTIPLE"],
    },
    {
      name: "the rule's cliff: one cent in a third quarter switches to the two highest ÷ 26 ($24,200.01 ÷ 26 → $931), lowering the AWW",
      source: "parameters.md §2 IAWW rule (M14 B): highest ÷ 13 only when wages fall in no more than 2 quarters",
      request: {
        wageQuarters: quarters(["2023-Q3", "0"], ["2023-Q4", "0.01"], ["2024-Q1", "10000"], ["2024-Q2", "14200"]),
      },
      expect: { averageWeeklyWage: "931.00" },
    },
  ]);
});

describe("MA PFML: mass.gov estimator examples (2021, maximum $850)", () => {
  runCases({ ...BASE, applicationDate: "2021-03-01", leaveStartDate: "2021-03-01" }, [
    {
      name: "$25,000 a year ($480.77 a week) → 80% = $384.62",
      source: "parameters.md Massachusetts, mass.gov estimator (A)",
      request: { averageWeeklyWage: "480.77" },
      expect: { weeklyBenefitAmount: "384.62", maximumWeeklyBenefit: "850.00" },
    },
    {
      name: "$75,000 a year ($1,442.31 a week) → capped at $850.00",
      source: "parameters.md Massachusetts, mass.gov estimator (A)",
      request: { averageWeeklyWage: "1442.31" },
      expect: { weeklyBenefitAmount: "850.00" },
    },
    {
      name: "$100,000 a year ($1,923.08 a week) → capped at $850.00",
      source: "parameters.md Massachusetts, mass.gov estimator (A)",
      request: { averageWeeklyWage: "1923.08" },
      expect: { weeklyBenefitAmount: "850.00" },
    },
  ]);
});

describe("MA PFML: tier edge and maximum (2024)", () => {
  runCases(BASE, [
    {
      name: "AWW exactly half the SAWW ($898.36): 80% = $718.688 → $718.69",
      source: ROW_2024,
      request: { averageWeeklyWage: "898.36" },
      expect: { weeklyBenefitAmount: "718.69", stateAverageWeeklyWage: "1796.72" },
    },
    {
      name: "one cent above half: + 50% of $0.01 → $718.693 → $718.69",
      source: ROW_2024,
      request: { averageWeeklyWage: "898.37" },
      expect: { weeklyBenefitAmount: "718.69" },
    },
    {
      name: "one cent below half: 80% × $898.35 = $718.68",
      source: ROW_2024,
      request: { averageWeeklyWage: "898.35" },
      expect: { weeklyBenefitAmount: "718.68" },
    },
    {
      name: "one cent under the maximum's edge: AWW $1,760.77 → $1,149.893 → $1,149.89",
      source: ROW_2024,
      request: { averageWeeklyWage: "1760.77" },
      expect: { weeklyBenefitAmount: "1149.89" },
    },
    {
      name: "at the maximum: AWW $1,760.78 → $1,149.898 → $1,149.90",
      source: ROW_2024,
      request: { averageWeeklyWage: "1760.78" },
      expect: { weeklyBenefitAmount: "1149.90", maximumWeeklyBenefit: "1149.90" },
    },
    {
      name: "one cent above: AWW $1,760.79 → $1,149.903 → capped $1,149.90",
      source: ROW_2024,
      request: { averageWeeklyWage: "1760.79" },
      expect: { weeklyBenefitAmount: "1149.90" },
    },
    {
      name: "far above: capped at $1,149.90",
      source: ROW_2024,
      request: { averageWeeklyWage: "5000.00" },
      expect: { weeklyBenefitAmount: "1149.90" },
    },
  ]);
});

describe("MA PFML: financial eligibility", () => {
  runCases(BASE, [
    {
      name: "base-period wages exactly the 2024 minimum $6,300 pass (and 30 × $97.60 = $2,928)",
      source: "parameters.md §2 MA 2024 minimum earnings $6,300 (M13 B)",
      request: {
        wageQuarters: quarters(["2023-Q3", "1575"], ["2023-Q4", "1575"], ["2024-Q1", "1575"], ["2024-Q2", "1575"]),
      },
      expect: { eligible: true, averageWeeklyWage: "122.00", weeklyBenefitAmount: "97.60" },
    },
    {
      name: "one cent below the $6,300 minimum fails",
      source: "parameters.md §2 MA 2024 minimum earnings $6,300 (M13 B)",
      request: {
        wageQuarters: quarters(["2023-Q3", "1574.99"], ["2023-Q4", "1575"], ["2024-Q1", "1575"], ["2024-Q2", "1575"]),
      },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_WAGES"],
    },
    {
      name: "2026: minimum earnings $6,300 (c.151A §24(a): no minimum-wage increase in 2025) → eligible with wage records",
      source: "G.L. c.151A §24(a) (A); mass.gov DUA eligibility page $6,300 (A); 2026 maximum $1,230.39 (M16 B, M18 B)",
      request: {
        applicationDate: "2026-03-02",
        leaveStartDate: "2026-03-08",
        wageQuarters: quarters(["2025-Q1", "9000"], ["2025-Q2", "9000"], ["2025-Q3", "9000"], ["2025-Q4", "9000"]),
      },
      // IAWW $18,000 ÷ 26 = $692.31 → $693; 80% of $693 (below half the $1,922.48 SAWW) = $554.40.
      expect: { eligible: true, averageWeeklyWage: "693.00", weeklyBenefitAmount: "554.40" },
    },
    {
      name: "2026 leave starting 2026-12-02 (benefit year from Sunday 2026-11-29): exactly $6,300 passes",
      source: "G.L. c.151A §24(a) (A); mass.gov DUA $6,300 (A)",
      request: {
        applicationDate: "2026-12-02",
        leaveStartDate: "2026-12-02",
        wageQuarters: quarters(["2025-Q4", "1575"], ["2026-Q1", "1575"], ["2026-Q2", "1575"], ["2026-Q3", "1575"]),
      },
      expect: {
        eligible: true,
        averageWeeklyWage: "122.00",
        weeklyBenefitAmount: "97.60",
        parameterDate: { date: "2026-11-29" },
      },
    },
    {
      name: "2026: one cent below $6,300 fails",
      source: "G.L. c.151A §24(a) (A); mass.gov DUA $6,300 (A)",
      request: {
        applicationDate: "2026-12-02",
        leaveStartDate: "2026-12-02",
        wageQuarters: quarters(["2025-Q4", "1574.99"], ["2026-Q1", "1575"], ["2026-Q2", "1575"], ["2026-Q3", "1575"]),
      },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_WAGES"],
    },
    {
      name: "2027: the minimum earnings is not published yet → PARAMETER_NOT_KNOWN with wage records",
      source: "parameters.md §2 (figures through 2026)",
      request: {
        applicationDate: "2027-01-12",
        leaveStartDate: "2027-01-12",
        wageQuarters: quarters(["2025-Q4", "9000"], ["2026-Q1", "9000"], ["2026-Q2", "9000"], ["2026-Q3", "9000"]),
      },
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2026 with a given AWW skips the wage tests and uses the 2026 maximum $1,230.39",
      source: "parameters.md §2 MA 2026 row (M16 B, M18 B)",
      request: { applicationDate: "2026-03-02", leaveStartDate: "2026-03-08", averageWeeklyWage: "5000.00" },
      expect: { weeklyBenefitAmount: "1230.39", stateAverageWeeklyWage: "1922.48" },
    },
  ]);
});

describe("MA PFML: the benefit-year start selects the parameters", () => {
  runCases({ ...BASE, averageWeeklyWage: "5000.00" }, [
    {
      name: "leave from Monday 2024-01-01: benefit year starts Sunday 2023-12-31 → 2023 maximum $1,129.82",
      source: "parameters.md §2 (SAWW applies by benefit-year start date, M6 A); 2023 row",
      request: { applicationDate: "2023-12-20", leaveStartDate: "2024-01-01" },
      expect: {
        weeklyBenefitAmount: "1129.82",
        stateAverageWeeklyWage: "1765.34",
        parameterDate: { date: "2023-12-31" },
      },
    },
    {
      name: "leave from Sunday 2024-01-07 → 2024 maximum $1,149.90",
      source: "parameters.md §2 2024 row",
      request: { applicationDate: "2023-12-20", leaveStartDate: "2024-01-07" },
      expect: { weeklyBenefitAmount: "1149.90", parameterDate: { date: "2024-01-07" } },
    },
    {
      name: "leave from Saturday 2023-12-30 → 2023",
      source: "parameters.md §2 2023 row",
      request: { applicationDate: "2023-12-20", leaveStartDate: "2023-12-30" },
      expect: { weeklyBenefitAmount: "1129.82" },
    },
    {
      name: "the first benefits (leave from Friday 2021-01-01, benefit year from 2020-12-27) use the Oct-2020 metrics: $850",
      source: "peers/massachusetts-pfml-system.md:129-133 (MA system state metrics)",
      request: { applicationDate: "2020-12-15", leaveStartDate: "2021-01-01" },
      expect: { weeklyBenefitAmount: "850.00", stateAverageWeeklyWage: "1431.66" },
    },
    {
      name: "leave before 2021-01-01 → BENEFITS_NOT_YET_PAYABLE",
      source: "parameters.md §2 (benefits began 1/1/2021)",
      request: { applicationDate: "2020-12-15", leaveStartDate: "2020-12-31" },
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "a later leave in the same benefit year keeps the year's start date (and its parameters)",
      source: "seed 003:4190 (52 weeks from the Sunday before the first day of leave)",
      request: {
        applicationDate: "2024-08-20",
        leaveStartDate: "2024-09-01",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-05", endDate: "2024-04-30" }],
      },
      expect: {
        parameterDate: { date: "2024-03-03" },
        leaveWindow: { start: "2024-03-03", end: "2025-03-01" },
        remainingDays: 83,
        remainingWeeks: 11.85,
      },
    },
  ]);
});

describe("MA PFML: weeks, waiting period, reasons", () => {
  runCases({ ...BASE, averageWeeklyWage: "1000.00" }, [
    {
      name: "medical leave: 20 weeks, 26 combined",
      source: "parameters.md §2 maximum weeks (M5 B); seed 003:4124",
      expect: { maxWeeks: 20, maxCombinedWeeks: 26, remainingWeeks: 20 },
    },
    {
      name: "bonding: 12 weeks",
      source: "seed 003:4125",
      request: { leaveReason: "BONDING" },
      expect: { maxWeeks: 12 },
    },
    {
      name: "caring for a covered servicemember: 26 weeks",
      source: "seed 003:4126",
      request: { leaveReason: "MILITARY_CAREGIVER", familyRelationship: "CHILD" },
      expect: { maxWeeks: 26, eligible: true },
    },
    {
      name: "20 weeks of medical leave earlier in the benefit year leave 6 weeks of family leave under the 26-week cap",
      source: "seed 003:4127 (26 combined)",
      request: {
        leaveReason: "BONDING",
        applicationDate: "2024-08-20",
        leaveStartDate: "2024-09-01",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-03", endDate: "2024-07-20" }],
      },
      expect: { remainingWeeks: 6 },
    },
    {
      name: "a 7-day waiting period that counts toward the leave",
      source: "seed 003:4044-4048",
      expect: { waitingPeriodDays: 7 },
    },
    {
      name: "no waiting period for bonding that immediately follows the birthing parent's pregnancy leave",
      source: "seed 003:4050",
      request: {
        leaveReason: "BONDING",
        applicationDate: "2024-06-01",
        leaveStartDate: "2024-08-12",
        priorLeave: [{ leaveReason: "PREGNANCY", startDate: "2024-06-16", endDate: "2024-08-11" }],
      },
      expect: { waitingPeriodDays: 0 },
    },
    {
      name: "bonding that does not immediately follow pregnancy leave waits 7 days",
      source: "seed 003:4047",
      request: {
        leaveReason: "BONDING",
        applicationDate: "2024-06-01",
        leaveStartDate: "2024-08-19",
        priorLeave: [{ leaveReason: "PREGNANCY", startDate: "2024-06-16", endDate: "2024-08-11" }],
      },
      expect: { waitingPeriodDays: 7 },
    },
    {
      name: "a second leave for the same reason in the benefit year does not wait again",
      source: "seed 003:4047 (each leave for a different reason)",
      request: {
        applicationDate: "2024-08-20",
        leaveStartDate: "2024-09-01",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-03-05", endDate: "2024-03-30" }],
      },
      expect: { waitingPeriodDays: 0 },
    },
    {
      name: "a person who stood in loco parentis is a covered family member",
      source: "seed 003:4016",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "IN_LOCO_PARENTIS" },
      expect: { eligible: true },
    },
    {
      name: "a household member is not a covered family member",
      source: "seed 003:4010-4019",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "HOUSEHOLD_MEMBER" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "safe leave is not an MA PFML reason",
      source: "seed 003:3999-4008",
      request: { leaveReason: "SAFE_LEAVE" },
      expect: { eligible: false, maxWeeks: 0 },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
  ]);
});

describe("MA PFML: contributions, deadlines and proration", () => {
  it("2024, 25+ covered individuals: employee 0.46% ($46.00), employer 0.42% ($42.00) of $10,000 [parameters.md §2 2024 row]", () => {
    expect(
      calculatePremium({
        jurisdiction: "MA",
        program: "PFML",
        date: "2024-06-30",
        wages: "10000.00",
        employerSize: 30,
      }),
    ).toMatchObject({ employeeShare: "46.00", employerShare: "42.00", total: "88.00", employerShareRequired: true });
  });
  it("2024, fewer than 25 covered individuals: employee share only [M10 B]", () => {
    expect(
      calculatePremium({
        jurisdiction: "MA",
        program: "PFML",
        date: "2024-06-30",
        wages: "10000.00",
        employerSize: 24,
      }),
    ).toMatchObject({ employeeShare: "46.00", employerShare: "0.00" });
  });
  it("2022: employee 0.344%, employer 0.336% [parameters.md §2 2022 row]", () => {
    expect(
      calculatePremium({
        jurisdiction: "MA",
        program: "PFML",
        date: "2022-06-30",
        wages: "10000.00",
        employerSize: 30,
      }),
    ).toMatchObject({ employeeShare: "34.40", employerShare: "33.60" });
  });
  it("2023: employee 0.318%, employer 0.312% [parameters.md §2 2023 row]", () => {
    expect(
      calculatePremium({
        jurisdiction: "MA",
        program: "PFML",
        date: "2023-06-30",
        wages: "10000.00",
        employerSize: 30,
      }),
    ).toMatchObject({ employeeShare: "31.80", employerShare: "31.20" });
  });
  it("before the first published rate (2019) → PARAMETER_NOT_KNOWN [parameters.md §2 starts 2020]", () => {
    expect(
      calculatePremium({ jurisdiction: "MA", program: "PFML", date: "2019-12-31", wages: "1000.00", employerSize: 30 }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("employer response: 10 business days, skipping Patriots' Day 2024-04-15 → 2024-04-29 [mass.gov employer role (A); M.G.L. c.4 §7]", () => {
    expect(employerResponseDeadline({ jurisdiction: "MA", program: "PFML", from: "2024-04-12" })).toMatchObject({
      dueDate: "2024-04-29",
    });
  });
  it("appeal: 10 calendar days after notice [458 CMR 2.14(3)]", () => {
    expect(appealDeadline({ jurisdiction: "MA", program: "PFML", decisionDate: "2024-03-01" })).toMatchObject({
      dueDate: "2024-03-11",
    });
  });
  it("reduced schedule: 7.5 of 40 hours of $1,000 → $187.50 [seed 003:4108]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "MA",
        program: "PFML",
        date: "2024-05-01",
        weeklyBenefitAmount: "1000.00",
        hoursClaimed: 7.5,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ amount: "187.50" });
  });
  it("proration rounds to the cent half up: $999.99 × 1/3 = $333.33 [seed 003:4108]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "MA",
        program: "PFML",
        date: "2024-05-01",
        weeklyBenefitAmount: "999.99",
        hoursClaimed: 10,
        typicalWeeklyHours: 30,
      }),
    ).toMatchObject({ amount: "333.33" });
  });
});
