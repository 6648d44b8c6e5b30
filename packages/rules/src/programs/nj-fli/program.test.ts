import { describe, expect, it } from "vitest";
import { appealDeadline, calculatePremium, employerResponseDeadline, prorateWeeklyBenefit } from "../..";
import { runCases } from "../../../test/support/cases";

const BASE = {
  id: "nj-fli",
  jurisdiction: "NJ",
  program: "FLI",
  leaveReason: "BONDING",
  applicationDate: "2025-03-01",
  leaveStartDate: "2025-03-05",
  averageWeeklyWage: "1000.00",
};
const ROW = (year: number) => `parameters.md §6 ${year} row`;

describe("NJ FLI: benefit (shared with TDI) and effective dates", () => {
  const at = (d: string, aww = "2000.00") => ({ applicationDate: d, leaveStartDate: d, averageWeeklyWage: aww });
  runCases(BASE, [
    {
      name: "AWW $1,000 → $850, no waiting period, 12 weeks",
      source: "N4 (A); F3:2554, 2592",
      expect: { weeklyBenefitAmount: "850.00", waitingPeriodDays: 0, maxWeeks: 12, remainingWeeks: 12 },
    },
    {
      name: "2025: capped at $1,081",
      source: ROW(2025),
      request: { averageWeeklyWage: "1271.77" },
      expect: { weeklyBenefitAmount: "1081.00" },
    },
    {
      name: "leave before 2009-07-01 → BENEFITS_NOT_YET_PAYABLE",
      source: "P.L.2008 c.17; F3:2484 (effective 2009)",
      request: at("2009-06-30"),
      error: "BENEFITS_NOT_YET_PAYABLE",
    },
    {
      name: "2009-07-01 to 2019: figures not compiled → PARAMETER_NOT_KNOWN",
      source: "parameters.md §6 starts in 2020",
      request: at("2009-07-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
    {
      name: "2020-06-30: two-thirds, $667 maximum, 6 weeks",
      source: `${ROW(2020)}; F1:164-166`,
      request: at("2020-06-30", "900.00"),
      expect: { weeklyBenefitAmount: "600.00", maxWeeks: 6 },
    },
    {
      name: "2020-07-01: 85%, $881 maximum, 12 weeks",
      source: `${ROW(2020)}; N4 (A)`,
      request: at("2020-07-01", "900.00"),
      expect: { weeklyBenefitAmount: "765.00", maxWeeks: 12 },
    },
    {
      name: "2026-12-31: $1,119",
      source: ROW(2026),
      request: at("2026-12-31"),
      expect: { weeklyBenefitAmount: "1119.00" },
    },
    {
      name: "2027-01-01 → PARAMETER_NOT_KNOWN",
      source: "parameters.md §6 (through 2026)",
      request: at("2027-01-01"),
      error: "PARAMETER_NOT_KNOWN",
    },
  ]);
});

describe("NJ FLI: reasons, family members, the 12-month period", () => {
  runCases(BASE, [
    {
      name: "the employee's own illness is NJ TDI",
      source: "F3:2525-2533",
      request: { leaveReason: "OWN_HEALTH" },
      expect: { eligible: false },
      ineligible: ["LEAVE_REASON_NOT_COVERED"],
    },
    {
      name: "domestic- or sexual-violence matters (SAFE_LEAVE) are covered",
      source: "F3:2529-2532",
      request: { leaveReason: "SAFE_LEAVE" },
      expect: { eligible: true },
    },
    {
      name: "a sibling is covered",
      source: "F3:2543",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "SIBLING" },
      expect: { eligible: true },
    },
    {
      name: "any other blood relative is covered",
      source: "F3:2544",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "OTHER_BLOOD_RELATIVE" },
      expect: { eligible: true },
    },
    {
      name: "a close association equivalent to family is covered",
      source: "F3:2545",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "CHOSEN_FAMILY" },
      expect: { eligible: true },
    },
    {
      name: "a parent-in-law is covered (same relationships to a spouse)",
      source: "F3:2547; F1:168",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "PARENT_IN_LAW" },
      expect: { eligible: true },
    },
    {
      name: "a household member is not listed",
      source: "F3:2535-2547",
      request: { leaveReason: "FAMILY_CARE", familyRelationship: "HOUSEHOLD_MEMBER" },
      expect: { eligible: false },
      ineligible: ["RELATIONSHIP_NOT_COVERED"],
    },
    {
      name: "bonding 364 days after the birth is within the year",
      source: "F3:2527",
      request: { birthOrPlacementDate: "2024-03-06" },
      expect: { eligible: true },
    },
    {
      name: "bonding a year after the birth is too late",
      source: "F3:2527",
      request: { birthOrPlacementDate: "2024-03-05" },
      expect: { eligible: false },
      ineligible: ["BONDING_WINDOW_PASSED"],
    },
    {
      name: "10 weeks of FLI in the period that began 2024-06-01 leave 2 (365 days: 2024-06-01 … 2025-05-31)",
      source: "F3:2623 (365 consecutive days from the first day of leave)",
      request: { priorLeave: [{ leaveReason: "FAMILY_CARE", startDate: "2024-06-01", endDate: "2024-08-09" }] },
      expect: { remainingWeeks: 2, leaveWindow: { kind: "benefit-year", start: "2024-06-01", end: "2025-05-31" } },
    },
    {
      name: "leave starting 365 days after the first one opens a new 12-month period",
      source: "F3:2623",
      request: {
        leaveStartDate: "2025-06-01",
        applicationDate: "2025-06-01",
        priorLeave: [{ leaveReason: "FAMILY_CARE", startDate: "2024-06-01", endDate: "2024-08-09" }],
      },
      expect: { remainingWeeks: 12, leaveWindow: { start: "2025-06-01", end: "2026-05-31" } },
    },
    {
      name: "TDI leave does not use FLI weeks",
      source: "F3:2611 (not concurrent; separate programs)",
      request: { priorLeave: [{ leaveReason: "OWN_HEALTH", startDate: "2024-12-01", endDate: "2025-02-01" }] },
      expect: { remainingWeeks: 12 },
    },
  ]);
});

