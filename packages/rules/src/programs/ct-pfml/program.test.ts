import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { quarters, runCases } from "../../../test/support/cases";

const BASE = {
  id: "ct",
  jurisdiction: "CT",
  program: "PFML",
  leaveReason: "OWN_HEALTH",
  applicationDate: "2022-02-20",
  leaveStartDate: "2022-03-01",
  averageWeeklyWage: "520.00",
};
const SHELTERPOINT = "parameters.md Connecticut worked examples, ShelterPoint (B)";

describe("CT PFML: the ShelterPoint worked examples", () => {
  runCases(BASE, [
    {
      name: "minimum wage $13, BWE $520 → 95% = $494.00",
      source: SHELTERPOINT,
      request: { averageWeeklyWage: "520.00" },
      expect: {
        weeklyBenefitAmount: "494.00",
        maximumWeeklyBenefit: "780.00",
        stateAverageWeeklyWage: null,
        minimumWeeklyBenefit: null,
      },
    },
    {
      name: "minimum wage $14, BWE $560 → 95% = $532.00",
      source: SHELTERPOINT,
      request: { applicationDate: "2022-07-20", leaveStartDate: "2022-08-01", averageWeeklyWage: "560.00" },
      expect: { weeklyBenefitAmount: "532.00", maximumWeeklyBenefit: "840.00" },
    },
    {
      name: "2026: BWE at the $677.60 threshold (40 × $16.94) → $643.72",
      source: "parameters.md §5 2026 row (T9 B)",
      request: { applicationDate: "2026-03-01", leaveStartDate: "2026-03-02", averageWeeklyWage: "677.60" },
      expect: { weeklyBenefitAmount: "643.72", maximumWeeklyBenefit: "1016.40" },
    },
  ]);
});

describe("CT PFML: threshold (40 × minimum wage) and maximum (60 × minimum wage) edges, 2022 ($13)", () => {
  runCases(BASE, [
    {
      name: "one cent under the $520 threshold: $519.99 → $493.9905 → $493.99",
      source: "C.G.S. §31-49g; seed 003:4392",
      request: { averageWeeklyWage: "519.99" },
      expect: { weeklyBenefitAmount: "493.99" },
    },
    {
      name: "one cent over: $520.01 → $494 + 60% × $0.01 = $494.006 → $494.01",
      source: "C.G.S. §31-49g; seed 003:4398",
      request: { averageWeeklyWage: "520.01" },
      expect: { weeklyBenefitAmount: "494.01" },
    },
    {
      name: "BWE $600 → $494 + 60% × $80 = $542.00",
      source: "parameters.md §5 formula (T1, T7 B)",
      request: { averageWeeklyWage: "600.00" },
      expect: { weeklyBenefitAmount: "542.00" },
    },
    {
      name: "BWE $996.65 → $779.99, a cent under the maximum",
      source: "seed 003:4399-4401 ($780 maximum)",
      request: { averageWeeklyWage: "996.65" },
      expect: { weeklyBenefitAmount: "779.99" },
    },
    {
      name: "BWE $996.67 → $780.002 → $780.00 = the maximum",
      source: "seed 003:4399-4401",
      request: { averageWeeklyWage: "996.67" },
      expect: { weeklyBenefitAmount: "780.00" },
    },
    {
      name: "BWE $996.68 → $780.01 → capped at $780.00",
      source: "seed 003:4399-4401",
      request: { averageWeeklyWage: "996.68" },
      expect: { weeklyBenefitAmount: "780.00" },
    },
  ]);
});

describe("CT PFML: the minimum wage in effect at the claim start", () => {
  const at = (leaveStartDate: string) => ({
    applicationDate: leaveStartDate,
    leaveStartDate,
    averageWeeklyWage: "5000.00",
  });
  runCases(BASE, [
    {
      name: "leave 2021-12-31 is before benefits began → BENEFITS_NOT_YET_PAYABLE",
      source: "seed 003:4390 (benefits start 1/1/2022)",
      request: at("2021-12-31"),
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "2022-01-01: $13 → maximum $780",
      source: "parameters.md §5 (T1, T4 B)",
      request: at("2022-01-01"),
      expect: { weeklyBenefitAmount: "780.00" },
    },
    {
      name: "2022-06-30: still $780",
      source: "parameters.md §5 (1/1/2022–6/30/2022)",
      request: at("2022-06-30"),
      expect: { weeklyBenefitAmount: "780.00" },
    },
    {
      name: "2022-07-01: $14 → $840",
      source: "parameters.md §5 (T1, T6 B); seed 003:4402",
      request: at("2022-07-01"),
      expect: { weeklyBenefitAmount: "840.00" },
    },
    {
      name: "2023-05-31: still $840",
      source: "parameters.md §5 (7/1/2022–5/31/2023)",
      request: at("2023-05-31"),
      expect: { weeklyBenefitAmount: "840.00" },
    },
    {
      name: "2023-06-01: $15 → $900",
      source: "parameters.md §5 (T2, T6 B); seed 003:4403",
      request: at("2023-06-01"),
      expect: { weeklyBenefitAmount: "900.00" },
    },
    {
      name: "2023-12-31: still $900",
      source: "parameters.md §5 (6/1/2023–12/31/2023)",
      request: at("2023-12-31"),
      expect: { weeklyBenefitAmount: "900.00" },
    },
    {
      name: "2024-01-01: $15.69 → $941.40 (from January, not June: contradictions note 9)",
      source: "parameters.md §5 2024 row (T7 B); note 9",
      request: at("2024-01-01"),
      expect: { weeklyBenefitAmount: "941.40" },
    },
    {
      name: "2025-01-01: $16.35 → $981.00",
      source: "parameters.md §5 2025 row (T8 B)",
      request: at("2025-01-01"),
      expect: { weeklyBenefitAmount: "981.00" },
    },
    {
      name: "2026-01-01: $16.94 → $1,016.40",
      source: "parameters.md §5 2026 row (T9, T10 B)",
      request: at("2026-01-01"),
      expect: { weeklyBenefitAmount: "1016.40" },
    },
    {
      name: "2026-12-31: still $1,016.40",
      source: "parameters.md §5 2026 row",
      request: at("2026-12-31"),
      expect: { weeklyBenefitAmount: "1016.40" },
    },
    {
      name: "2027 minimum wage not in the data → PARAMETER_NOT_KNOWN",
      source: "parameters.md §5 (values through 2026)",
      request: at("2027-01-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("CT PFML: base period, base weekly earnings and eligibility from wage records", () => {
  const wages = quarters(
    ["2023-Q2", "3000"],
    ["2023-Q3", "9000"],
    ["2023-Q4", "8000"],
    ["2024-Q1", "2000"],
    ["2024-Q2", "50000"],
  );
  const base = { ...BASE, applicationDate: "2024-07-15", leaveStartDate: "2024-07-22", averageWeeklyWage: null };
  runCases(base, [
    {
      name: "first 4 of the last 5 quarters; BWE ($9,000 + $8,000) ÷ 26 = $653.846 → $653.85; $596.22 + 60% × $26.25 = $611.97",
      source: "seed 003:4405 (1/26 of the 2 highest quarters); parameters.md §5 2024 row ($15.69)",
      request: { wageQuarters: wages },
      expect: {
        basePeriod: { kind: "standard", quarters: ["2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"], wages: "22000.00" },
        averageWeeklyWage: "653.85",
        averageWeeklyWageSource: "wage-records",
        weeklyBenefitAmount: "611.97",
        eligible: true,
      },
    },
    {
      name: "exactly $2,325 in the highest quarter qualifies: BWE $2,325 ÷ 26 = $89.42 → $84.95",
      source: "seed 003:4322; parameters.md §5 (T5 A)",
      request: { wageQuarters: quarters(["2023-Q3", "2325.00"]) },
      expect: { eligible: true, averageWeeklyWage: "89.42", weeklyBenefitAmount: "84.95" },
    },
    {
      name: "$2,324.99 in the highest quarter does not (even with more in other quarters)",
      source: "seed 003:4322",
      request: { wageQuarters: quarters(["2023-Q2", "2324.99"], ["2023-Q3", "2324.99"], ["2023-Q4", "2324.99"]) },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_WAGES"],
    },
    {
      name: "weekly pay instead of quarters → WAGE_MEASURE_UNAVAILABLE",
      source: "seed 003:4405 (quarters)",
      request: { weeklyWages: [{ weekEnding: "2024-07-13", wages: "1000.00" }] },
      error: "WAGE_MEASURE_UNAVAILABLE",
    },
    {
      name: "still employed (no end date) passes the recent-employment test",
      source: "seed 003:4324",
      request: { wageQuarters: wages, employment: { startDate: "2020-01-01" } },
      expect: { eligible: true },
    },
    {
      name: "employment ended exactly 12 weeks before the application qualifies",
      source: "seed 003:4325; parameters.md §5 (T5 A)",
      request: { wageQuarters: wages, employment: { endDate: "2024-04-22" } },
      expect: { eligible: true },
    },
    {
      name: "employment ended 12 weeks and a day before the application does not",
      source: "seed 003:4325",
      request: { wageQuarters: wages, employment: { endDate: "2024-04-21" } },
      expect: { eligible: false },
      ineligible: ["INSUFFICIENT_EMPLOYMENT"],
    },
  ]);
});

describe("CT PFML: weeks in the rolling 12 months, pregnancy, family violence, reasons and family members", () => {
  const base = { ...BASE, applicationDate: "2024-07-15", leaveStartDate: "2024-07-22", averageWeeklyWage: "1000.00" };
  runCases(base, [
    {
      name: "12 weeks; the window is the 12 months before the first day of leave; no waiting period",
      source: "seed 003:4412, 4449, 4367",
      expect: {
        maxWeeks: 12,
        maxCombinedWeeks: 12,
        remainingWeeks: 12,
        waitingPeriodDays: 0,
        leaveWindow: { kind: "rolling-back", start: "2023-07-22", end: "2024-07-21" },
      },
    },
    {
      name: "incapacity during pregnancy: 14 weeks",
      source: "seed 003:4413",
      request: { leaveReason: "PREGNANCY" },
      expect: { maxWeeks: 14, maxCombinedWeeks: 14 },
    },
    {
      name: "12 weeks taken inside the 12 months leave none",
      source: "seed 003:4412, 4449",
      request: { priorLeave: [{ leaveReason: "FAMILY_CARE", startDate: "2023-07-22", endDate: "2023-10-13" }] },
      expect: { eligible: false, remainingDays: 0 },
      ineligible: ["NO_WEEKS_REMAINING"],
    },
    {
      name: "the same 12 weeks starting a day earlier leave one day (the first day falls outside the 12 months)",
      source: "seed 003:4449 (rolling back)",
      request: { priorLeave: [{ leaveReason: "FAMILY_CARE", startDate: "2023-07-21", endDate: "2023-10-12" }] },
      expect: { eligible: true, remainingDays: 1, remainingWeeks: 0.14 },
    },
    {
      name: "family-violence leave: 12 days",
      source: "seed 003:4415",
      request: { leaveReason: "SAFE_LEAVE" },
      expect: { maxWeeks: 1.71, remainingDays: 12, remainingWeeks: 1.71, maxCombinedWeeks: 12 },
    },
    {
      name: "family-violence leave after 11 weeks of other leave: 7 days remain (the 12 weeks bind)",
      source: "seed 003:4412, 4415",
      request: {
        leaveReason: "SAFE_LEAVE",
        priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-01-01", endDate: "2024-03-17" }],
      },
      expect: { remainingDays: 7 },
    },
    {
      name: "12 days of family-violence leave already taken: none remain for it",
      source: "seed 003:4415",
      request: {
        leaveReason: "SAFE_LEAVE",
        priorLeave: [{ leaveReason: "SAFE_LEAVE", startDate: "2024-03-01", endDate: "2024-03-12" }],
      },
      expect: { eligible: false, remainingDays: 0 },
      ineligible: ["NO_WEEKS_REMAINING"],
    },
    {
      name: "…but they count toward the 12 weeks for other reasons: 72 days remain",
      source: "seed 003:4412, 4415",
      request: { priorLeave: [{ leaveReason: "SAFE_LEAVE", startDate: "2024-03-01", endDate: "2024-03-12" }] },
      expect: { remainingDays: 72 },
    },
    {
      name: "organ donation is covered",
      source: "seed 003:4337",
      request: { leaveReason: "ORGAN_DONATION" },
      expect: { eligible: true, maxWeeks: 12 },
    },
    {
      name: "care of a sibling is covered",
      source: "seed 003:4347",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "SIBLING" },
      expect: { eligible: true },
    },
    {
      name: "care of someone whose close association is the equivalent of family is covered",
      source: "seed 003:4352",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "CHOSEN_FAMILY" },
      expect: { eligible: true },
    },
    {
      name: "a domestic partner is not in the list (only through the close-association clause)",
      source: "seed 003:4344-4352",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "DOMESTIC_PARTNER" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "military exigency for a parent's active duty is covered",
      source: "seed 003:4342",
      request: { leaveReason: "MILITARY_EXIGENCY", familyRelationship: "PARENT" },
      expect: { eligible: true },
    },
    {
      name: "military exigency for a sibling's active duty is not (spouse, child or parent only)",
      source: "seed 003:4342",
      request: { leaveReason: "MILITARY_EXIGENCY", familyRelationship: "SIBLING" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
  ]);
});

describe("CT PFML: contributions, deadlines and proration", () => {
  it("0.5% of $1,000 = $5.00, all from the employee, whatever the employer's size [T3 B; seed 003:4375-4378]", () => {
    expect(
      calculatePremium({ jurisdiction: "CT", program: "PFML", date: "2024-05-03", wages: "1000.00", employerSize: 1 }),
    ).toMatchObject({ employeeShare: "5.00", employerShare: "0.00", total: "5.00" });
  });
  it("wages above the 2024 Social Security base ($168,600) are not charged [seed 003:4379]", () => {
    expect(
      calculatePremium({
        jurisdiction: "CT",
        program: "PFML",
        date: "2024-12-27",
        wages: "1000.00",
        wagesYearToDate: "168000.00",
        employerSize: 40,
      }),
    ).toMatchObject({ taxableWages: "600.00", employeeShare: "3.00" });
  });
  it('2026: 0.5% ("steady") [T10 B]', () => {
    expect(
      calculatePremium({ jurisdiction: "CT", program: "PFML", date: "2026-06-05", wages: "2000.00", employerSize: 40 }),
    ).toMatchObject({ employeeShare: "10.00" });
  });
  it("2027 rate and wage base not in the data → PARAMETER_NOT_KNOWN", () => {
    expect(
      calculatePremium({ jurisdiction: "CT", program: "PFML", date: "2027-01-08", wages: "2000.00", employerSize: 40 }),
    ).toMatchObject({ error: { code: "PARAMETER_NOT_KNOWN" } });
  });
  it("no appeal period (complaint to the Labor Commissioner) and no employer-response period → DEADLINE_NOT_DOCUMENTED [seed 003:4514-4524]", () => {
    expect(appealDeadline({ jurisdiction: "CT", program: "PFML", decisionDate: "2024-01-02" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
    expect(employerResponseDeadline({ jurisdiction: "CT", program: "PFML", from: "2024-01-02" })).toMatchObject({
      error: { code: "DEADLINE_NOT_DOCUMENTED" },
    });
  });
  it("how a partial week is paid is not documented → RULE_NOT_DOCUMENTED [seed 003:4421-4431]", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "CT",
        program: "PFML",
        date: "2024-01-02",
        weeklyBenefitAmount: "500.00",
        hoursClaimed: 8,
        typicalWeeklyHours: 40,
      }),
    ).toMatchObject({ error: { code: "RULE_NOT_DOCUMENTED" } });
  });
});