describe("NJ FLI: contributions and deadlines", () => {
  it("2025: 0.33% employee-only on $1,000 = $3.30 [N15, N16 (B)]", () => {
    expect(
      calculatePremium({ jurisdiction: "NJ", program: "FLI", date: "2025-04-04", wages: "1000.00", employerSize: 10 }),
    ).toMatchObject({ employeeShare: "3.30", employerShare: "0.00", total: "3.30" });
  });
  it("2023: 0.06% → $0.60 [F3:2574]", () => {
    expect(
      calculatePremium({ jurisdiction: "NJ", program: "FLI", date: "2023-04-04", wages: "1000.00", employerSize: 10 }),
    ).toMatchObject({ employeeShare: "0.60" });
  });
  it("the employer issues the claim form within 9 days [F3:2631]", () => {
    expect(employerResponseDeadline({ jurisdiction: "NJ", program: "FLI", from: "2025-05-23" })).toMatchObject({
      dueDate: "2025-06-01",
    });
  });
  it("appeal: 10 days after mailing [F3:2665]", () => {
    expect(appealDeadline({ jurisdiction: "NJ", program: "FLI", decisionDate: "2025-05-23" })).toMatchObject({
      dueDate: "2025-06-02",
    });
  });
  it("no proration rule is modelled → RULE_NOT_DOCUMENTED", () => {
    expect(
      prorateWeeklyBenefit({
        jurisdiction: "NJ",
        program: "FLI",
        date: "2025-05-01",
        weeklyBenefitAmount: "850.00",
        daysClaimed: 2,
        typicalWorkDaysPerWeek: 5,
      }),
    ).toMatchObject({ error: { code: "RULE_NOT_DOCUMENTED" } });
  });
});
